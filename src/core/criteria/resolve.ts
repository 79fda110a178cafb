import { PRESETS } from "./presets/list";
import { hd21Preset } from "./presets/hd21-2019";
import { qd124Preset } from "./presets/qd124-2023";
import { qd366Preset } from "./presets/qd366-2025";
import type { Criteria } from "./schema";

/* The built-in presets, plain data: listing or choosing one needs no schema library. */

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
