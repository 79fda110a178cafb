import { getPreset, type Criteria } from "../../../src/core/criteria";
import { KEY_COL } from "../../../src/core/criteria/sheet-layout";
import { criteriaToSheetSpec } from "../../../src/core/criteria/sheet-write";
import type { CellValue, Grid } from "../../../src/core/grid/types";
import { specValues } from "../../../src/core/summary/spec";
import {} from "../../support/words";
import { wordsFor } from "../../../src/i18n";

export function preset(id: string): Criteria {
  const found = getPreset(id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}

/** The sheet of a preset as a port would read it back: values only, in a mutable grid. */
export function sheetGrid(id: string, lang: "vi" | "en" = "vi"): { name: string; rows: CellValue[][] } {
  const spec = criteriaToSheetSpec(preset(id), wordsFor(lang));
  return { name: spec.name, rows: specValues(spec) };
}

/** 0-based rows whose hidden key is `key`, top to bottom. */
export function rowsWithKey(grid: Grid, key: string): number[] {
  const rows: number[] = [];
  grid.rows.forEach((row, index) => {
    if (row[KEY_COL] === key) rows.push(index);
  });
  if (rows.length === 0) throw new Error(`no row with key ${key}`);
  return rows;
}
