import { toA1 } from "../core/grid/address";
import type { CellValue, Grid, MergeArea } from "../core/grid/types";
import { XlsxReadError } from "./errors";
import type { ReadLimits } from "./limits";

/** Font names are read for every cell of the title and header area… */
const FONT_HEADER_ROWS = 30;
/** …and for the text cells of every 50th row below it, at most this many cells in all. */
const FONT_SAMPLE_EVERY = 50;
const FONT_SAMPLE_LIMIT = 1000;
/** A row at most this wide, or filled at least one cell in this many, is a plain array. */
const DENSE_WIDTH = 1024;
const DENSE_RATIO = 8;
/** Rows without values share one empty array: a value at row 1,048,576 costs a pointer per row. */
const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

/** What the whole workbook has used of the limits so far. */
export class ReadBudget {
  private cells = 0;
  private span = 0;
  private merges = 0;

  constructor(readonly limits: ReadLimits) {}

  addCells(count: number): void {
    this.cells += count;
    if (this.cells > this.limits.maxCells)
      throw XlsxReadError.limit("cells", this.cells, this.limits.maxCells);
  }

  addSpan(width: number): void {
    this.span += width;
    if (this.span > this.limits.maxSpan) throw XlsxReadError.limit("span", this.span, this.limits.maxSpan);
  }

  addMerge(): void {
    this.merges++;
    if (this.merges > this.limits.maxMerges)
      throw XlsxReadError.limit("merges", this.merges, this.limits.maxMerges);
  }
}

interface Line {
  index: number;
  /**
   * Each value's column; null while the row came left to right within the first DENSE_WIDTH
   * columns (nearly every row): then values[j] is column j, the gaps hold null, and the values
   * are the row as the grid holds it, with no second array to build or sort.
   */
  cols: number[] | null;
  values: CellValue[];
  /**
   * A style number for fontOf, or -1 for the workbook's default font; kept only for the rows
   * whose fonts are read (null for the others).
   */
  styles: number[] | null;
}

/** Whether the fonts of a row's cells are read (all of them, or its text cells). */
function fontsReadAt(row: number): boolean {
  return row < FONT_HEADER_ROWS || row % FONT_SAMPLE_EVERY === 0;
}

/**
 * Builds one sheet's grid from its cells in any order, as the ExcelJS reference reader builds it:
 * - a cell covered by a merged area (not its top-left cell) is empty;
 * - rows hold values up to their last non-blank cell, blank rows are empty;
 * - font names for every cell of the first 30 rows and the text cells of every 50th row below,
 *   1,000 of those at most; a cell without a font of its own shows the workbook's default.
 * Merged areas are resolved by one sweep down the rows (near-linear in cells plus merges), and a
 * row whose values are few and far apart is kept sparse.
 */
export class SheetBuilder {
  private readonly lines: Line[] = [];
  /** Lines by row, made only when a row comes out of order (rows nearly always come in order). */
  private byIndex: Map<number, Line> | null = null;
  private readonly merges: MergeArea[] = [];
  private ordered = true;
  private current: Line | null = null;

  constructor(
    readonly name: string,
    private readonly budget: ReadBudget,
    private readonly fontOf: (style: number, row: number, col: number) => string | null,
  ) {}

  /** Adds a non-null value; a later value at the same cell replaces the earlier one. */
  add(row: number, col: number, value: CellValue, style: number): void {
    let line = this.current;
    if (!line || line.index !== row) {
      const last = this.lines[this.lines.length - 1];
      line = last && last.index >= row ? this.lineAt(row) : null;
      if (!line) {
        if (last && last.index > row) this.ordered = false;
        line = { index: row, cols: null, values: [], styles: fontsReadAt(row) ? [] : null };
        this.lines.push(line);
        this.byIndex?.set(row, line);
      }
      this.current = line;
    }
    const values = line.values;
    let cols = line.cols;
    if (cols === null) {
      if (col >= values.length && col < DENSE_WIDTH) {
        while (values.length < col) {
          values.push(null);
          if (line.styles !== null) line.styles.push(-1);
        }
      } else {
        // Out of order, written twice or far to the right: each value keeps its column.
        cols = line.cols = identity(values.length).slice();
      }
    }
    if (cols !== null) cols.push(col);
    values.push(value);
    if (line.styles !== null) line.styles.push(style);
    this.budget.addCells(1);
  }

  private lineAt(row: number): Line | null {
    if (!this.byIndex) {
      this.byIndex = new Map();
      for (const line of this.lines) this.byIndex.set(line.index, line);
    }
    return this.byIndex.get(row) ?? null;
  }

  addMerge(area: MergeArea): void {
    this.budget.addMerge();
    if (area.bottom >= area.top && area.right >= area.left) this.merges.push(area);
  }

  finish(): Grid {
    const lines = this.ordered ? this.lines : [...this.lines].sort((a, b) => a.index - b.index);
    this.merges.sort((x, y) => x.top - y.top || x.left - y.left);
    clearCovered(lines, this.merges);

    const rows: (readonly CellValue[])[] = [];
    const fonts: Record<string, string> = {};
    let sampled = 0;
    for (const line of lines) {
      const index = line.index;
      const fontMode = index < FONT_HEADER_ROWS ? "all" : index % FONT_SAMPLE_EVERY === 0 ? "text" : "none";
      const dense = line.cols === null;
      const order = dense ? identity(line.values.length) : columnOrder(line.cols ?? []);
      let width = 0;
      let count = 0;
      if (dense && fontMode === "none") width = denseWidth(line.values);
      else
        for (const j of order) {
          const value = line.values[j];
          if (value === null) continue;
          count++;
          if (typeof value === "string" && !holdsText(value)) continue;
          const col = line.cols === null ? j : line.cols[j];
          width = col + 1;
          if (
            fontMode === "all" ||
            (fontMode === "text" && typeof value === "string" && sampled < FONT_SAMPLE_LIMIT)
          ) {
            const font = this.fontOf(line.styles?.[j] ?? -1, index, col);
            if (font === null) continue;
            fonts[toA1(index, col)] = font;
            if (fontMode === "text") sampled++;
          }
        }
      if (width === 0) continue;
      this.budget.addSpan(width);
      while (rows.length < index) rows.push(EMPTY_ROW);
      const cols = line.cols;
      if (cols === null || (width <= DENSE_WIDTH && fromFirstColumn(cols))) {
        // Columns 0, 1, 2… in order (nearly every row): the values read are the row as it is.
        if (line.values.length !== width) line.values.length = width;
        rows.push(line.values);
        continue;
      }
      const values: CellValue[] = [];
      if (width <= DENSE_WIDTH || count * DENSE_RATIO >= width) {
        values.length = width;
        values.fill(null);
      }
      for (const j of order) {
        const col = cols[j];
        const value = line.values[j];
        if (col < width && value !== null) values[col] = value;
      }
      // A sparse row: the length tells the width, the holes read as empty (cellAt).
      if (values.length < width) values.length = width;
      rows.push(values);
    }
    return {
      name: this.name,
      rows,
      ...(Object.keys(fonts).length > 0 ? { fonts } : {}),
      ...(this.merges.length > 0 ? { merges: this.merges } : {}),
    };
  }
}

/** Indexes of a row's cells by column; a later value at the same column wins. */
function columnOrder(cols: readonly number[]): readonly number[] {
  let sorted = true;
  for (let j = 1; j < cols.length && sorted; j++) if (cols[j] <= cols[j - 1]) sorted = false;
  // Nearly every row is written left to right: its indexes in order are shared, not rebuilt.
  if (sorted) return identity(cols.length);
  const order: number[] = [];
  for (let j = 0; j < cols.length; j++) order.push(j);
  order.sort((a, b) => cols[a] - cols[b] || b - a);
  // Keep only the last value written at each column (the first after the sort above).
  return order.filter((j, k) => k === 0 || cols[order[k - 1]] !== cols[j]);
}

/** A dense row's width: up to its last value that is not blank. */
function denseWidth(values: readonly CellValue[]): number {
  for (let j = values.length - 1; j >= 0; j--) {
    const value = values[j];
    if (value !== null && (typeof value !== "string" || holdsText(value))) return j + 1;
  }
  return 0;
}

/** isBlank for a text: most begin with a printable ASCII character, so trim() is rarely needed. */
function holdsText(value: string): boolean {
  const first = value.charCodeAt(0);
  return (first > 32 && first < 127) || value.trim() !== "";
}

/** Whether a row's cells are columns 0, 1, 2… in this order. */
function fromFirstColumn(cols: readonly number[]): boolean {
  for (let j = 0; j < cols.length; j++) if (cols[j] !== j) return false;
  return true;
}

const identities: number[][] = [];

/** [0, 1, …, length - 1], made once per length. */
function identity(length: number): readonly number[] {
  let order = identities[length];
  if (!order) {
    order = [];
    for (let j = 0; j < length; j++) order.push(j);
    if (length < 4096) identities[length] = order;
  }
  return order;
}

/**
 * Empties the cells that a merged area covers (all but its top-left cell). One sweep down the
 * rows keeps the areas that span the current row, ordered by their left column: valid areas do
 * not overlap, so a binary search finds the one a cell may be in.
 */
function clearCovered(lines: readonly Line[], merges: readonly MergeArea[]): void {
  if (merges.length === 0) return;
  let next = 0;
  let active: MergeArea[] = [];
  let lowestBottom = Infinity;
  for (const line of lines) {
    if (next >= merges.length && active.length === 0) return; // every area is behind
    const r = line.index;
    let changed = false;
    if (r > lowestBottom) {
      active = active.filter((m) => m.bottom >= r);
      changed = true;
    }
    while (next < merges.length && merges[next].top <= r) {
      const m = merges[next++];
      if (m.bottom >= r) active.push(m);
      changed = true;
    }
    if (changed) {
      active.sort((a, b) => a.left - b.left);
      lowestBottom = Infinity;
      for (const m of active) if (m.bottom < lowestBottom) lowestBottom = m.bottom;
    }
    if (active.length === 0) continue;
    const cols = line.cols;
    for (let j = 0; j < line.values.length; j++) {
      const col = cols === null ? j : cols[j];
      const m = lastStartingAtOrBefore(active, col);
      if (m && col <= m.right && !(r === m.top && col === m.left)) line.values[j] = null;
    }
  }
}

function lastStartingAtOrBefore(areas: readonly MergeArea[], col: number): MergeArea | null {
  let lo = 0;
  let hi = areas.length - 1;
  let found: MergeArea | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (areas[mid].left <= col) {
      found = areas[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
