/**
 * chibo's core, as the ports and front ends see it: grids in, an Analysis and sheet specs out.
 * Pure TypeScript (no Office, DOM, Node or language); words are added at the edge.
 * Front ends import from here (or from its analysis part alone, ./analysis-index.ts, and the
 * criteria schema, ./criteria-schema.ts); the folders behind it follow the pipeline
 * (grid → recognize → extract → checks and compute → summary, rollup).
 */
import { analyzeWorkbook, type AnalyzeOptions } from "./analysis-index";
import type { CriteriaValidator } from "./criteria/validator";
import type { Grid } from "./grid";
import {
  createRollup as createRollupWith,
  readSubmission as readSubmissionWith,
  type RollupSession,
  type RollupSessionOptions as RollupSessionOptionsWith,
  type Submission,
  type SubmissionOptions as SubmissionOptionsWith,
  type WorkbookAnalyzer,
} from "./rollup";

export * from "./analysis-index";

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

/**
 * The roll-up's options as front ends give them: raw workbooks are analysed by analyzeWorkbook,
 * with the criteria schema where a unit's workbook may hold a "Tiêu chí" sheet (see AnalyzeOptions).
 */
export type RollupSessionOptions = Omit<RollupSessionOptionsWith, "analyze"> &
  Pick<AnalyzeOptions, "validateCriteria">;
export type SubmissionOptions = Omit<SubmissionOptionsWith, "analyze"> &
  Pick<AnalyzeOptions, "validateCriteria">;

/** A roll-up whose raw workbooks are analysed by analyzeWorkbook (see createRollup in ./rollup). */
export function createRollup({ validateCriteria, ...options }: RollupSessionOptions): RollupSession {
  return createRollupWith({ ...options, analyze: analyzerWith(validateCriteria) });
}

/** One submitted workbook read for a roll-up, raw sheets analysed by analyzeWorkbook. */
export function readSubmission(
  file: string,
  grids: readonly Grid[],
  { validateCriteria, ...options }: SubmissionOptions,
): Submission {
  return readSubmissionWith(file, grids, { ...options, analyze: analyzerWith(validateCriteria) });
}

function analyzerWith(validateCriteria: CriteriaValidator | undefined): WorkbookAnalyzer {
  if (!validateCriteria) return analyzeWorkbook;
  return (grids, options) => analyzeWorkbook(grids, { ...options, validateCriteria });
}
