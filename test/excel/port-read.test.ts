import ExcelJS from "exceljs";
import path from "node:path";
import type { CellValue, Grid } from "../../src/core/grid/types";
import { ExcelPortError } from "../../src/excel/errors";
import { OfficeWorkbookPort } from "../../src/excel/port";
import { HEAD_ROWS } from "../../src/excel/read-sheets";
import { DEFAULT_PAYLOAD_LIMIT, FakeExcelHost, type FakeHostOptions } from "../support/fake-excel/host";
import { FakeWorkbook } from "../support/fake-excel/workbook-model";
import { loadXlsx } from "../support/fake-excel/xlsx-io";

const SAMPLES = path.resolve(__dirname, "../../../shared/samples");
const SAMPLE_FILES = [
  "chi-bo-tdp-so-3-2025.xlsx",
  "dang-bo-phuong-dong-tam-2025.xlsx",
  "chi-bo-thon-4-tcvn3.xlsx",
];

function portFor(host: FakeExcelHost): OfficeWorkbookPort {
  return new OfficeWorkbookPort({ run: host.excelRun, isSetSupported: host.isSetSupported });
}

function hostFor(grids: Grid[], options: FakeHostOptions = {}): FakeExcelHost {
  return new FakeExcelHost(FakeWorkbook.fromGrids(grids), options);
}

/** Rows without trailing empty cells and trailing empty rows, so that two readers compare. */
function normalize(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  const out = rows.map((row) => {
    const copy = [...row];
    while (copy.length && (copy[copy.length - 1] === null || copy[copy.length - 1] === undefined)) copy.pop();
    return copy;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

/** ExcelJS's reading of a sample, independent of the fake host: what Excel would show. */
async function readWithExcelJs(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(SAMPLES, file));
  return workbook.worksheets.map((ws) => {
    const rows: CellValue[][] = [];
    const fonts: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        let value = cell.value as unknown;
        if (cell.type === ExcelJS.ValueType.Merge) value = null; // Excel shows covered cells as empty
        if (value && typeof value === "object" && !(value instanceof Date)) {
          const v = value as Record<string, unknown>;
          if ("result" in v || "formula" in v) value = v.result ?? null;
          else if ("richText" in v) value = (v.richText as { text: string }[]).map((t) => t.text).join("");
          else if ("text" in v) value = v.text;
        }
        if (value instanceof Date) value = value.getTime() / 86_400_000 + 25_569;
        // Excel holds no NaN (chi-bo-tdp-so-3-2025.xlsx has <v>NaN</v> cells): an empty cell.
        if (value === "" || value === undefined || (typeof value === "number" && !Number.isFinite(value)))
          value = null;
        (rows[r - 1] ??= [])[c - 1] = value as CellValue;
        if (cell.font?.name) fonts[cell.address] = cell.font.name;
      });
    });
    for (let r = 0; r < rows.length; r++)
      rows[r] = Array.from(rows[r] ?? [], (v) => (v === undefined ? null : v));
    const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).sort();
    return { name: ws.name, rows, fonts, merges };
  });
}

function a1Merges(grid: Grid): string[] {
  const col = (c: number) => String.fromCharCode(65 + c);
  return (grid.merges ?? []).map((m) => `${col(m.left)}${m.top + 1}:${col(m.right)}${m.bottom + 1}`).sort();
}

describe.each(SAMPLE_FILES)("reading the shared sample %s", (file) => {
  test("gives the cells, merges and header fonts ExcelJS sees", async () => {
    const host = new FakeExcelHost(await loadXlsx(path.join(SAMPLES, file)));
    const grids = await portFor(host).readSheets();
    const expected = await readWithExcelJs(file);
    expect(grids.map((g) => g.name)).toEqual(expected.map((s) => s.name));
    grids.forEach((grid, i) => {
      expect(normalize(grid.rows)).toEqual(normalize(expected[i].rows));
      expect(a1Merges(grid)).toEqual(expected[i].merges);
      for (const [address, name] of Object.entries(grid.fonts ?? {})) {
        if (expected[i].fonts[address]) expect(name).toBe(expected[i].fonts[address]);
      }
    });
    expect(host.syncCount).toBeLessThanOrEqual(3);
  });
});

test("the TCVN3 sample's header fonts (.VnTimeH) reach the grid", async () => {
  const host = new FakeExcelHost(await loadXlsx(path.join(SAMPLES, "chi-bo-thon-4-tcvn3.xlsx")));
  const [grid] = await portFor(host).readSheets();
  const fonts = Object.values(grid.fonts ?? {});
  expect(fonts).toContain(".VnTimeH");
  expect(fonts).toContain(".VnTime");
});

function memberRows(count: number): CellValue[][] {
  const rows: CellValue[][] = [["STT", "Xếp loại", "Năm sinh"]];
  const levels = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];
  for (let i = 1; i <= count; i++) rows.push([i, levels[i % 4], 1950 + (i % 50)]);
  return rows;
}

test("reading 100,000 rows takes the same number of syncs as reading 100", async () => {
  const small = hostFor([{ name: "DS", rows: memberRows(100) }]);
  const large = hostFor([{ name: "DS", rows: memberRows(100_000) }]);
  const [smallGrid] = await portFor(small).readSheets();
  const [largeGrid] = await portFor(large).readSheets();
  expect(smallGrid.rows).toHaveLength(101);
  expect(largeGrid.rows).toHaveLength(100_001);
  expect(largeGrid.rows[100_000]).toEqual([100_000, "HTXSNV", 1950]);
  expect(large.syncCount).toBe(small.syncCount);
  expect(large.syncCount).toBeLessThanOrEqual(3);
});

test("a sheet that fits in the top rows is read in two syncs", async () => {
  const host = hostFor([
    { name: "A", rows: memberRows(HEAD_ROWS - 2) },
    { name: "B", rows: memberRows(5) },
  ]);
  await portFor(host).readSheets();
  expect(host.syncCount).toBe(2);
});

function wideRows(count: number): CellValue[][] {
  const rows: CellValue[][] = [["STT", "Họ và tên", "Chức vụ", "Số thẻ", "Xếp loại", "Ghi chú"]];
  for (let i = 1; i <= count; i++) {
    rows.push([
      i,
      `Nguyễn Thị Phương Thảo ${i}`,
      "Đảng viên chính thức",
      `12.${String(i).padStart(6, "0")}`,
      "Hoàn thành tốt nhiệm vụ",
      `Tổ dân phố số ${i % 40}`,
    ]);
  }
  return rows;
}

test("a sheet over the 5 MB limit is read in row blocks, each under the limit, and comes back whole", async () => {
  const rows = wideRows(60_000);
  const host = hostFor([{ name: "Đảng viên", rows }]);
  const [grid] = await portFor(host).readSheets();
  expect(grid.rows).toEqual(rows);
  expect(host.syncs.every((s) => s.error === null)).toBe(true);
  expect(host.syncs.every((s) => s.responseBytes <= DEFAULT_PAYLOAD_LIMIT)).toBe(true);
  const total = host.syncs.reduce((sum, s) => sum + s.responseBytes, 0);
  expect(total).toBeGreaterThan(DEFAULT_PAYLOAD_LIMIT);
  expect(host.syncCount).toBeGreaterThan(3);
});

test("when the estimate is too low and Excel refuses a sync as too large, smaller blocks are tried", async () => {
  // The top rows are short, the rest long: the estimate from the top is far too low.
  const rows: CellValue[][] = [];
  for (let i = 0; i < HEAD_ROWS; i++) rows.push([i, "x"]);
  for (let i = 0; i < 8_000; i++) rows.push([i, `${"Đảng viên ".repeat(80)}${i}`]);
  const host = hostFor([{ name: "Lệch", rows }]);
  const [grid] = await portFor(host).readSheets();
  expect(grid.rows).toEqual(rows);
  expect(host.syncs.some((s) => s.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
  expect(
    host.syncs.filter((s) => s.error === null).every((s) => s.responseBytes <= DEFAULT_PAYLOAD_LIMIT),
  ).toBe(true);
});

test("row 0 is the sheet's row 1: a used range starting at C3 is padded; values keep their types", async () => {
  const rows: CellValue[][] = [
    [],
    [],
    [null, null, "Họ và tên", "Điểm", "Đạt"],
    [null, null, "Lê Văn B", 92.5, true],
    [null, null, { error: "#REF!" }, 45658, false],
  ];
  const host = hostFor([{ name: "Lệch", rows }]);
  const [grid] = await portFor(host).readSheets();
  expect(grid.rows).toEqual(rows);
  expect(grid.rows[4][2]).toEqual({ error: "#REF!" });
});

test("an empty sheet reads as no rows", async () => {
  const host = hostFor([
    { name: "Trống", rows: [] },
    { name: "DS", rows: [["a"]] },
  ]);
  const grids = await portFor(host).readSheets();
  expect(grids[0]).toMatchObject({ name: "Trống", rows: [], merges: [] });
  expect(grids[1].rows).toEqual([["a"]]);
});

test("fonts need ExcelApi 1.9 and merged areas 1.13: older hosts read values only, without failing", async () => {
  const grids: Grid[] = [
    {
      name: "DS",
      rows: [["Tiêu đề"], ["a"]],
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
      fonts: { A1: ".VnTimeH" },
    },
  ];
  const old = hostFor(grids, { apiVersion: "1.7" });
  const [oldGrid] = await portFor(old).readSheets();
  expect(oldGrid.fonts).toBeUndefined();
  expect(oldGrid.merges).toBeUndefined();
  expect(oldGrid.rows).toEqual([["Tiêu đề"], ["a"]]);

  const middle = hostFor(grids, { apiVersion: "1.9" });
  const [middleGrid] = await portFor(middle).readSheets();
  expect(middleGrid.fonts?.A1).toBe(".VnTimeH");
  expect(middleGrid.merges).toBeUndefined();

  const recent = hostFor(grids, { apiVersion: "1.13" });
  const [recentGrid] = await portFor(recent).readSheets();
  expect(recentGrid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
});

test("fonts are kept for filled header cells and for text cells of the sample rows, not for blanks or numbers below", async () => {
  const rows = memberRows(200);
  const fonts: Record<string, string> = {};
  for (let r = 1; r <= 200; r++) {
    fonts[`A${r}`] = ".VnTime";
    fonts[`B${r}`] = ".VnTime";
  }
  const host = hostFor([{ name: "DS", rows, fonts }]);
  const [grid] = await portFor(host).readSheets();
  expect(grid.fonts?.A1).toBe(".VnTime"); // header area: every filled cell
  expect(grid.fonts?.A10).toBe(".VnTime");
  expect(grid.fonts?.B45).toBe(".VnTime"); // sample rows: text cells
  expect(grid.fonts?.A45).toBeUndefined(); // sample rows: a number
  expect(grid.fonts?.B150).toBeUndefined(); // beyond the sample
});

test("more than 512 merged areas: merges are read from the top rows instead of failing", async () => {
  const merges = [{ top: 0, left: 0, bottom: 0, right: 2 }];
  for (let r = 100; r < 700; r++) merges.push({ top: r, left: 1, bottom: r, right: 2 });
  const rows = memberRows(800);
  const host = hostFor([{ name: "DS", rows, merges }]);
  const [grid] = await portFor(host).readSheets();
  expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  expect(grid.rows).toEqual(rows);
});

test("progress is reported up to every sheet", async () => {
  const host = hostFor([
    { name: "A", rows: memberRows(10) },
    { name: "B", rows: memberRows(500) },
  ]);
  const calls: [number, number][] = [];
  await portFor(host).readSheets({ onProgress: (done, total) => calls.push([done, total]) });
  expect(calls[0]).toEqual([1, 2]);
  expect(calls[calls.length - 1]).toEqual([2, 2]);
});

test("in cell edit mode the read fails with a message saying what to do", async () => {
  const host = hostFor([{ name: "DS", rows: [["a"]] }]);
  host.cellEditMode = true;
  const error = await portFor(host)
    .readSheets()
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ExcelPortError);
  expect(error).toMatchObject({
    failure: "cell-edit-mode",
    code: "InvalidOperationInCellEditMode",
    operation: "read",
  });
  expect((error as Error).message).toContain("Hãy thoát chế độ sửa ô (nhấn Enter hoặc Esc) rồi thử lại");
});
