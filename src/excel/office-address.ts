import { columnIndex, columnLetter, toA1 } from "../core";

/** A rectangle of cells, 0-based and inclusive, like MergeArea. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; col: number } | null {
  const match = CELL.exec(text.trim());
  if (!match) return null;
  const row = Number(match[2]) - 1;
  const col = columnIndex(match[1]);
  return row < 0 || col < 0 ? null : { row, col };
}

/** The part after the sheet name: "'TH Đảng viên'!B3:H40" → "B3:H40". */
function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address.trim() : address.slice(bang + 1).trim();
}

/** Parses a range address as Office returns it ("Sheet1!B3:H40", "'A b'!C5", "D4"). */
export function parseRangeAddress(address: string): CellBox | null {
  const local = stripSheet(address);
  const [first, second] = local.split(":");
  const start = parseCell(first ?? "");
  if (!start) return null;
  const end = second === undefined ? start : parseCell(second);
  if (!end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** Index just past a sheet name that starts at `i` ("'It''s'" or "Sheet1"), at its "!" if any. */
function endOfSheetName(text: string, i: number): number {
  let j = i;
  if (text[j] === "'") {
    j++;
    while (j < text.length) {
      if (text[j] === "'" && text[j + 1] === "'") j += 2;
      else if (text[j] === "'") return j + 1;
      else j++;
    }
    return j;
  }
  while (j < text.length && text[j] !== "!" && text[j] !== ",") j++;
  return j;
}

/**
 * Parses a RangeAreas address ("Sheet1!A1:B4, Sheet1!D1:D4"). Sheet names are skipped with their
 * quoting, so that a name holding "!" or "," does not split an area.
 */
export function parseAreasAddress(address: string): CellBox[] {
  const boxes: CellBox[] = [];
  let i = 0;
  while (i < address.length) {
    while (address[i] === " " || address[i] === ",") i++;
    if (i >= address.length) break;
    const nameEnd = endOfSheetName(address, i);
    const start = address[nameEnd] === "!" ? nameEnd + 1 : i;
    let end = start;
    while (end < address.length && address[end] !== ",") end++;
    const box = parseRangeAddress(address.slice(start, end));
    if (box) boxes.push(box);
    i = end;
  }
  return boxes;
}

/** "B3:H40" (or "B3" for one cell) for a box. */
export function boxToA1(box: CellBox): string {
  const start = toA1(box.top, box.left);
  return box.top === box.bottom && box.left === box.right ? start : `${start}:${toA1(box.bottom, box.right)}`;
}

/** Whole columns "C:E" for 0-based column indexes. */
export function columnsA1(first: number, last: number = first): string {
  return `${columnLetter(first)}:${columnLetter(last)}`;
}

/** Whole rows "$1:$3" for 1-based row numbers, as print titles want them. */
export function rowsA1(first: number, last: number = first): string {
  return `$${first}:$${last}`;
}
