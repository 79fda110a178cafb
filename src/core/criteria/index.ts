/**
 * Criteria sets: their types, the presets, and the readable "Tiêu chí" sheet. The schema itself
 * (zod) is not here: validating a criteria file or sheet goes through src/core/criteria-schema.ts,
 * so that what needs no validation never loads it.
 */
export type { AttendanceRule, CapRule, Criteria, MeetingRubric, MeetingRules, RuleSource } from "./schema";
export type { CriteriaValidator } from "./validator";
export * from "./levels";
export { listPresets, getPreset, presetForYear } from "./resolve";
export { criteriaToSheetSpec } from "./sheet-write";
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
