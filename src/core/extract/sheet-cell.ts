import type { RecognizedTable } from "../recognize/table";
import { sentenceCase } from "./unit-info";

/**
 * The cell a sheet of a workbook kept one sheet per cell is about: the last "Chi bộ …" line of
 * its title rows ("CHI BỘ ẤP TÂN HÒA" → "Chi bộ ấp Tân Hòa"), else the sheet's name.
 */
export function sheetCellName(table: RecognizedTable): string {
  const limit = table.header ? table.header.rows[0] : 0;
  let found: string | null = null;
  for (let r = 0; r < limit; r++) {
    const line = table.text.grid.rows[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      if (/^chi bo\b/.test(table.text.folded(r, c))) found = sentenceCase(table.text.text(r, c));
    }
  }
  return found ?? table.info.name;
}
