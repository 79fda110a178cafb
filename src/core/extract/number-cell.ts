import { toA1 } from "../grid/address";
import type { IssueSink } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import type { FieldName } from "../types";
import { readNumber } from "../grid/cell";
import type { IssueCode } from "../issues/codes";

/** The issue codes this file can emit (checked against the catalog and the texts by test/core/issue-codes.test.ts). */
export const EMITS: readonly IssueCode[] = ["formula-error", "invalid-number", "number-as-text"];

/** A numeric cell read for a check: its value, or why there is none. */
export type NumberCell =
  | { state: "value"; value: number; cell: string }
  | { state: "blank"; cell: string }
  /** Unreadable (formula error, text, NaN): already reported; checks that depend on it are skipped. */
  | { state: "bad"; cell: string };

/** The header text of a column as the user wrote it (shown in messages), or the field name. */
export function columnLabel(table: RecognizedTable, field: FieldName): string {
  const col = table.columns.get(field);
  const texts = col !== undefined ? table.header?.texts[col] : undefined;
  return texts && texts.length > 0 ? texts[texts.length - 1] : field;
}

/**
 * Reads a number at (row, col) of a table and reports what is wrong with it: a formula error, a
 * text that is no number, NaN or infinity (invalid-number), a number typed as text (a warning, the
 * number is still used).
 */
export function readNumberCell(
  table: RecognizedTable,
  row: number,
  col: number,
  field: FieldName,
  sink: IssueSink,
): NumberCell {
  const cell = toA1(row, col);
  const reading = readNumber(table.text.raw(row, col));
  const common = { sheet: table.info.name, cell, row: row + 1, column: field };
  switch (reading.kind) {
    case "blank":
      return { state: "blank", cell };
    case "error":
      sink.add("formula-error", { ...common, value: reading.error, params: { value: reading.error } });
      return { state: "bad", cell };
    case "invalid":
      sink.add("invalid-number", {
        ...common,
        value: reading.raw,
        params: { value: reading.raw, field: columnLabel(table, field) },
      });
      return { state: "bad", cell };
    case "text-number":
      sink.add("number-as-text", {
        ...common,
        value: reading.raw,
        params: { value: reading.raw, field: columnLabel(table, field) },
      });
      return { state: "value", value: reading.value, cell };
    case "number":
      return { state: "value", value: reading.value, cell };
  }
}

/** The value of a read cell, or null. */
export function valueOf(cell: NumberCell | null): number | null {
  return cell && cell.state === "value" ? cell.value : null;
}

/** Sums with a tolerance for the binary fractions of decimal scores (0.1 + 0.2). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}

/** A number for a message: at most two decimals, no trailing zeros. */
export function shownNumber(value: number): number {
  return Math.round(value * 100) / 100;
}
