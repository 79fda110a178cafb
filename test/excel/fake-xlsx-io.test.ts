import path from "node:path";
import type { FakeValue, FakeWorkbook } from "../support/fake-excel/workbook-model";
import { loadXlsx, saveXlsx } from "../support/fake-excel/xlsx-io";

const SAMPLE = path.resolve(__dirname, "../../../shared/samples/chi-bo-tdp-so-3-2025.xlsx");

/** Each sheet's values, without trailing empty cells and rows (a cell with only a border holds no value). */
function values(workbook: FakeWorkbook) {
  return workbook.sheets.map((sheet) => {
    const rows: FakeValue[][] = [];
    for (let r = 0; r < sheet.rowSpan; r++) {
      const row = Array.from(sheet.rowCells(r), (cell) => cell?.value ?? null);
      while (row.length && row[row.length - 1] === null) row.pop();
      rows.push(row);
    }
    while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
    return { name: sheet.name, rows, merges: sheet.merges };
  });
}

test("a sample seeded into the fake host and saved back reads the same again", async () => {
  const seeded = await loadXlsx(SAMPLE);
  const again = await loadXlsx(await saveXlsx(seeded));
  expect(values(again)).toEqual(values(seeded));
  expect(seeded.sheets.map((s) => s.name)).toEqual(["Danh sách ĐV", "Sinh hoạt 2025", "Phiếu chấm T12"]);
});

test("dates become serial numbers and merged-away cells are empty", async () => {
  const seeded = await loadXlsx(SAMPLE);
  const meetings = seeded.sheets[1];
  const dates: number[] = [];
  for (let r = 0; r < meetings.rowSpan; r++) {
    for (const cell of meetings.rowCells(r))
      if (cell?.numberFormat === "dd/mm/yyyy" && typeof cell.value === "number") dates.push(cell.value);
  }
  expect(dates).toContain(45662); // 2025-01-05
  const list = seeded.sheets[0];
  const merge = list.merges[0];
  expect(list.cell(merge.top, merge.left)?.value).not.toBeNull();
  expect(list.cell(merge.top, merge.right)?.value ?? null).toBeNull();
});
