import type { CellValue } from "../grid/types";

/** A cell to write. Text is always written as text (number format "@") so it never becomes a formula. */
export interface SpecCell {
  value: string | number | boolean | null;
  /** Excel number format, e.g. "0", "0.0", "@". Text cells get "@" by default. */
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  border?: boolean;
  fill?: string;
  fontColor?: string;
  /** Internal link to a cell: "'Sheet name'!H29". */
  link?: string;
}

export interface SpecMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PageSetup {
  orientation: "portrait" | "landscape";
  paperSize: "A4";
  fitToWidth: boolean;
  /** With fitToWidth: the number of pages tall the sheet is shrunk to; as many as needed when omitted. */
  fitToHeight?: number;
  /** 1-based rows repeated at the top of each printed page. */
  printTitleRows?: [number, number];
  /** A1 range printed; the marker column stays outside it. */
  printArea?: string;
}

/**
 * A sheet to write, complete: values, formats, merges, widths, page setup, links.
 * Rows are 0-based here, like grids; `cells[r][c]` may be undefined for an empty cell.
 */
export interface SheetSpec {
  name: string;
  cells: (SpecCell | undefined)[][];
  merges: SpecMerge[];
  /** Column widths in characters. */
  columnWidths: number[];
  /** 0-based columns hidden (the marker column). */
  hiddenColumns: number[];
  /**
   * Row heights in points for rows whose wrapped text needs more than one line: neither Excel
   * nor LibreOffice grows a row for wrapped text written by another program.
   */
  rowHeights?: { row: number; points: number }[];
  page: PageSetup;
  /**
   * The font of every cell written (bold, italic and sized cells included), so that a printed
   * report never mixes the workbook's default font with its own; `size` where a cell gives none.
   */
  font?: { name: string; size: number };
  /** 0-based row of the table header's last row: panes freeze below it. */
  freezeRows?: number;
}

/** Reads a spec back as a grid row (used by tests and by the round trip). */
export function specValues(spec: SheetSpec): CellValue[][] {
  return spec.cells.map((row) => row.map((cell) => (cell ? cell.value : null)));
}
