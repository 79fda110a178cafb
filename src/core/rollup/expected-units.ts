import { cellAt, type Grid } from "../grid/types";
import { sentenceCase } from "../extract/unit-info";
import { foldText } from "../text";
import type { ExpectedUnits } from "./types";

const UNIT_NAME = /^(chi bo|dang bo|dang uy|to chuc co so dang)\b/;
/** Headers of the column listing the units (folded, equal or contained as whole words). */
const LIST_HEADERS = [
  "ten don vi",
  "don vi",
  "ten chi bo",
  "chi bo",
  "ten to chuc",
  "to chuc dang",
  "ten co so dang",
  "co so dang",
  "chi bo, dang bo",
];
const TOTAL_ROW = /^(tong cong|tong so|cong)\b/;

export type ExpectedParse = { ok: true; expected: ExpectedUnits } | { ok: false; detail: string };

/** A text file: one unit per line; blank lines and lines starting with "#" are skipped. */
export function expectedFromText(text: string): ExpectedUnits {
  const names = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  return { unit: null, names: unique(names) };
}

/** A JSON file: an array of names, or { "unit": "Đảng bộ …", "units": [names] }. */
export function expectedFromJson(text: string): ExpectedParse {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
  const list = Array.isArray(data) ? data : isRecord(data) ? data.units : undefined;
  if (!Array.isArray(list) || !list.every((x) => typeof x === "string"))
    return { ok: false, detail: '["Chi bộ …", …] | { "unit": "Đảng bộ …", "units": ["Chi bộ …", …] }' };
  const unit = isRecord(data) && typeof data.unit === "string" && data.unit.trim() ? data.unit.trim() : null;
  return {
    ok: true,
    expected: { unit, names: unique((list as string[]).map((x) => x.trim()).filter(Boolean)) },
  };
}

/**
 * A workbook listing the units in a column: the column under a header such as "Tên đơn vị" or
 * "Chi bộ", else the column holding the most names that read like units. A unit name in the
 * title rows above the header (the last one, as in "ĐẢNG BỘ QUẬN …" then "ĐẢNG BỘ PHƯỜNG …")
 * names the consolidating unit.
 */
export function expectedFromGrids(grids: readonly Grid[]): ExpectedParse {
  for (const grid of grids) {
    const list = listByHeader(grid, true) ?? listByHeader(grid, false);
    if (list)
      return { ok: true, expected: { unit: titleUnit(grid, list.headerRow), names: unique(list.names) } };
  }
  for (const grid of grids) {
    const names = listByNames(grid);
    if (names.length) return { ok: true, expected: { unit: null, names: unique(names) } };
  }
  return { ok: false, detail: "no column of unit names" };
}

/** A header cell equal to one of LIST_HEADERS (exact) or holding one as whole words, and the names below it. */
function listByHeader(grid: Grid, exact: boolean): { headerRow: number; names: string[] } | null {
  const limit = Math.min(grid.rows.length, 30);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value !== "string") continue;
      const folded = foldText(value);
      const match = exact
        ? LIST_HEADERS.includes(folded)
        : !UNIT_NAME.test(folded) && folded.length <= 30 && LIST_HEADERS.some((h) => wholeWords(folded, h));
      if (!match) continue;
      const names = namesBelow(grid, r + 1, c);
      if (names.length) return { headerRow: r, names };
    }
  }
  return null;
}

function wholeWords(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

function namesBelow(grid: Grid, from: number, col: number): string[] {
  const names: string[] = [];
  for (let r = from; r < grid.rows.length; r++) {
    const value = cellAt(grid, r, col);
    if (typeof value !== "string" || !value.trim()) continue;
    const folded = foldText(value);
    // The numbering row "(1)" under a header and a total row are not names; the signature block ends the list.
    if (/^\(\d+\)$/.test(folded) || TOTAL_ROW.test(folded)) continue;
    if (/^(noi nhan|t\/m|bi thu)\b/.test(folded)) break;
    names.push(sentenceCase(value.trim()));
  }
  return names;
}

/** The column holding the most texts that read like unit names (at least two). */
function listByNames(grid: Grid): string[] {
  let best: string[] = [];
  const width = grid.rows.reduce((w, row) => Math.max(w, row.length), 0);
  for (let c = 0; c < width; c++) {
    const names: string[] = [];
    for (let r = 0; r < grid.rows.length; r++) {
      const value = cellAt(grid, r, c);
      if (typeof value === "string" && UNIT_NAME.test(foldText(value)))
        names.push(sentenceCase(value.trim()));
    }
    if (names.length >= 2 && names.length > best.length) best = names;
  }
  return best;
}

/** The last unit name in the rows above the list's header. */
function titleUnit(grid: Grid, headerRow: number): string | null {
  let unit: string | null = null;
  for (let r = 0; r < headerRow; r++) {
    for (const value of grid.rows[r] ?? []) {
      if (typeof value === "string" && UNIT_NAME.test(foldText(value))) unit = sentenceCase(value.trim());
    }
  }
  return unit;
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = foldText(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
