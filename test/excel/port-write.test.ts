import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import type { Grid } from "../../src/core/grid/types";
import { findMarker } from "../../src/core/summary/marker";
import type { SheetSpec } from "../../src/core/summary/spec";
import { ExcelPortError } from "../../src/excel/errors";
import { OfficeWorkbookPort } from "../../src/excel/port";
import { FakeExcelHost, type FakeHostOptions } from "../support/fake-excel/host";
import { testSpec } from "../support/fake-excel/specs";
import { FakeWorkbook, type FakeSheet } from "../support/fake-excel/workbook-model";
import { saveXlsx } from "../support/fake-excel/xlsx-io";

const SOURCE: Grid[] = [
  {
    name: "Danh sách ĐV",
    rows: [
      ["STT", "Họ và tên", "Xếp loại"],
      [1, "Nguyễn Văn A", "HTTNV"],
      [2, "=cộng(1)", "HTXSNV"],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
    fonts: { A1: "Times New Roman" },
  },
  {
    name: "Sinh hoạt 2025",
    rows: [
      ["Tháng", "Ngày"],
      [1, 45662],
    ],
  },
];

function setup(grids: Grid[] = SOURCE, options: FakeHostOptions = {}) {
  const host = new FakeExcelHost(FakeWorkbook.fromGrids(grids), options);
  const port = new OfficeWorkbookPort({ run: host.excelRun, isSetSupported: host.isSetSupported });
  return { host, port };
}

function hash(host: FakeExcelHost): string {
  return createHash("sha256").update(host.workbook.canonicalDump()).digest("hex");
}

function names(host: FakeExcelHost): string[] {
  return host.workbook.sheets.map((sheet) => sheet.name);
}

function sheet(host: FakeExcelHost, name: string): FakeSheet {
  const found = host.workbook.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function summarySpecs(): SheetSpec[] {
  return [
    testSpec("TH Đảng viên", [
      ["Đơn vị", "Tổng số", "HTXSNV", "Tỷ lệ (%)"],
      ["Chi bộ 1", 24, 3, 14.3],
      ["Chi bộ 2", 30, 5, 16.7],
    ]),
    testSpec("TH Tổ chức đảng", [
      ["Đơn vị", "Xếp loại"],
      ["Chi bộ 1", "HTTNV"],
    ]),
    testSpec("Kết quả kiểm tra", [
      ["Trang", "Ô", "Nội dung"],
      ["Danh sách ĐV", "C3", "=1+1"],
    ]),
  ];
}

test("writing several sheets takes at most 3 syncs and leaves the source sheets as they were", async () => {
  const { host, port } = setup();
  const sourceBefore = host.workbook.sheets.map((s) =>
    JSON.stringify([s.name, [0, 1, 2].map((r) => s.rowCells(r))]),
  );
  const result = await port.writeSheets(summarySpecs());
  expect(host.syncCount).toBeLessThanOrEqual(3);
  expect(names(host)).toEqual([
    "Danh sách ĐV",
    "Sinh hoạt 2025",
    "TH Đảng viên",
    "TH Tổ chức đảng",
    "Kết quả kiểm tra",
  ]);
  expect(result.written).toEqual([
    { requested: "TH Đảng viên", actual: "TH Đảng viên" },
    { requested: "TH Tổ chức đảng", actual: "TH Tổ chức đảng" },
    { requested: "Kết quả kiểm tra", actual: "Kết quả kiểm tra" },
  ]);
  expect(result.replaced).toEqual([]);
  expect(
    host.workbook.sheets
      .slice(0, 2)
      .map((s) => JSON.stringify([s.name, [0, 1, 2].map((r) => s.rowCells(r))])),
  ).toEqual(sourceBefore);
});

test("the sheets are built completely: values, formats, merges, widths, hidden marker column, links, page setup", async () => {
  const { host, port } = setup();
  const spec = testSpec(
    "TH Đảng viên",
    [
      ["Đơn vị", "Tổng số", "Tỷ lệ (%)"],
      ["Chi bộ 1", 24, 14.3],
    ],
    { extra: [{ row: 5, col: 0, cell: { value: "Xem ô C3", link: "'Danh sách ĐV'!C3" } }] },
  );
  await port.writeSheets([spec]);
  const written = sheet(host, "TH Đảng viên");
  expect(written.cell(0, 0)).toMatchObject({
    value: "TH Đảng viên",
    font: { bold: true, size: 14, name: "Times New Roman" },
  });
  expect(written.cell(3, 1)).toMatchObject({ value: 24 });
  expect(written.cell(3, 2)).toMatchObject({ value: 14.3, numberFormat: "0.0" });
  expect(written.cell(2, 0)).toMatchObject({
    numberFormat: "@",
    font: { bold: true },
    borders: { top: "Continuous", left: "Continuous" },
  });
  expect(written.cell(3, 2)?.borders).toMatchObject({ bottom: "Continuous", right: "Continuous" });
  expect(written.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  expect(written.hiddenColumns.has(3)).toBe(true);
  expect(written.columnWidths.get(1)).toBeCloseTo((30 * 7 + 5) * 0.75);
  expect(written.freezeRows).toBe(3); // the header ends on 0-based row 2: three rows stay in view
  expect(written.rowHeights.get(3)).toBe(30);
  expect(written.pageLayout).toMatchObject({
    orientation: "Landscape",
    paperSize: "A4",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    printTitleRows: "$3:$3",
  });
  expect(written.cell(5, 0)?.hyperlink).toEqual({
    documentReference: "'Danh sách ĐV'!C3",
    textToDisplay: "Xem ô C3",
  });
  const marker = findMarker({
    name: written.name,
    rows: [written.rowCells(0).map((c) => (c?.value as string) ?? null)],
  });
  expect(marker).toMatchObject({ kind: "members", markerColumn: 3 });
  expect(host.log.some((entry) => entry.action === "suspendApiCalculationUntilNextSync")).toBe(true);
});

test('text "=1+1" stays text: the text number format was set before the value', async () => {
  const { host, port } = setup();
  await port.writeSheets(summarySpecs());
  const written = sheet(host, "Kết quả kiểm tra");
  const cell = written.cell(3, 2);
  expect(cell).toMatchObject({ value: "=1+1", numberFormat: "@" });
  expect(cell?.formula).toBeUndefined();
  const entries = host.log.filter((entry) => entry.sheetId === written.id);
  const formatAt = entries.findIndex((entry) => entry.action === "numberFormat");
  const valuesAt = entries.findIndex((entry) => entry.action === "values");
  expect(formatAt).toBeGreaterThanOrEqual(0);
  expect(valuesAt).toBeGreaterThan(formatAt);
});

test.each([1, 2, 3])("a failure at sync %i of a write leaves the workbook exactly as it was", async (k) => {
  const { host, port } = setup();
  const before = hash(host);
  const sheetsBefore = names(host);
  host.failSync(k);
  const error = await port.writeSheets(summarySpecs()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ExcelPortError);
  expect(error).toMatchObject({ operation: "write", unchanged: true, code: "GeneralException" });
  expect((error as Error).message).toContain("Sổ tính vẫn giữ nguyên như trước");
  expect(names(host)).toEqual(sheetsBefore);
  expect(hash(host)).toBe(before);
});

test("a user's own sheet named “TH Đảng viên” (no marker) is never replaced; ours is written as “TH Đảng viên (2)”", async () => {
  const own: Grid = { name: "TH Đảng viên", rows: [["Bảng tự lập của chi bộ"], ["Tổng", 24]] };
  const { host, port } = setup([...SOURCE, own]);
  const ownBefore = JSON.stringify([0, 1].map((r) => sheet(host, "TH Đảng viên").rowCells(r)));
  const result = await port.writeSheets(summarySpecs().slice(0, 1));
  expect(result.written).toEqual([{ requested: "TH Đảng viên", actual: "TH Đảng viên (2)" }]);
  expect(result.replaced).toEqual([]);
  expect(JSON.stringify([0, 1].map((r) => sheet(host, "TH Đảng viên").rowCells(r)))).toBe(ownBefore);
  expect(sheet(host, "TH Đảng viên (2)").cell(0, 0)?.value).toBe("TH Đảng viên");

  // Written again: our "(2)" is replaced, the user's sheet still kept.
  const again = await port.writeSheets(summarySpecs().slice(0, 1));
  expect(again).toEqual({
    written: [{ requested: "TH Đảng viên", actual: "TH Đảng viên (2)" }],
    replaced: ["TH Đảng viên (2)"],
  });
  expect(names(host).filter((n) => n.startsWith("TH Đảng viên"))).toEqual([
    "TH Đảng viên",
    "TH Đảng viên (2)",
  ]);
  expect(JSON.stringify([0, 1].map((r) => sheet(host, "TH Đảng viên").rowCells(r)))).toBe(ownBefore);
});

test("our own earlier sheet (it carries the marker) is replaced under its name", async () => {
  const { host, port } = setup();
  await port.writeSheets(summarySpecs());
  const oldId = sheet(host, "TH Đảng viên").id;
  const updated = testSpec("TH Đảng viên", [
    ["Đơn vị", "Tổng số"],
    ["Chi bộ 9", 99],
  ]);
  const result = await port.writeSheets([updated]);
  expect(result).toEqual({
    written: [{ requested: "TH Đảng viên", actual: "TH Đảng viên" }],
    replaced: ["TH Đảng viên"],
  });
  const replaced = sheet(host, "TH Đảng viên");
  expect(replaced.id).not.toBe(oldId);
  expect(replaced.cell(3, 0)?.value).toBe("Chi bộ 9");
  expect(names(host).filter((n) => n.startsWith("TH Đảng viên"))).toEqual(["TH Đảng viên"]);
  expect(names(host).some((n) => n.startsWith("chibo-tmp-"))).toBe(false);
});

test("page setup needs ExcelApi 1.9: an ExcelApi 1.7 host gets the sheets without it, and no ApiNotFound", async () => {
  const { host, port } = setup(SOURCE, { apiVersion: "1.7" });
  await port.writeSheets(summarySpecs());
  expect(host.syncs.every((s) => s.error === null)).toBe(true);
  expect(sheet(host, "TH Đảng viên").pageLayout).toEqual({});
  expect(sheet(host, "TH Đảng viên").cell(3, 1)?.value).toBe(24);
});

test("a protected workbook structure: the write fails saying so, and nothing changed", async () => {
  const { host, port } = setup();
  host.workbook.structureProtected = true;
  const before = hash(host);
  const error = await port.writeSheets(summarySpecs()).catch((e: unknown) => e);
  expect(error).toMatchObject({ failure: "access-denied", unchanged: true });
  expect((error as Error).message).toContain("đang được bảo vệ");
  expect(hash(host)).toBe(before);
});

test("English messages when the port is made for English", async () => {
  const host = new FakeExcelHost(FakeWorkbook.fromGrids(SOURCE));
  const port = new OfficeWorkbookPort({
    run: host.excelRun,
    isSetSupported: host.isSetSupported,
    lang: "en",
  });
  host.cellEditMode = true;
  await expect(port.writeSheets(summarySpecs())).rejects.toThrow(
    "Finish editing the cell (press Enter or Esc), then try again.",
  );
});

test("writing nothing makes no sync", async () => {
  const { host, port } = setup();
  await expect(port.writeSheets([])).resolves.toEqual({ written: [], replaced: [] });
  expect(host.syncCount).toBe(0);
});

test("the written workbook saves to .xlsx and a real reader finds the text, the marker and the hidden column", async () => {
  const { host, port } = setup();
  await port.writeSheets(summarySpecs());
  const bytes = await saveXlsx(host.workbook);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const checked = workbook.getWorksheet("Kết quả kiểm tra");
  expect(checked?.getCell("C4").value).toBe("=1+1");
  expect(checked?.getCell("C4").numFmt).toBe("@");
  const members = workbook.getWorksheet("TH Đảng viên");
  expect(String(members?.getCell("E1").value)).toMatch(/^chibo-summary:/);
  expect(members?.getColumn(5).hidden).toBe(true);
});
