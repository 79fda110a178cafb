import type { Grid } from "../core";

/**
 * Loads the file port (lean reader and package writer) on first use: its chunk stays out of the
 * pane's first scripts.
 */
export function loadXlsxPort(): Promise<typeof import("../xlsx/port")> {
  return import(/* webpackChunkName: "xlsx" */ "../xlsx/port");
}

/**
 * Reads a workbook file the user chose (a unit's submission, a list of units) into grids, in this
 * page: the bytes go nowhere. Throws XlsxReadError (with a reason) for a file that cannot be read.
 */
export async function readWorkbookBytes(bytes: Uint8Array): Promise<Grid[]> {
  // The lean reader alone (no ExcelJS): a roll-up reads many files and writes none of them.
  const { readWorkbookGrids } = await import(/* webpackChunkName: "reader" */ "../xlsx/read-grids");
  return readWorkbookGrids(bytes);
}
