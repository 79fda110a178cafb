/**
 * The analysis of a workbook: the part of the core's public index that checking needs
 * (analyzeWorkbook, the criteria, grids, issues, the figures' types). The public index (./index.ts)
 * re-exports all of it beside the summary builder and the roll-up; `chibo check` imports this part
 * alone, so that it does not load those twenty modules it never runs.
 */
export { analyzeWorkbook, type AnalyzeOptions } from "./analyze";
export type * from "./types";
export type { Lang } from "./lang";
export type { LiteralTextKey, TextKey as CoreTextKey } from "./text-key";
export type { TextParams, Words } from "./words";

export * from "./grid";
export * from "./issues";
export * from "./criteria";
export { capParams } from "./compute/levels";
export { FIELD_SYNONYMS } from "./recognize/synonyms";
