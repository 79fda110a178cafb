/** The grids the ExcelJS reference reader builds (what the lean reader is compared with). */
import type { Grid } from "../../../src/core/grid/types";
import { gridsFromBook, readXlsx } from "./read";

export async function exceljsGrids(bytes: Uint8Array): Promise<Grid[]> {
  return gridsFromBook(await readXlsx(bytes));
}

/** A grid as plain data for toEqual: dates as ISO text, holes and empty rows as []. */
export function plainGrid(grid: Grid): unknown {
  return {
    name: grid.name,
    rows: Array.from(grid.rows, (row) =>
      Array.from(row, (v) => (v instanceof Date ? `date:${v.toISOString()}` : v === undefined ? null : v)),
    ),
    fonts: grid.fonts ?? {},
    merges: grid.merges ?? [],
  };
}
