/**
 * The criteria schema, the core's second entry: what validates a criteria file or a workbook's
 * "Tiêu chí" sheet, and so loads zod (about 0.1 s). The public index (./index.ts) stays free of it;
 * front ends load this entry when a criteria file is given or a workbook has a criteria sheet
 * (findCriteriaGrid tells before the analysis), and hand `validateCriteria` to analyzeWorkbook.
 */
import type { Words } from "./words";
import type { Grid } from "./grid/types";
import type { Issue } from "./issues/issue";
import { type Criteria, criteriaSchema } from "./criteria/schema";
import { readCriteriaGrid } from "./criteria/sheet-read";
import type { CriteriaValidator } from "./criteria/validator";

export { criteriaSchema } from "./criteria/schema";
export {
  parseCriteriaJson,
  NOT_JSON,
  type CriteriaJsonError,
  type CriteriaJsonOptions,
} from "./criteria/parse-json";

/** The schema as the analysis takes it (AnalyzeOptions.validateCriteria). */
export const validateCriteria: CriteriaValidator = (data) => criteriaSchema.safeParse(data);

/**
 * Reads an edited "Tiêu chí" sheet back: every value that cannot be read, and every schema failure,
 * becomes an issue at its cell; criteria is null when any is an error. Never throws.
 */
export function criteriaFromGrid(grid: Grid, words: Words): { criteria: Criteria | null; issues: Issue[] } {
  return readCriteriaGrid(grid, words, validateCriteria);
}
