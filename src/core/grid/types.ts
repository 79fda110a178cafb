/** An error value shown by the spreadsheet, such as "#REF!" or "#DIV/0!". */
export interface CellError {
  readonly error: string;
}

/** A cell as the core sees it: what the spreadsheet displays as a value, never a formula. */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A merged area, 0-based and inclusive. */
export interface MergeArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * One sheet as read by a port. Row 0 is the sheet's row 1 and column 0 is column A, so that
 * positions map to A1 addresses directly. Rows may be ragged: a missing cell is empty.
 */
export interface Grid {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  /** Font names by A1 address, where the reader could see them (header area, a sample of text cells). */
  readonly fonts?: Readonly<Record<string, string>>;
  readonly merges?: readonly MergeArea[];
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const line = grid.rows[row];
  if (!line) return null;
  const value = line[col];
  return value === undefined ? null : value;
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The number of columns of the widest row. */
export function gridWidth(grid: Grid): number {
  let width = 0;
  // Indexed, not for…of: this runs once a sheet over every row, mostly before it is optimized.
  const rows = grid.rows;
  for (let r = 0; r < rows.length; r++) if (rows[r].length > width) width = rows[r].length;
  return width;
}
