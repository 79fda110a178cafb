/** Criteria sets: the schema, the presets, and the readable "Tiêu chí" sheet. */
export * from "./schema";
export * from "./levels";
export { listPresets, getPreset, presetForYear, parseCriteriaJson, type CriteriaJsonError } from "./resolve";
