import type { LevelMatcher } from "../criteria/level-matcher";
import { foldText } from "../text";
import type { SheetText } from "./sheet-text";
import { HEADER_SCAN_ROWS } from "./sheet-text";
import { headerWords, matchField } from "./match";

export interface HeaderBlock {
  /** 0-based header rows, top to bottom. */
  rows: number[];
  /** Per column: the distinct header texts top to bottom (merged cells read their area's value). */
  texts: string[][];
  /** 0-based row of a numbering row such as "(1) (2) (3)" right under the header, if any. */
  numberingRow: number | null;
}

/**
 * Whether a text could head a column, by level matcher. Every text cell of the first rows of
 * every sheet is asked, and in a roll-up most of them repeat from file to file (headers, levels,
 * row numbers, years): the answer is remembered, within a bound (names are seen once).
 */
const HEADER_LIKE = new WeakMap<LevelMatcher, Map<string, boolean>>();
const HEADER_LIKE_LIMIT = 20_000;

function isHeaderLike(value: string, levels: LevelMatcher): boolean {
  let known = HEADER_LIKE.get(levels);
  if (!known) HEADER_LIKE.set(levels, (known = new Map()));
  let like = known.get(value);
  if (like === undefined) {
    like = matchField(headerWords(foldText(value)), null) !== null || levels.headerLevel(value) !== null;
    if (known.size >= HEADER_LIKE_LIMIT) known.clear();
    known.set(value, like);
  }
  return like;
}

/** What the header search looked at, for a test to see the limit (no timing). */
export interface HeaderScanStats {
  /** 0-based rows whose texts were matched against the known headers, in the order matched. */
  rowsScored: number[];
  /** Text cells matched (each distinct text of a row once). */
  cellsTried: number;
}

/** How many distinct header-like texts a row holds (a title merged across the sheet counts once). */
function rowHeaderScore(
  text: SheetText,
  row: number,
  width: number,
  levels: LevelMatcher,
  stats: HeaderScanStats | undefined,
): number {
  const seen = new Set<string>();
  let score = 0;
  stats?.rowsScored.push(row);
  for (let c = 0; c < width; c++) {
    const value = text.headerText(row, c);
    if (!value || seen.has(value)) continue;
    seen.add(value);
    if (stats) stats.cellsTried++;
    if (isHeaderLike(value, levels)) score++;
  }
  return score;
}

/**
 * Whether a row holds two distinct texts at least: a row with fewer (blank, a single merged
 * title, one note) cannot reach the two header-like texts the best row needs, so it is not
 * matched unless the header's last rows ask for it.
 */
function holdsTwoTexts(text: SheetText, row: number, width: number): boolean {
  let first = "";
  for (let c = 0; c < width; c++) {
    const value = text.headerText(row, c);
    if (!value) continue;
    if (!first) first = value;
    else if (value !== first) return true;
  }
  return false;
}

/**
 * Rows like a list's records once a header was found: numbered 1, 2, 3 … down the first
 * columns, with something beside the number. After this many in a row the table has begun, and
 * words further down (a member's role "Bí thư", a note "Họ và tên đệm …") are not a header.
 */
const RECORD_RUN = 5;
const ORDINAL_COLUMNS = 3;

/** The row's ordinal (a whole number from 1 in its first filled cell of the first columns, with more beside it), or 0. */
function recordOrdinal(text: SheetText, row: number, width: number): number {
  const line = text.grid.rows[row];
  if (!line) return 0;
  for (let c = 0; c < Math.min(width, ORDINAL_COLUMNS); c++) {
    const value = line[c];
    if (value === null || value === undefined || value === "") continue;
    const n = typeof value === "number" ? value : typeof value === "string" ? ordinalText(value) : 0;
    if (!Number.isInteger(n) || n < 1) return 0;
    for (let k = c + 1; k < width; k++) if (text.text(row, k)) return n;
    return 0;
  }
  return 0;
}

function ordinalText(value: string): number {
  const trimmed = value.trim();
  return /^\d{1,6}\.?$/.test(trimmed) ? Number.parseInt(trimmed, 10) : 0;
}

const NUMBERING = /^\(?\s*(\d{1,2}|[ivx]{1,4}|[a-z])\s*\)?$/i;

function isNumberingRow(text: SheetText, row: number, width: number): boolean {
  let filled = 0;
  let numbered = 0;
  for (let c = 0; c < width; c++) {
    const value = text.text(row, c);
    if (!value) continue;
    filled++;
    if (NUMBERING.test(value) && (value.startsWith("(") || /^\d+$/.test(value))) numbered++;
  }
  if (filled < 3 || numbered !== filled) return false;
  // "(1) (2) (3)" or 1 2 3 …: numbers that increase across the row, unlike a data row.
  const numbers: number[] = [];
  for (let c = 0; c < width; c++) {
    const value = text.text(row, c).replace(/[()\s]/g, "");
    if (/^\d+$/.test(value)) numbers.push(Number(value));
  }
  return numbers.every((n, i) => i === 0 || n > numbers[i - 1]);
}

/**
 * Finds the table header: the best-scoring row near the top, with the rows that belong to it.
 * Only rows that can be a header are matched: rows with two distinct texts or more, not a
 * numbering row ("1 2 3", "(1) (2)"), and none below a run of numbered records under the best
 * header found so far (the members' names and roles there are not headers).
 */
export function findHeader(
  text: SheetText,
  levels: LevelMatcher,
  stats?: HeaderScanStats,
): HeaderBlock | null {
  const width = Math.min(text.width, 200);
  const scan = Math.min(text.grid.rows.length, HEADER_SCAN_ROWS);
  const scored: (number | undefined)[] = [];
  const scoreOf = (r: number): number => (scored[r] ??= rowHeaderScore(text, r, width, levels, stats));
  let bestRow = -1;
  let run = 0;
  let lastOrdinal = 0;
  for (let r = 0; r < scan; r++) {
    if (bestRow >= 0) {
      const ordinal = recordOrdinal(text, r, width);
      run = ordinal > 0 && (run === 0 || ordinal === lastOrdinal + 1) ? run + 1 : 0;
      lastOrdinal = ordinal;
      if (run >= RECORD_RUN) break;
    }
    if (!holdsTwoTexts(text, r, width) || isNumberingRow(text, r, width)) continue;
    const score = scoreOf(r);
    if (score >= 2 && (bestRow < 0 || score > scoreOf(bestRow))) bestRow = r;
  }
  if (bestRow < 0) return null;
  let top = bestRow;
  while (
    top - 1 >= 0 &&
    bestRow - (top - 1) < 3 &&
    scoreOf(top - 1) >= 2 &&
    continuesHeader(text, top - 1, top, width, levels)
  )
    top--;
  let bottom = bestRow;
  while (
    bottom + 1 < scan &&
    bottom + 1 - top < 3 &&
    !isNumberingRow(text, bottom + 1, width) &&
    ((scoreOf(bottom + 1) >= 1 && sharesMerges(text, bottom, bottom + 1, width)) ||
      stacksUnmerged(text, bottom, bottom + 1, width, levels))
  )
    bottom++;
  const rows: number[] = [];
  for (let r = top; r <= bottom; r++) rows.push(r);
  const texts = headerTexts(text, rows, width);
  const next = bottom + 1;
  const numberingRow = next < text.grid.rows.length && isNumberingRow(text, next, width) ? next : null;
  return { rows, texts, numberingRow };
}

/**
 * A lower row continues the header when some of its cells share a merged area with the row above,
 * or, where no merge says so (merges lost in a copy "as values", "Center Across Selection", files
 * written by scripts), when it stacks under it without merges.
 */
function continuesHeader(
  text: SheetText,
  upper: number,
  lower: number,
  width: number,
  levels: LevelMatcher,
): boolean {
  return sharesMerges(text, upper, lower, width) || stacksUnmerged(text, upper, lower, width, levels);
}

/** "Số lượng", "SL", "Tỷ lệ (%)", "TL", "%": the count and share under a level, no field by themselves. */
const SUB_HEADING = /^(so luong|sl|so|ty le|tl)? ?%?$/;

function isSubHeading(value: string): boolean {
  const words = headerWords(foldText(value));
  return words !== "" && SUB_HEADING.test(words);
}

/**
 * The lower row holds two header texts or sub-headings or more and nothing else, each under a blank cell of the
 * upper row or under a group heading that blank cells follow ("Trong đó" | | | over four levels).
 * A record row never qualifies: it has numbers or names, and the header above it is full.
 */
function stacksUnmerged(
  text: SheetText,
  upper: number,
  lower: number,
  width: number,
  levels: LevelMatcher,
): boolean {
  let stacked = 0;
  for (let c = 0; c < width; c++) {
    const below = text.text(lower, c);
    if (!below) continue;
    if (!isHeaderLike(below, levels) && !isSubHeading(below)) return false;
    const above = text.headerText(upper, c);
    if (above && !(c + 1 < width && !text.headerText(upper, c + 1))) return false;
    stacked++;
  }
  return stacked >= 2;
}

function sharesMerges(text: SheetText, upper: number, lower: number, width: number): boolean {
  for (const merge of text.grid.merges ?? []) {
    if (merge.top <= upper && merge.bottom >= lower) return true;
    if (merge.top === upper && merge.bottom === upper && merge.right > merge.left) {
      // A group header over sub-headers ("Mức xếp loại" over three columns).
      for (let c = merge.left; c <= Math.min(merge.right, width - 1); c++)
        if (text.text(lower, c)) return true;
    }
  }
  return false;
}

/**
 * Per column, the distinct header texts of the given rows, top to bottom (merged cells read their
 * area's value; a blank under an unmerged group heading reads the heading, see groupAbove).
 */
export function headerTexts(text: SheetText, rows: readonly number[], width: number): string[][] {
  const texts: string[][] = [];
  for (let c = 0; c < width; c++) {
    const column: string[] = [];
    for (let i = 0; i < rows.length; i++) {
      const value = text.headerText(rows[i], c) || groupAbove(text, rows, i, c);
      if (value && column[column.length - 1] !== value) column.push(value);
    }
    texts.push(column);
  }
  return texts;
}

/**
 * A group heading typed without a merge stands in its first column, blanks to its right, and its
 * sub-headings on the next header row ("Hoàn thành tốt nhiệm vụ" | blank over "Số lượng" | "Tỷ lệ").
 * A blank header cell with a sub-heading below it belongs to the nearest heading on its left when
 * that heading has a sub-heading below it too; a heading standing alone over two rows ("Tổng số")
 * has a blank below it and is no group.
 */
function groupAbove(text: SheetText, rows: readonly number[], i: number, c: number): string {
  const next = rows[i + 1];
  if (next === undefined || !text.headerText(next, c)) return "";
  for (let k = c - 1; k >= 0; k--) {
    const heading = text.headerText(rows[i], k);
    if (heading) return text.headerText(next, k) ? heading : "";
  }
  return "";
}
