import type { z } from "zod";
import type { Criteria } from "./schema";

/**
 * Validates a criteria document read from a workbook's "Tiêu chí" sheet against the schema, as
 * zod's safeParse does. Handed in from the edge (`validateCriteria` of src/core/criteria-schema.ts)
 * rather than imported here: loading zod and the schema costs about 0.1 s, and most workbooks have
 * no such sheet, so a front end loads it only for one that has (see findCriteriaGrid).
 */
export type CriteriaValidator = (data: unknown) => z.ZodSafeParseResult<Criteria>;
