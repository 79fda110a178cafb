/** Helpers of the roll-up tests: units' workbooks as grids, their summaries, edits by hand. */
import { VI } from "../../support/words";
import { analyzeWorkbook } from "../../../src/core/analyze";
import type { CellValue, Grid } from "../../../src/core/grid/types";
import { buildSummarySheets } from "../../../src/core/summary/build";
import { specValues, type SheetSpec } from "../../../src/core/summary/spec";
import { gridsFromBook, readXlsx } from "../../support/exceljs/read";
import { type GeneratedUnit, unitWorkbook, type UnitLayout } from "../../support/generate-units";

export const DATE = new Date(2025, 11, 20);

/** The raw workbook a unit sends, read back into grids. */
export async function rawGrids(unit: GeneratedUnit, layout: UnitLayout = "level-text"): Promise<Grid[]> {
  return gridsFromBook(await readXlsx(await unitWorkbook(unit, layout, 5)));
}

/** The summary sheets `chibo summarize` adds for a unit (as grids, without the raw sheets). */
export async function summaryGrids(unit: GeneratedUnit, layout: UnitLayout = "level-text"): Promise<Grid[]> {
  const specs = buildSummarySheets(analyzeWorkbook(await rawGrids(unit, layout), { words: VI }), {
    words: VI,
    date: DATE,
  });
  return specs.map(specGrid);
}

export function specGrid(spec: SheetSpec): Grid {
  return { name: spec.name, rows: specValues(spec) };
}

/** A copy of the grid with one cell changed, as a user would type it. */
export function editCell(grid: Grid, address: { row: number; col: number }, value: CellValue): Grid {
  const rows = grid.rows.map((row) => [...row]);
  while (rows.length <= address.row) rows.push([]);
  const line = rows[address.row];
  while (line.length <= address.col) line.push(null);
  line[address.col] = value;
  return { ...grid, rows };
}

export function gridNamed(grids: readonly Grid[], name: string): Grid {
  const grid = grids.find((g) => g.name === name);
  if (!grid) throw new Error(`no sheet ${name}`);
  return grid;
}
