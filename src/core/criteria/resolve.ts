import { PRESETS } from "./presets/list";
import { hd21Preset } from "./presets/hd21-2019";
import { qd124Preset } from "./presets/qd124-2023";
import { qd366Preset } from "./presets/qd366-2025";
import type { z } from "zod";
import { type Criteria, criteriaSchema } from "./schema";

export function listPresets(): Criteria[] {
  return [...PRESETS];
}

export function getPreset(id: string): Criteria | undefined {
  return PRESETS.find((preset) => preset.id === id);
}

/** The national rules in force for a rating year; the current ones when the year is unknown. */
export function presetForYear(year: number | null): Criteria {
  if (year !== null && year <= 2022) return hd21Preset;
  if (year !== null && year <= 2024) return qd124Preset;
  return qd366Preset;
}

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
