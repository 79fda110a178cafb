import type { Cell, Worksheet } from "exceljs";
import { parseA1 } from "../../../src/core";
import type { CellValue, Grid, MergeArea } from "../../../src/core";
import { isBlank } from "../../../src/core";
import { cellValue } from "./cell-value";

/** Font names are read for every cell of the title and header area… */
const FONT_HEADER_ROWS = 30;
/** …and for the text cells of every 50th row below it, at most this many cells in all. */
const FONT_SAMPLE_EVERY = 50;
const FONT_SAMPLE_LIMIT = 1000;

interface Line {
  index: number;
  values: CellValue[];
}

/**
 * One worksheet as a grid. Only rows holding values are visited (a sheet whose used range
 * reaches row 1,048,576 costs what its real rows cost); trailing blank rows and cells are
 * dropped, blank cells inside a row stay as they are.
 */
export function sheetToGrid(ws: Worksheet, defaultFont: string | null): Grid {
  const lines: Line[] = [];
  const fonts: Record<string, string> = {};
  let sampled = 0;

  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const index = rowNumber - 1;
    const fontMode = index < FONT_HEADER_ROWS ? "all" : index % FONT_SAMPLE_EVERY === 0 ? "text" : "none";
    const entries: { col: number; value: CellValue }[] = [];
    let width = 0;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cellValue(cell);
      if (value === null) return;
      const col = colNumber - 1;
      entries.push({ col, value });
      if (isBlank(value)) return;
      width = col + 1;
      if (
        fontMode === "all" ||
        (fontMode === "text" && typeof value === "string" && sampled < FONT_SAMPLE_LIMIT)
      ) {
        const font = fontName(cell, defaultFont);
        if (font === null) return;
        fonts[cell.address] = font;
        if (fontMode === "text") sampled++;
      }
    });
    if (width === 0) return;
    const values: CellValue[] = new Array<CellValue>(width).fill(null);
    for (const entry of entries) if (entry.col < width) values[entry.col] = entry.value;
    lines.push({ index, values });
  });

  const rows: CellValue[][] = [];
  for (const line of lines) {
    while (rows.length < line.index) rows.push([]);
    rows.push(line.values);
  }
  const merges = sheetMerges(ws);
  return {
    name: ws.name,
    rows,
    ...(Object.keys(fonts).length > 0 ? { fonts } : {}),
    ...(merges.length > 0 ? { merges } : {}),
  };
}

/** The values of row 1 only: enough to find chibo's marker without reading the whole sheet. */
export function firstRowGrid(ws: Worksheet): Grid {
  const row = ws.findRow(1);
  const values: CellValue[] = [];
  row?.eachCell({ includeEmpty: false }, (cell, colNumber) => {
    values[colNumber - 1] = cellValue(cell);
  });
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
  return { name: ws.name, rows: [values] };
}

function fontName(cell: Cell, defaultFont: string | null): string | null {
  const name = cell.font?.name;
  return typeof name === "string" && name.trim() !== "" ? name : defaultFont;
}

interface RangeLike {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Merged areas, 0-based and inclusive. ExcelJS keeps them as ranges in `_merges`; reading them
 * there avoids building the whole sheet model (`ws.model` serializes every row). Falls back to
 * the model's "A1:D1" strings if that field ever goes away.
 */
export function sheetMerges(ws: Worksheet): MergeArea[] {
  const internal = (ws as unknown as { _merges?: Record<string, RangeLike | undefined> })._merges;
  const areas: MergeArea[] = [];
  if (internal && typeof internal === "object") {
    for (const range of Object.values(internal)) {
      if (range)
        areas.push({
          top: range.top - 1,
          left: range.left - 1,
          bottom: range.bottom - 1,
          right: range.right - 1,
        });
    }
  } else {
    for (const text of ws.model.merges ?? []) {
      const [from, to] = text.split(":");
      const a = parseA1(from ?? "");
      const b = parseA1(to ?? from ?? "");
      if (a && b) areas.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
    }
  }
  return areas.sort((x, y) => x.top - y.top || x.left - y.left);
}
