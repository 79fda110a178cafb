/**
 * chibo's core, as the ports and front ends see it: grids in, an Analysis and sheet specs out.
 * Pure TypeScript (no Office, DOM, Node or language); words are added at the edge.
 * Front ends import from here only; the folders behind it follow the pipeline
 * (grid → recognize → extract → checks and compute → summary, rollup).
 */
import { analyzeWorkbook } from "./analyze";
import type { Grid } from "./grid";
import {
  createRollup as createRollupWith,
  readSubmission as readSubmissionWith,
  type RollupSession,
  type RollupSessionOptions as RollupSessionOptionsWith,
  type Submission,
  type SubmissionOptions as SubmissionOptionsWith,
} from "./rollup";

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

export {
  buildSummarySheets,
  LEVEL_TABLE_COLUMNS,
  MEETING_TABLE_COLUMNS,
  SUMMARY_SHEET_NAMES,
  type SummaryOptions,
} from "./summary/build";
export { findMarker, isChiboSheet, withAppVersion, type SummaryMarker } from "./summary/marker";
export { specValues, type PageSetup, type SheetSpec, type SpecCell, type SpecMerge } from "./summary/spec";

export * from "./rollup";

/** The roll-up's options as front ends give them: raw workbooks are analysed by analyzeWorkbook. */
export type RollupSessionOptions = Omit<RollupSessionOptionsWith, "analyze">;
export type SubmissionOptions = Omit<SubmissionOptionsWith, "analyze">;

/** A roll-up whose raw workbooks are analysed by analyzeWorkbook (see createRollup in ./rollup). */
export function createRollup(options: RollupSessionOptions): RollupSession {
  return createRollupWith({ ...options, analyze: analyzeWorkbook });
}

/** One submitted workbook read for a roll-up, raw sheets analysed by analyzeWorkbook. */
export function readSubmission(file: string, grids: readonly Grid[], options: SubmissionOptions): Submission {
  return readSubmissionWith(file, grids, { ...options, analyze: analyzeWorkbook });
}
