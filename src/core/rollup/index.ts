/** Roll-up: reading what units send, the consolidation rules, and the sheets for the level above. */
export {
  createRollup,
  failureOf,
  type FileProgress,
  type GridReader,
  type RollupSession,
  type RollupSessionOptions,
} from "./session";
export { consolidate } from "./consolidate";
export {
  readSubmission,
  failedSubmission,
  type SubmissionOptions,
  type WorkbookAnalyzer,
} from "./submission";
export { readSummaryWorkbook, type SummaryRead } from "./read-summary";
export { expectedFromGrids, expectedFromJson, expectedFromText, type ExpectedParse } from "./expected-units";
export { buildUnitsSheet, UNITS_SHEET_NAME } from "./units-sheet";
export { unitType } from "./unit-type";
export * from "./types";
