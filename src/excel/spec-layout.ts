import type { SheetSpec, SpecCell } from "../core";
import type { CellBox } from "./office-address";

/** The formatting of a cell that is applied range by range. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  border?: boolean;
}

export interface StyledBox {
  box: CellBox;
  style: CellStyle;
}

export interface CellLink {
  row: number;
  col: number;
  /** Where it points inside the workbook: "'Sheet name'!H29". */
  reference: string;
  /** The cell's text, shown as the link's text; null for a number or an empty cell. */
  text: string | null;
}

/** A sheet spec turned into what Office.js sets: whole matrices, and boxes that share a style. */
export interface SpecLayout {
  rows: number;
  columns: number;
  values: (string | number | boolean)[][];
  /** "@" for every text cell, so that "=1+1" or "+84…" stays text; set before the values. */
  numberFormats: string[][];
  styles: StyledBox[];
  merges: CellBox[];
  links: CellLink[];
  /** Column widths in points, as Range.format.columnWidth wants them. */
  columnWidths: { col: number; points: number }[];
  hiddenColumns: number[];
}

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/**
 * Column width in characters (as ExcelJS and the spec count it) to points: a character of the
 * default font is 7 pixels plus 5 pixels of padding, and a pixel is 0.75 point at 96 dpi.
 */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function numberFormatOf(cell: SpecCell | undefined): string {
  if (!cell) return GENERAL_FORMAT;
  if (typeof cell.value === "string") return TEXT_FORMAT;
  return cell.numberFormat ?? GENERAL_FORMAT;
}

function styleOf(cell: SpecCell | undefined): CellStyle | null {
  if (!cell) return null;
  const style: CellStyle = {};
  if (cell.bold) style.bold = true;
  if (cell.italic) style.italic = true;
  if (cell.fontSize !== undefined) style.fontSize = cell.fontSize;
  if (cell.fontColor) style.fontColor = cell.fontColor;
  if (cell.fill) style.fill = cell.fill;
  if (cell.horizontal) style.horizontal = cell.horizontal;
  if (cell.vertical) style.vertical = cell.vertical;
  if (cell.wrap) style.wrap = true;
  if (cell.border) style.border = true;
  return Object.keys(style).length > 0 ? style : null;
}

/**
 * Groups cells of equal style into as few boxes as possible: runs along each row, then runs
 * with the same columns in consecutive rows. A table body becomes one box, not one per cell,
 * which keeps the request small.
 */
export function styleBoxes(cells: readonly (readonly (SpecCell | undefined)[])[]): StyledBox[] {
  const done: StyledBox[] = [];
  let open = new Map<string, StyledBox>();
  cells.forEach((row, r) => {
    const next = new Map<string, StyledBox>();
    let c = 0;
    while (c < row.length) {
      const style = styleOf(row[c]);
      if (!style) {
        c++;
        continue;
      }
      const key = JSON.stringify(style);
      let end = c;
      while (end + 1 < row.length && JSON.stringify(styleOf(row[end + 1])) === key) end++;
      const runKey = `${key}|${c}|${end}`;
      const previous = open.get(runKey);
      if (previous) {
        previous.box.bottom = r;
        open.delete(runKey);
        next.set(runKey, previous);
      } else {
        next.set(runKey, { box: { top: r, left: c, bottom: r, right: end }, style });
      }
      c = end + 1;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left);
}

export function layoutSpec(spec: SheetSpec): SpecLayout {
  const rows = spec.cells.length;
  let columns = 0;
  for (const row of spec.cells) columns = Math.max(columns, row.length);
  for (const merge of spec.merges) columns = Math.max(columns, merge.right + 1);
  const values: (string | number | boolean)[][] = [];
  const numberFormats: string[][] = [];
  const links: CellLink[] = [];
  for (let r = 0; r < rows; r++) {
    const source = spec.cells[r] ?? [];
    const valueRow: (string | number | boolean)[] = [];
    const formatRow: string[] = [];
    for (let c = 0; c < columns; c++) {
      const cell = source[c];
      const value = cell?.value ?? null;
      valueRow.push(value === null ? "" : value);
      formatRow.push(numberFormatOf(cell));
      // Only text is shown through the link; a number keeps its value (and stays a number).
      if (cell?.link)
        links.push({ row: r, col: c, reference: cell.link, text: typeof value === "string" ? value : null });
    }
    values.push(valueRow);
    numberFormats.push(formatRow);
  }
  return {
    rows,
    columns,
    values,
    numberFormats,
    styles: styleBoxes(spec.cells),
    merges: spec.merges.map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right })),
    links,
    columnWidths: spec.columnWidths.flatMap((width, col) =>
      width > 0 ? [{ col, points: charactersToPoints(width) }] : [],
    ),
    hiddenColumns: [...spec.hiddenColumns].sort((a, b) => a - b),
  };
}
