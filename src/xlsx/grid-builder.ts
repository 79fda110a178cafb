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
 *
 * The rows are kept as parallel arrays by line (a line is a row as it was first met) rather than an
 * object each, and the row being read is gathered in one reused array and copied out at its exact
 * length when the next row starts: a sheet of 100,000 rows then makes 100,000 small arrays and
 * nothing else, which is what the garbage collector has to copy while the sheet is read.
 */
export class SheetBuilder {
  /** Each line's row. */
  private readonly indexes: number[] = [];
  /**
   * Each line's values. While a line has no entry in colsOf (nearly every row: its values came
   * left to right within the first DENSE_WIDTH columns), values[j] is column j, the gaps hold
   * null, and the values are the row as the grid holds it, with no second array to build or sort.
   */
  private readonly valuesOf: CellValue[][] = [];
  /** Each value's column, for the lines whose values came otherwise (out of order, twice, far right). */
  private readonly colsOf = new Map<number, number[]>();
  /**
   * A style number for fontOf per value, or -1 for the workbook's default font; kept only for
   * the lines whose fonts are read.
   */
  private readonly stylesOf = new Map<number, number[]>();
  /** Lines by row, made only when a row comes out of order (rows nearly always come in order). */
  private byIndex: Map<number, number> | null = null;
  private readonly merges: MergeArea[] = [];
  private ordered = true;
  /** The line being added to: its number, row, values (the scratch array or its own), count. */
  private line = -1;
  private row = -1;
  private values: CellValue[] = [];
  private count = 0;
  private cols: number[] | null = null;
  private styles: number[] | null = null;
  /** Gathers the values of a new line; copied out at their exact length when the line is left. */
  private readonly scratch: CellValue[] = [];

  constructor(
    readonly name: string,
    private readonly budget: ReadBudget,
    private readonly fontOf: (style: number, row: number, col: number) => string | null,
  ) {}

  /** Adds a non-null value; a later value at the same cell replaces the earlier one. */
  add(row: number, col: number, value: CellValue, style: number): void {
    if (row !== this.row || this.line < 0) this.moveTo(row);
    const values = this.values;
    const styles = this.styles;
    let count = this.count;
    let cols = this.cols;
    if (cols === null) {
      if (col >= count && col < DENSE_WIDTH) {
        while (count < col) {
          values[count++] = null;
          if (styles !== null) styles.push(-1);
        }
      } else {
        // Out of order, written twice or far to the right: each value keeps its column.
        cols = this.cols = identity(count).slice();
        this.colsOf.set(this.line, cols);
      }
    }
    if (cols !== null) cols.push(col);
    values[count++] = value;
    this.count = count;
    if (styles !== null) styles.push(style);
    this.budget.addCells(1);
  }

  /** Makes `row`'s line the current one, starting it when the row has none yet. */
  private moveTo(row: number): void {
    this.leaveLine();
    const indexes = this.indexes;
    const lastRow = indexes.length > 0 ? indexes[indexes.length - 1] : -1;
    const found = lastRow >= row ? this.lineAt(row) : -1;
    this.row = row;
    if (found >= 0) {
      this.line = found;
      this.values = this.valuesOf[found];
      this.count = this.values.length;
      this.cols = this.colsOf.get(found) ?? null;
      this.styles = this.stylesOf.get(found) ?? null;
      return;
    }
    if (lastRow > row) this.ordered = false;
    const line = indexes.length;
    indexes.push(row);
    this.valuesOf.push(EMPTY_ROW as CellValue[]);
    this.byIndex?.set(row, line);
    this.line = line;
    this.values = this.scratch;
    this.count = 0;
    this.cols = null;
    this.styles = null;
    if (fontsReadAt(row)) {
      this.styles = [];
      this.stylesOf.set(line, this.styles);
    }
  }

  /** Copies the scratch array out to the current line, at its exact length. */
  private leaveLine(): void {
    if (this.line >= 0 && this.values === this.scratch)
      this.valuesOf[this.line] = this.scratch.slice(0, this.count);
    this.line = -1;
    this.values = EMPTY_ROW as CellValue[];
  }

  private lineAt(row: number): number {
    if (!this.byIndex) {
      this.byIndex = new Map();
      for (let line = 0; line < this.indexes.length; line++) this.byIndex.set(this.indexes[line], line);
    }
    return this.byIndex.get(row) ?? -1;
  }

  addMerge(area: MergeArea): void {
    this.budget.addMerge();
    if (area.bottom >= area.top && area.right >= area.left) this.merges.push(area);
  }

  finish(): Grid {
    this.leaveLine();
    const indexes = this.indexes;
    const valuesOf = this.valuesOf;
    const colsOf = this.colsOf;
    const lines = this.ordered
      ? null
      : identity(indexes.length)
          .slice()
          .sort((a, b) => indexes[a] - indexes[b]);
    this.merges.sort((x, y) => x.top - y.top || x.left - y.left);
    clearCovered(lines, indexes, valuesOf, colsOf, this.merges);

    const rows: (readonly CellValue[])[] = [];
    const fonts: Record<string, string> = {};
    for (let k = 0; k < indexes.length; k++) {
      const line = lines === null ? k : lines[k];
      const index = indexes[line];
      const values = valuesOf[line];
      let row: readonly CellValue[] | null = values;
      if (fontsReadAt(index) || (colsOf.size > 0 && colsOf.has(line)))
        row = this.rowOf(line, index, values, fonts);
      else {
        // A dense row whose fonts are not read (nearly every row): its values up to the last one.
        const width = denseWidth(values);
        if (width === 0) row = null;
        else {
          this.budget.addSpan(width);
          if (values.length !== width) values.length = width;
        }
      }
      if (row === null) continue;
      while (rows.length < index) rows.push(EMPTY_ROW);
      rows.push(row);
    }
    return {
      name: this.name,
      rows,
      ...(Object.keys(fonts).length > 0 ? { fonts } : {}),
      ...(this.merges.length > 0 ? { merges: this.merges } : {}),
    };
  }

  /** Fonts read so far below the header rows (at most FONT_SAMPLE_LIMIT). */
  private sampled = 0;

  /**
   * A line that is not dense, or whose fonts are read, as the grid's row (null when it holds
   * nothing but blanks), its fonts into `fonts`.
   */
  private rowOf(
    line: number,
    index: number,
    lineValues: CellValue[],
    fonts: Record<string, string>,
  ): readonly CellValue[] | null {
    const lineCols = this.colsOf.get(line) ?? null;
    const lineStyles = this.stylesOf.get(line) ?? null;
    const fontMode = index < FONT_HEADER_ROWS ? "all" : index % FONT_SAMPLE_EVERY === 0 ? "text" : "none";
    const order = lineCols === null ? identity(lineValues.length) : columnOrder(lineCols);
    let width = 0;
    let count = 0;
    for (const j of order) {
      const value = lineValues[j];
      if (value === null) continue;
      count++;
      if (typeof value === "string" && !holdsText(value)) continue;
      const col = lineCols === null ? j : lineCols[j];
      width = col + 1;
      if (
        fontMode === "all" ||
        (fontMode === "text" && typeof value === "string" && this.sampled < FONT_SAMPLE_LIMIT)
      ) {
        const font = this.fontOf(lineStyles?.[j] ?? -1, index, col);
        if (font === null) continue;
        fonts[toA1(index, col)] = font;
        if (fontMode === "text") this.sampled++;
      }
    }
    if (width === 0) return null;
    this.budget.addSpan(width);
    if (lineCols === null || (width <= DENSE_WIDTH && fromFirstColumn(lineCols))) {
      // Columns 0, 1, 2… in order: the values read are the row as it is.
      if (lineValues.length !== width) lineValues.length = width;
      return lineValues;
    }
    const values: CellValue[] = [];
    if (width <= DENSE_WIDTH || count * DENSE_RATIO >= width) {
      values.length = width;
      values.fill(null);
    }
    for (const j of order) {
      const col = lineCols[j];
      const value = lineValues[j];
      if (col < width && value !== null) values[col] = value;
    }
    // A sparse row: the length tells the width, the holes read as empty (cellAt).
    if (values.length < width) values.length = width;
    return values;
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
  // An empty text is read with the rest (no character 0 to look at: that costs a deoptimization).
  if (value.length === 0) return false;
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
function clearCovered(
  lines: readonly number[] | null,
  indexes: readonly number[],
  valuesOf: readonly CellValue[][],
  colsOf: ReadonlyMap<number, readonly number[]>,
  merges: readonly MergeArea[],
): void {
  if (merges.length === 0) return;
  let next = 0;
  let active: MergeArea[] = [];
  let lowestBottom = Infinity;
  for (let k = 0; k < indexes.length; k++) {
    const line = lines === null ? k : lines[k];
    if (next >= merges.length && active.length === 0) return; // every area is behind
    const r = indexes[line];
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
    const cols = colsOf.get(line);
    const values = valuesOf[line];
    for (let j = 0; j < values.length; j++) {
      const col = cols === undefined ? j : cols[j];
      const m = lastStartingAtOrBefore(active, col);
      if (m && col <= m.right && !(r === m.top && col === m.left)) values[j] = null;
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
