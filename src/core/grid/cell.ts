import { isCellError, type CellValue } from "./types";

export type NumberReading =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  | { kind: "text-number"; value: number; raw: string }
  | { kind: "error"; error: string }
  | { kind: "invalid"; raw: string };

export interface NumberOptions {
  /** Accept a trailing "%" on text ("20%" reads as 20): for cells that state a share. */
  percentSign?: boolean;
}

/**
 * Reads a number; text holding a number ("24", "15,5", "+3") is read but flagged. NaN/Infinity is
 * invalid. The decimal mark may be a comma or a dot; a non-breaking space is a space.
 */
export function readNumber(value: CellValue, options: NumberOptions = {}): NumberReading {
  if (value === null) return { kind: "blank" };
  if (isCellError(value)) return { kind: "error", error: value.error };
  if (typeof value === "number")
    return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid", raw: String(value) };
  if (typeof value === "boolean" || value instanceof Date) return { kind: "invalid", raw: String(value) };
  const raw = value.trim();
  if (raw === "") return { kind: "blank" };
  let normalized = raw.replace(/[\s\u00a0]/g, "").replace(/^([+-]?\d+),(\d+)$/, "$1.$2");
  if (options.percentSign) normalized = normalized.replace(/%$/, "");
  if (/^[+-]?\d+(\.\d+)?$/.test(normalized)) return { kind: "text-number", value: Number(normalized), raw };
  return { kind: "invalid", raw };
}

export type DateReading =
  | { kind: "blank" }
  | { kind: "date"; year: number; month: number; day: number; fromText: boolean }
  | { kind: "error"; error: string }
  | { kind: "invalid"; raw: string };

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/**
 * Reads a date typed as a real date, an Excel serial (as Office.js gives them) or text
 * "dd/mm/yyyy" (day first, always; "-" and "." also accepted).
 */
export function readDate(value: CellValue): DateReading {
  if (value === null) return { kind: "blank" };
  if (isCellError(value)) return { kind: "error", error: value.error };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { kind: "invalid", raw: String(value) };
    return {
      kind: "date",
      year: value.getUTCFullYear(),
      month: value.getUTCMonth() + 1,
      day: value.getUTCDate(),
      fromText: false,
    };
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1 || value > 2958465)
      return { kind: "invalid", raw: String(value) };
    const date = new Date(EXCEL_EPOCH_UTC + Math.floor(value) * 86400000);
    return {
      kind: "date",
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      fromText: false,
    };
  }
  if (typeof value === "boolean") return { kind: "invalid", raw: String(value) };
  const raw = value.trim();
  if (!raw) return { kind: "blank" };
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  if (!match) return { kind: "invalid", raw };
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return { kind: "invalid", raw };
  return { kind: "date", year, month, day, fromText: true };
}

/** The value of a number reading, or null for blank, error and invalid. */
export function numberValue(reading: NumberReading): number | null {
  return reading.kind === "number" || reading.kind === "text-number" ? reading.value : null;
}

/** A cell as display text (in messages, and as text to match): a date as yyyy-mm-dd, an error as its code. */
export function displayValue(value: CellValue): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
