/** Criteria sets: the schema, the presets, and the readable "Tiêu chí" sheet. */
export * from "./schema";
export * from "./levels";
export {
  listPresets,
  getPreset,
  presetForYear,
  parseCriteriaJson,
  NOT_JSON,
  type CriteriaJsonError,
  type CriteriaJsonOptions,
} from "./resolve";
export { criteriaToSheetSpec } from "./sheet-write";
export { criteriaFromGrid } from "./sheet-read";
export { CRITERIA_MARKER_PREFIX, CRITERIA_FORMAT_VERSION } from "./sheet-layout";
export {
  chooseCriteria,
  criteriaOfOption,
  findCriteriaGrid,
  readWorkbookCriteria,
  type ChosenCriteria,
  type CriteriaOption,
  type CriteriaOrigin,
} from "./choose";
export { isCriteriaSheet } from "./sheet-layout";
