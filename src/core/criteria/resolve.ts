import { PRESETS } from "./presets/list";
import { hd21Preset } from "./presets/hd21-2019";
import { qd124Preset } from "./presets/qd124-2023";
import { qd366Preset } from "./presets/qd366-2025";
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
  message: string;
}

/** Reads a criteria set from JSON text; problems come back as data, never thrown. */
export function parseCriteriaJson(text: string): { criteria: Criteria } | { errors: CriteriaJsonError[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { errors: [{ path: "", message: error instanceof Error ? error.message : String(error) }] };
  }
  const result = criteriaSchema.safeParse(data);
  if (result.success) return { criteria: result.data };
  return {
    errors: result.error.issues.map((issue) => ({
      path: issue.path.map((part) => String(part)).join("."),
      message: issue.message,
    })),
  };
}
