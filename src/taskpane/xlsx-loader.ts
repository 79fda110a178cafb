import type { Grid } from "../core";

/** Loads the ExcelJS port on first use: its chunk stays out of the pane's first scripts. */
export function loadXlsxPort(): Promise<typeof import("../xlsx/port")> {
  return import(/* webpackChunkName: "xlsx" */ "../xlsx/port");
}

/**
 * Reads a workbook file the user chose (a unit's submission, a list of units) into grids, in this
 * page: the bytes go nowhere. Throws XlsxReadError (with a reason) for a file that cannot be read.
 */
export async function readWorkbookBytes(bytes: Uint8Array): Promise<Grid[]> {
  const { XlsxWorkbookPort } = await loadXlsxPort();
  const port = await XlsxWorkbookPort.open(bytes);
  return port.readSheets();
}
