import { cellAt, isCellError, type CellValue, type Grid } from "../grid/types";
import type { TableValue } from "../summary/layout";
import { decodeRowMarker, type SummaryMarker } from "../summary/marker";

/** One row of a chibo summary table: what the sheet shows, and what chibo wrote in its marker. */
export interface TableRow {
  /** 0-based row of the sheet. */
  sheetRow: number;
  shown: TableValue[];
  /** The row's values when chibo made the sheet; null when its marker cell is gone. */
  original: TableValue[] | null;
}

/** A chibo summary table read back from a grid, by its marker. */
export interface SummaryTable {
  grid: Grid;
  marker: SummaryMarker;
  rows: TableRow[];
  total: TableRow | null;
  /** Header text of each column (the lower header row where the upper one is a group). */
  headers: string[];
  /** False when rows were inserted or deleted, or the row markers no longer line up. */
  intact: boolean;
}

/**
 * Reads the table of a summary sheet: data rows from `firstDataRow`, the total row at `totalRow`
 * (1-based in the marker). Without a total row, the data rows are those carrying a row marker.
 */
export function readSummaryTable(grid: Grid, marker: SummaryMarker): SummaryTable {
  // A forged or damaged marker (a total row at 10^9, a marker column at 10^9) must not make us
  // walk or allocate what the sheet does not hold: such a table is read as empty and not intact.
  if (!plausibleMarker(grid, marker))
    return { grid, marker, rows: [], total: null, headers: [], intact: false };
  const width = marker.markerColumn;
  const first = marker.firstDataRow - 1;
  const rowAt = (r: number): TableRow => {
    const original = decodeRowMarker(cellAt(grid, r, marker.markerColumn));
    const length = Math.max(width, original?.length ?? 0);
    const shown: TableValue[] = [];
    for (let c = 0; c < length; c++)
      shown.push(c === marker.markerColumn ? (original?.[c] ?? null) : tableValue(cellAt(grid, r, c)));
    return { sheetRow: r, shown, original };
  };
  const rows: TableRow[] = [];
  let total: TableRow | null = null;
  let intact = first >= 0;
  if (marker.totalRow > 0) {
    for (let r = first; r < marker.totalRow - 1; r++) rows.push(rowAt(r));
    total = rowAt(marker.totalRow - 1);
    // A row inserted below the total would carry no marker; one inserted above shifts the total.
    if (!total.original || rows.some((row) => !row.original)) intact = false;
  } else {
    for (let r = first; r >= 0 && decodeRowMarker(cellAt(grid, r, marker.markerColumn)); r++)
      rows.push(rowAt(r));
  }
  return { grid, marker, rows, total, headers: headerTexts(grid, marker), intact };
}

/** Excel's last column (0-based): no marker can be beyond it. */
const MAX_COLUMN = 16383;

/** Whether the marker's positions fit the sheet it was found on (they are 1-based rows, a 0-based column). */
export function plausibleMarker(grid: Grid, marker: SummaryMarker): boolean {
  const rows = grid.rows.length;
  const { headerRow, firstDataRow, totalRow, markerColumn } = marker;
  const whole = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n);
  if (![headerRow, firstDataRow, totalRow, markerColumn].every(whole)) return false;
  if (markerColumn < 0 || markerColumn > MAX_COLUMN) return false;
  if ((grid.rows[0]?.length ?? 0) <= markerColumn) return false;
  if (headerRow < 1 || firstDataRow <= headerRow || firstDataRow > rows + 1) return false;
  return totalRow === 0 || (totalRow >= firstDataRow && totalRow <= rows);
}

/** A cell as a table value: numbers stay numbers, everything else is its text. */
export function tableValue(value: CellValue): TableValue {
  if (value === null) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString();
  if (isCellError(value)) return value.error;
  return null;
}

/** A table value as a number: a number, or a text that is one; null otherwise. */
export function numberValue(value: TableValue | undefined): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

/** The figure shown in a cell; where the cell no longer holds a number, the one chibo wrote. */
export function figureAt(row: TableRow, col: number): number | null {
  return numberValue(row.shown[col]) ?? numberValue(row.original?.[col]);
}

function headerTexts(grid: Grid, marker: SummaryMarker): string[] {
  const top = marker.headerRow - 1;
  const bottom = marker.firstDataRow - 2;
  const headers: string[] = [];
  for (let c = 0; c < marker.markerColumn; c++) {
    const lower = bottom > top ? cellAt(grid, bottom, c) : null;
    const text = typeof lower === "string" && lower.trim() ? lower : cellAt(grid, top, c);
    headers.push(typeof text === "string" ? text.trim() : "");
  }
  return headers;
}
