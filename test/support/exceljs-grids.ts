/** The grids the ExcelJS port builds (the reference the lean reader is compared with). */
import { gridsFromBook, readXlsx } from "../../src/xlsx/read";
import type { Grid } from "../../src/core/grid/types";

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
