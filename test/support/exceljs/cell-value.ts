import type { Cell } from "exceljs";
import type { CellValue } from "../../../src/core";

/**
 * A cell's value as the core wants it: what the spreadsheet shows, never a formula.
 * - rich text → its plain text; a hyperlink → its text;
 * - a formula (plain, shared or array) → its cached result, an error result → { error };
 *   a formula saved without a cached result (some generators do that) → null;
 * - a date-formatted number → Date (ExcelJS builds it at UTC midnight of the shown day);
 * - a number that is not finite (a file holding <v>NaN</v>) → the text "NaN", what LibreOffice
 *   shows, so that the core reports an invalid number at that cell instead of computing with it;
 *   a date-formatted one (an invalid Date) likewise;
 * - a cell covered by a merge (not its top-left cell) → null: ExcelJS repeats the master's value
 *   there, Office.js does not.
 */
export function cellValue(cell: Cell): CellValue {
  if (cell.master !== cell) return null;
  const value: unknown = cell.value;
  // ExcelJS's formula value drops a falsy result (0, false, ""), `cell.result` keeps it.
  if (isFormula(value)) return toCellValue(cell.result as unknown);
  return toCellValue(value);
}

function isFormula(value: unknown): boolean {
  return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
}

export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : "NaN";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "NaN" : value;
  if (typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if (typeof v.error === "string") return { error: v.error };
  if (Array.isArray(v.richText)) return richTextToString(v.richText);
  if ("formula" in v || "sharedFormula" in v) return toCellValue(v.result);
  if ("hyperlink" in v || "text" in v) return toCellValue(v.text);
  return null;
}

function richTextToString(parts: readonly unknown[]): string {
  let text = "";
  for (const part of parts) {
    if (typeof part === "object" && part !== null) {
      const piece = (part as Record<string, unknown>).text;
      if (typeof piece === "string") text += piece;
    }
  }
  return text;
}
