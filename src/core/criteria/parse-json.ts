import type { z } from "zod";
import { type Criteria, criteriaSchema } from "./schema";

/* A criteria file (JSON) checked by the schema. It loads zod: front ends reach it through
   src/core/criteria-schema.ts, and only when a file is given. */

export interface CriteriaJsonError {
  /** Dotted path into the JSON document, e.g. "meeting.grades.0.min"; "" for the document itself. */
  path: string;
  /**
   * The schema's message, in the language of the error map given; or a code the front end words:
   * NOT_JSON, "unsafe-pattern:<problem>".
   */
  message: string;
}

/** The message of a text that is not JSON at all; the parser's own words are English, so none are kept. */
export const NOT_JSON = "not-json";

export interface CriteriaJsonOptions {
  /**
   * How schema failures are worded: zod's locale for the user's language (z.locales.vi() or
   * .en(), chosen at the edge); zod's default English when omitted.
   */
  schemaErrors?: z.core.$ZodErrorMap;
}

/** Reads a criteria set from JSON text; problems come back as data, never thrown. */
export function parseCriteriaJson(
  text: string,
  options: CriteriaJsonOptions = {},
): { criteria: Criteria } | { errors: CriteriaJsonError[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // The parser says why in English only: the front end words "not JSON" itself.
    return { errors: [{ path: "", message: NOT_JSON }] };
  }
  const result = criteriaSchema.safeParse(
    data,
    options.schemaErrors ? { error: options.schemaErrors } : undefined,
  );
  if (result.success) return { criteria: result.data };
  return {
    errors: result.error.issues.map((issue) => ({
      path: issue.path.map((part) => String(part)).join("."),
      message: issue.message,
    })),
  };
}
