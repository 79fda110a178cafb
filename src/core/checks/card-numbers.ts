import type { Criteria } from "../criteria/schema";
import { safeTester } from "../criteria/safe-pattern";
import type { RatedRowList } from "../extract/rated-rows";
import { toA1 } from "../grid/address";
import { displayValue } from "../grid/cell";
import { isCellError, type CellValue } from "../grid/types";
import type { IssueCode } from "../issues/codes";
import { term, type IssueSink } from "../issues/issue";
import type { SheetText } from "../recognize/sheet-text";
import type { RecognizedTable } from "../recognize/table";
import { cardKey, fitsPresetPattern, isPresetPattern, NOT_WHOLE, wholeCardKey } from "./card-key";
import { FirstRowByKey } from "./first-row-by-key";

/** The issue codes this file can emit (checked against the catalog and the texts by test/core/issue-codes.test.ts). */
export const EMITS: readonly IssueCode[] = ["duplicate-member", "formula-error", "invalid-card-number"];

/** What the card-number check of one list needs at each row. */
interface CardContext {
  readonly table: RecognizedTable;
  readonly rows: RatedRowList;
  readonly col: number;
  readonly pattern: ((text: string) => boolean) | null;
  readonly seen: FirstRowByKey;
  readonly sink: IssueSink;
}

/**
 * Each card number must fit the criteria's pattern, and no card may be given twice, however it
 * is dotted or typed. The sheet rows are walked by forEach, not by an indexed loop: V8 then
 * optimizes the callback as a function of its own, small and soon, where a loop over 100,000 rows
 * would be optimized whole while it runs (on-stack replacement), later and at more cost.
 */
export function checkCardNumbers(
  table: RecognizedTable,
  rows: RatedRowList,
  criteria: Criteria,
  sink: IssueSink,
): void {
  const col = table.columns.get("cardNumber");
  if (col === undefined) return;
  const source = criteria.cardNumberPattern;
  // A refused pattern was reported when the criteria were read; it never runs (safe-pattern.ts).
  const pattern = safeTester(source);
  // The presets' pattern is answered from a card's length and dots (card-key.ts) when the card
  // fits it; a card that does not, and every card under another pattern, meets the pattern itself.
  const presetPattern = isPresetPattern(source);
  // The first row of each card, its address made only when a duplicate names it.
  const seen = new FirstRowByKey(rows.length);
  const context: CardContext = { table, rows, col, pattern, seen, sink };
  // On a Unicode sheet a text of digits and dots is its own normal form (cardText).
  const plain = !table.text.encoding;
  const lines = table.text.grid.rows;
  rows.sheetRows.forEach((row, index) => {
    const raw = lines[row]?.[col];
    // Nearly every card of a long list: digits and dots with a whole key, found in one walk.
    const key = plain && typeof raw === "string" && raw !== "" ? wholeCardKey(raw) : NOT_WHOLE;
    if (key === NOT_WHOLE) {
      checkCardCell(context, index, raw);
      return;
    }
    const card = raw as string;
    if (pattern && !(presetPattern && fitsPresetPattern(card, key)) && !pattern(card))
      reportInvalidCard(context, row, card);
    const first = seen.firstOrAdd(key, row);
    if (first >= 0) reportDuplicateCard(context, index, card, first);
  });
}

/** Any other card cell: a number, spaces or other characters, an error value, a legacy sheet. */
function checkCardCell(context: CardContext, index: number, raw: CellValue | undefined): void {
  const { table, rows, col, pattern, seen, sink } = context;
  const row = rows.rowAt(index);
  if (isCellError(raw)) {
    const cell = toA1(row, col);
    const sheet = table.info.name;
    sink.add("formula-error", { sheet, cell, row: row + 1, column: "cardNumber", value: raw.error });
    return;
  }
  const card = cardText(raw, table.text, row, col);
  if (!card) return;
  if (pattern && !pattern(card)) reportInvalidCard(context, row, raw);
  const first = seen.firstOrAdd(cardKey(card), row);
  if (first >= 0) reportDuplicateCard(context, index, card, first);
}

/** A card number as text: numeric cells lose trailing zeros, so they are read with six decimals. */
function cardText(value: CellValue | undefined, text: SheetText, row: number, col: number): string {
  // A text of digits and dots is its own normal form on a Unicode sheet, so the sheet's decoding
  // and normalizing is skipped for it.
  if (typeof value === "string" && !text.encoding && isDigitsAndDots(value)) return value;
  if (
    typeof value === "number" &&
    Number.isFinite(value) &&
    Math.abs(value * 1e6 - Math.round(value * 1e6)) < 1e-6 &&
    value < 100
  )
    return value.toFixed(6);
  // The text is normalized (sheet-text.ts): its only white space is single plain spaces.
  const written = text.textOf(value, row, col);
  return written.indexOf(" ") < 0 ? written : written.replace(/\s+/g, "");
}

/** Whether a text is non-empty and only digits and dots (normalizeText leaves it as it is). */
function isDigitsAndDots(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 46) return false;
  }
  return true;
}

function reportInvalidCard(context: CardContext, row: number, raw: CellValue | undefined): void {
  context.sink.add("invalid-card-number", {
    sheet: context.table.info.name,
    cell: toA1(row, context.col),
    row: row + 1,
    column: "cardNumber",
    value: displayValue(raw ?? null),
    params: { example: "NN.NNNNNN" },
  });
}

function reportDuplicateCard(context: CardContext, index: number, card: string, first: number): void {
  const { col, rows } = context;
  const row = rows.rowAt(index);
  context.sink.add("duplicate-member", {
    sheet: context.table.info.name,
    cell: toA1(row, col),
    row: row + 1,
    column: "cardNumber",
    value: card,
    params: { name: rows.nameAt(index), what: term("cardNumber"), firstCell: toA1(first, col) },
  });
}
