/**
 * The "Gộp báo cáo" view end to end, on the production build in headless Chromium: three generated
 * unit workbooks and a corrupt file are chosen (with the file picker, and by dropping one), each
 * file's status shows as it is read, and the consolidated sheets are written. In a plain browser
 * with no workbook open they are downloaded as a new workbook; inside the simulated Excel they are
 * written into the open workbook. Either result is checked here with ExcelJS: one row per unit in
 * "TH Đảng viên" and a total equal to the members counted directly, and the corrupt file listed
 * as unreadable in "Đơn vị đã nộp".
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { LEVEL_KEYS } from "../../src/core/criteria/levels";
import { UNITS_SHEET_NAME } from "../../src/core/rollup";
import { LEVEL_TABLE_COLUMNS, SUMMARY_SHEET_NAMES } from "../../src/core/summary/build";
import { decodeMarker, type SummaryMarker } from "../../src/core/summary/marker";
import { foldText } from "../../src/core/text";
import { t } from "../../src/i18n";
import { countMembers, generateCells, writeUnitFiles, type GeneratedUnit } from "../support/generate-units";
import { NO_HOST_OFFICE_JS, fakeOfficeScript, type FakeOfficeControl } from "./fake-office/control";
import { foreignRequests, launchBrowser, type Browser } from "./support/browser";
import { DIST, FAKE_OFFICE_BUNDLE, SCREENSHOTS } from "./support/reference";
import { startStaticServer, type StaticServer } from "../../scripts/static-server";

declare global {
  interface Window {
    __chiboFake: FakeOfficeControl;
  }
}

const WARD = "Đảng bộ phường Đồng Tâm";
const CORRUPT = "hong.xlsx";
/** Expected in the list, but no file sent. */
const NOT_SENT = "Chi bộ Tổ dân phố số 4";

let server: StaticServer;
let dir: string;
let units: GeneratedUnit[];
let unitFiles: string[];
let corruptFile: string;
let listFile: string;

/** A workbook the ward keeps: the list of its cells under a header, its name in the title. */
async function wardListWorkbook(names: readonly string[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Danh sách chi bộ");
  ws.getCell("A1").value = WARD.toLocaleUpperCase("vi");
  ws.getCell("A3").value = "STT";
  ws.getCell("B3").value = "Tên đơn vị";
  names.forEach((name, i) => {
    ws.getCell(`A${4 + i}`).value = i + 1;
    ws.getCell(`B${4 + i}`).value = name;
  });
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), "chibo-e2e-rollup-"));
  units = generateCells(WARD, 3, 41);
  unitFiles = await writeUnitFiles(join(dir, "units"), units);
  // The first bytes of a real workbook: a zip that ends too soon, as a download cut off does.
  corruptFile = join(dir, CORRUPT);
  writeFileSync(corruptFile, readFileSync(unitFiles[0]).subarray(0, 300));
  listFile = join(dir, "danh-sach-chi-bo.xlsx");
  writeFileSync(listFile, await wardListWorkbook([...units.map((u) => u.name), NOT_SENT]));
  server = await startStaticServer([DIST]);
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Drops a file on the drop zone, as the mouse would (a DataTransfer holding it). */
async function dropFile(page: Page, path: string): Promise<void> {
  const bytes = Array.from(readFileSync(path));
  const name = basename(path);
  const transfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name));
      return data;
    },
    { bytes, name },
  );
  const zone = page.getByTestId("rollup-drop");
  await zone.dispatchEvent("dragover", { dataTransfer: transfer });
  await zone.dispatchEvent("drop", { dataTransfer: transfer });
}

/** Whether the page fits its viewport's width (a task pane is narrow). */
function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

async function rowStatuses(page: Page): Promise<Record<string, string>> {
  const rows = await page
    .getByTestId("rollup-row")
    .evaluateAll((items) =>
      items.map((r) => [r.getAttribute("data-file") ?? "", r.getAttribute("data-status") ?? ""]),
    );
  return Object.fromEntries(rows);
}

/** Chooses the files (three with the picker, the corrupt one dropped) and consolidates them from the keyboard. */
async function consolidate(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Gộp báo cáo" }).click();
  await page.getByTestId("rollup").waitFor();
  await page.getByTestId("rollup-files-input").setInputFiles(unitFiles);
  await dropFile(page, corruptFile);
  await page.getByTestId("rollup-row").nth(3).waitFor();
  const waiting = await rowStatuses(page);
  expect(waiting).toEqual(
    Object.fromEntries([...unitFiles.map((f) => basename(f)), CORRUPT].map((f) => [f, "waiting"])),
  );
  const start = page.getByTestId("rollup-start");
  await expect(start.textContent()).resolves.toBe("Gộp 4 tệp");
  await start.focus();
  await page.keyboard.press("Enter");
  await page.getByTestId("rollup-result").waitFor({ timeout: 120000 });
}

/** Each file's status as the table shows it once the roll-up is done, and the figures shown. */
async function expectStatusesAndFigures(page: Page): Promise<void> {
  const statuses = await rowStatuses(page);
  for (const file of unitFiles) expect(statuses[basename(file)]).toBe("raw");
  expect(statuses[CORRUPT]).toBe("unreadable");
  expect(statuses[""]).toBe("missing");
  const corruptRow = page.locator(`[data-testid="rollup-row"][data-file="${CORRUPT}"]`);
  await expect(corruptRow.getByTestId("rollup-status").textContent()).resolves.toBe(
    t("vi", "rollup.status.unreadable"),
  );
  await expect(corruptRow.getByTestId("rollup-errors").textContent()).resolves.toBe("1");
  await expect(page.getByTestId("rollup-progress").textContent()).resolves.toContain("Đã đọc 4/4 tệp");

  const unitNames = await page
    .getByTestId("rollup-row")
    .evaluateAll((rows) =>
      rows
        .filter((r) => r.getAttribute("data-status") === "raw")
        .map((r) => r.querySelector('[data-testid="rollup-unit-name"]')?.textContent ?? ""),
    );
  expect(unitNames.map(foldText).sort()).toEqual(units.map((u) => foldText(u.name)).sort());

  const direct = countMembers(units);
  const counts = await page
    .getByTestId("rollup-members")
    .getByTestId("level-count")
    .evaluateAll((cells) => cells.map((c) => Number((c.textContent ?? "").replace(/\./g, ""))));
  expect(counts).toEqual(LEVEL_KEYS.map((level) => direct.counts[level]));
  const missing = page.locator('[data-testid="rollup-issue"][data-code="missing-unit"]');
  await expect(missing.count()).resolves.toBe(1);
  await expect(missing.textContent()).resolves.toContain(NOT_SENT);
}

function markerOf(ws: ExcelJS.Worksheet): SummaryMarker {
  const values = (ws.getRow(1).values as unknown[]).slice(1);
  const marker = values.map((v) => decodeMarker(typeof v === "string" ? v : null)).find(Boolean);
  if (!marker) throw new Error(`no chibo marker on "${ws.name}"`);
  return marker;
}

function numberAt(ws: ExcelJS.Worksheet, row: number, col0: number): number {
  const value = ws.getRow(row).getCell(col0 + 1).value;
  if (typeof value !== "number") throw new Error(`${ws.name} row ${row}: ${String(value)} is no number`);
  return value;
}

/** The consolidated workbook: one row per unit with its members, a total that adds up, the corrupt file listed. */
async function expectConsolidatedWorkbook(bytes: Uint8Array, unitName: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const members = book.getWorksheet(SUMMARY_SHEET_NAMES.members);
  expect(members).toBeDefined();
  const ws = members as ExcelJS.Worksheet;
  const marker = markerOf(ws);
  expect(foldText(marker.unit)).toBe(foldText(unitName));
  const rows: { unit: string; total: number }[] = [];
  for (let r = marker.firstDataRow; r < marker.totalRow; r++)
    rows.push({
      unit: String(ws.getRow(r).getCell(LEVEL_TABLE_COLUMNS.unit + 1).value ?? ""),
      total: numberAt(ws, r, LEVEL_TABLE_COLUMNS.total),
    });
  // One row per unit, each with the members that unit has.
  expect(rows.map((r) => foldText(r.unit)).sort()).toEqual(units.map((u) => foldText(u.name)).sort());
  for (const unit of units) {
    const row = rows.find((r) => foldText(r.unit) === foldText(unit.name));
    expect({ unit: unit.name, total: row?.total }).toEqual({ unit: unit.name, total: unit.members.length });
  }
  // The total row is the sum of the rows, and what counting every member directly gives.
  const total = numberAt(ws, marker.totalRow, LEVEL_TABLE_COLUMNS.total);
  expect(total).toBe(rows.reduce((sum, r) => sum + r.total, 0));
  expect(total).toBe(countMembers(units).total);
  const direct = countMembers(units);
  LEVEL_KEYS.forEach((level, i) =>
    expect({ level, count: numberAt(ws, marker.totalRow, LEVEL_TABLE_COLUMNS.firstLevel + 2 * i) }).toEqual({
      level,
      count: direct.counts[level],
    }),
  );

  const listed = book.getWorksheet(UNITS_SHEET_NAME);
  expect(listed).toBeDefined();
  const listedSheet = listed as ExcelJS.Worksheet;
  const unitsMarker = markerOf(listedSheet);
  const lines: string[][] = [];
  for (let r = unitsMarker.firstDataRow; r < unitsMarker.totalRow; r++)
    lines.push(
      (listedSheet.getRow(r).values as unknown[])
        .slice(1)
        .map((v) => (v === null || v === undefined ? "" : String(v))),
    );
  const corrupt = lines.find((line) => line.includes(CORRUPT));
  expect(corrupt).toBeDefined();
  expect(corrupt).toContain(t("vi", "rollup.status.unreadable"));
  expect(corrupt).toContain(t("vi", "rollup.read.corrupt"));
  // Every file chosen is listed, and the unit that sent none.
  for (const file of unitFiles) expect(lines.some((line) => line.includes(basename(file)))).toBe(true);
  expect(
    lines.some((line) => line.includes(NOT_SENT) && line.includes(t("vi", "rollup.status.missing"))),
  ).toBe(true);
}

describe("roll-up in a plain browser, no workbook open", () => {
  let browser: Browser;
  let page: Page;
  let downloads: string;

  beforeAll(async () => {
    downloads = mkdtempSync(join(tmpdir(), "chibo-e2e-downloads-"));
    browser = await launchBrowser(() => NO_HOST_OFFICE_JS);
    page = browser.page;
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByTestId("file-bar").waitFor({ timeout: 60000 });
  });

  afterAll(async () => {
    await browser?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it("takes a list of expected units as text and a unit name typed in", async () => {
    await page.getByRole("tab", { name: "Gộp báo cáo" }).click();
    await page.getByTestId("rollup-expected-input").setInputFiles({
      name: "don-vi.txt",
      mimeType: "text/plain",
      buffer: Buffer.from([...units.map((u) => u.name), NOT_SENT].join("\n"), "utf8"),
    });
    await page.getByTestId("rollup-expected").getByText("4 đơn vị").waitFor();
    await page.getByRole("textbox", { name: /Tên đơn vị tổng hợp/ }).fill(WARD);
  });

  it("shows each file's status, the consolidated figures and the missing unit", async () => {
    await consolidate(page);
    await expectStatusesAndFigures(page);
  });

  it("downloads a new workbook holding the consolidated sheets", async () => {
    const write = page.getByTestId("rollup-write");
    await expect(write.textContent()).resolves.toBe("Tải sổ tổng hợp");
    const [download] = await Promise.all([page.waitForEvent("download"), write.click()]);
    expect(download.suggestedFilename()).toMatch(/^Tổng hợp .+ 2025\.xlsx$/);
    await page.getByTestId("rollup-downloaded").waitFor();
    const file = join(downloads, "rollup.xlsx");
    await download.saveAs(file);
    await expectConsolidatedWorkbook(new Uint8Array(readFileSync(file)), WARD);
  });

  it("runs without a script error, and sends nothing beyond 127.0.0.1", () => {
    expect(browser.errors).toEqual([]);
    expect(foreignRequests(browser.requests)).toEqual([]);
  });
});

describe("roll-up inside Excel (fake host)", () => {
  let browser: Browser;
  let page: Page;
  let bundle: string;
  let officeJs = "";

  beforeAll(async () => {
    bundle = readFileSync(FAKE_OFFICE_BUNDLE, "utf8");
    // The ward's own workbook is open: its list of cells, into which the roll-up is written.
    officeJs = fakeOfficeScript(bundle, { xlsxBase64: readFileSync(listFile).toString("base64") });
    browser = await launchBrowser(() => officeJs);
    page = browser.page;
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByTestId("answer").waitFor({ timeout: 60000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("reads the expected units from a workbook, the ward's name from its title", async () => {
    await page.getByRole("tab", { name: "Gộp báo cáo" }).click();
    await page.getByTestId("rollup-expected-input").setInputFiles(listFile);
    await page.getByTestId("rollup-expected").getByText("4 đơn vị").waitFor({ timeout: 60000 });
    const placeholder = await page
      .getByRole("textbox", { name: /Tên đơn vị tổng hợp/ })
      .getAttribute("placeholder");
    expect(foldText(placeholder ?? "")).toBe(foldText(WARD));
  });

  it("shows each file's status, the consolidated figures and the missing unit", async () => {
    await consolidate(page);
    await expectStatusesAndFigures(page);
    await page.screenshot({ path: resolve(SCREENSHOTS, "gop-bao-cao.png"), fullPage: true });
    // Five tabs and the status table fit the pane's width: nothing to scroll sideways.
    await expect(fitsWidth(page)).resolves.toBe(true);
  });

  it("writes the consolidated sheets into the open workbook, its own sheet kept", async () => {
    const write = page.getByTestId("rollup-write");
    await expect(write.textContent()).resolves.toBe("Ghi các trang tổng hợp vào sổ");
    await write.click();
    const report = page.getByTestId("write-report");
    await report.waitFor({ timeout: 60000 });
    const written = await report
      .getByTestId("written-sheet")
      .evaluateAll((items) => items.map((i) => i.getAttribute("data-sheet") ?? ""));
    expect(written).toEqual(expect.arrayContaining([SUMMARY_SHEET_NAMES.members, UNITS_SHEET_NAME]));
    const sheets = await page.evaluate(() => window.__chiboFake.sheetNames());
    expect(sheets).toEqual(["Danh sách chi bộ", ...written]);

    const saved = Buffer.from(await page.evaluate(() => window.__chiboFake.save()), "base64");
    await expectConsolidatedWorkbook(new Uint8Array(saved), WARD);
  });

  it("keeps the files and the result when the user goes to another tab and back", async () => {
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("tab", { name: "Gộp báo cáo" }).click();
    await expect(page.getByTestId("rollup-row").count()).resolves.toBe(5);
    await page.getByTestId("rollup-result").waitFor();
  });

  it("speaks English when Office's display language is English", async () => {
    officeJs = fakeOfficeScript(bundle, {
      xlsxBase64: readFileSync(listFile).toString("base64"),
      displayLanguage: "en-US",
    });
    await page.reload();
    await page.getByRole("tab", { name: "Roll-up" }).click({ timeout: 60000 });
    await page.getByRole("button", { name: "Choose files…" }).waitFor();
    await expect(page.getByTestId("rollup-start").textContent()).resolves.toBe("Consolidate 0 files");
    await expect(fitsWidth(page)).resolves.toBe(true);
  });

  it("runs without a script error, and sends nothing beyond 127.0.0.1", () => {
    expect(browser.errors).toEqual([]);
    expect(foreignRequests(browser.requests)).toEqual([]);
  });
});
