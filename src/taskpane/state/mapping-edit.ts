import type { SheetMapping } from "../../core";
import { LEVEL_KEYS } from "../../core";
import { FIELD_SYNONYMS } from "../../core";
import type { FieldName, SheetInfo, SheetKind } from "../../core";
import type { TaskpaneSettings } from "../io";

/** The kinds a user can pick for a sheet (our own summary sheets are recognized, never chosen). */
export const EDITABLE_KINDS: readonly SheetKind[] = [
  "members",
  "collectives",
  "meetings",
  "meeting-score",
  "reported-summary",
  "criteria",
  "unknown",
];

const LEVEL_MARK_FIELDS: FieldName[] = [
  ...LEVEL_KEYS.map((k) => `levelMark:${k}` as const),
  "levelMark:none",
];
const LEVEL_COUNT_FIELDS: FieldName[] = LEVEL_KEYS.flatMap((k) => [
  `levelCount:${k}` as const,
  `levelPercent:${k}` as const,
]);

/** The fields a column of a sheet of this kind can be mapped to, in the order they are shown. */
export function fieldsForKind(kind: SheetKind): FieldName[] {
  const fields = FIELD_SYNONYMS.filter((s) => s.kinds.includes(kind)).map((s) => s.field);
  if (kind === "members" || kind === "collectives") fields.push(...LEVEL_MARK_FIELDS);
  if (kind === "reported-summary") fields.push(...LEVEL_COUNT_FIELDS);
  return [...new Set(fields)];
}

/** The largest column Excel has: XFD. */
const MAX_COLUMN = 16384;

/** Normalizes what the user typed as a column: "h " → "H"; "" → null (no column); invalid → undefined. */
export function parseColumnLetter(input: string): string | null | undefined {
  const letters = input.trim().toUpperCase();
  if (letters === "") return null;
  if (!/^[A-Z]{1,3}$/.test(letters)) return undefined;
  let index = 0;
  for (const ch of letters) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index <= MAX_COLUMN ? letters : undefined;
}

/** The mapping a correction starts from: what is saved, else what recognition guessed. */
function baseMapping(settings: TaskpaneSettings, sheet: SheetInfo): SheetMapping {
  const saved = settings.mappings[sheet.name];
  return {
    kind: saved?.kind ?? sheet.kind,
    columns: { ...sheet.columns, ...(saved?.columns ?? {}) },
    ...(saved?.headerRows ? { headerRows: saved.headerRows } : {}),
    ...(saved?.firstDataRow !== undefined ? { firstDataRow: saved.firstDataRow } : {}),
    ...(saved?.lastDataRow !== undefined ? { lastDataRow: saved.lastDataRow } : {}),
  };
}

function withMapping(settings: TaskpaneSettings, sheet: string, mapping: SheetMapping): TaskpaneSettings {
  return { ...settings, mappings: { ...settings.mappings, [sheet]: mapping } };
}

/** The user says a sheet is of another kind. The whole reading shown is saved, so it is kept as seen. */
export function setSheetKind(
  settings: TaskpaneSettings,
  sheet: SheetInfo,
  kind: SheetKind,
): TaskpaneSettings {
  const base = baseMapping(settings, sheet);
  // Columns guessed for another kind mean nothing for the new one.
  const columns = kind === base.kind ? base.columns : {};
  return withMapping(settings, sheet.name, { ...base, kind, columns });
}

/**
 * The user maps a field to a column (or clears it with null). Returns null when the letter is not
 * a column, so the caller can say so instead of saving nonsense.
 */
export function setFieldColumn(
  settings: TaskpaneSettings,
  sheet: SheetInfo,
  field: FieldName,
  input: string,
): TaskpaneSettings | null {
  const letter = parseColumnLetter(input);
  if (letter === undefined) return null;
  const base = baseMapping(settings, sheet);
  const columns = { ...(base.columns ?? {}) };
  if (letter === null) delete columns[field];
  else columns[field] = letter;
  return withMapping(settings, sheet.name, { ...base, columns });
}

/** Forgets the corrections of one sheet: recognition guesses again. */
export function resetSheetMapping(settings: TaskpaneSettings, sheet: string): TaskpaneSettings {
  const mappings = { ...settings.mappings };
  delete mappings[sheet];
  return { ...settings, mappings };
}
