/**
 * The task pane opened in a plain browser (Office.onReady reports no host): open a shared sample
 * with the file picker, write the summary sheets with ExcelJS in the page, download the result and
 * check it with ExcelJS here. ExcelJS must arrive only when the file is opened.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { buildSummarySheets } from "../../src/core/summary/build";
import type { Analysis } from "../../src/core/types";
import { NO_HOST_OFFICE_JS } from "./fake-office/control";
import { OFFICE_JS_URL, foreignRequests, launchBrowser, type Browser } from "./support/browser";
import { DIST, analysisThroughExcelJs, samplePath, sampleBytes, sheetValues } from "./support/reference";
import { expectSummaryMatches } from "./support/summary-check";
import { startStaticServer, type StaticServer } from "../../scripts/static-server";
import { VI } from "../support/words";

const SAMPLE = "chi-bo-tdp-so-3-2025";
const OFFICE_JS_ORIGIN = new URL(OFFICE_JS_URL).origin;

let server: StaticServer;
let browser: Browser;
let page: Page;
let analysis: Analysis;
let downloads: string;

/** The pane's own scripts requested so far (office.js aside). */
function scriptsLoaded(): string[] {
  return browser.requests.filter((url) => url.startsWith(server.origin) && url.endsWith(".js"));
}

beforeAll(async () => {
  downloads = mkdtempSync(join(tmpdir(), "chibo-e2e-downloads-"));
  analysis = await analysisThroughExcelJs(SAMPLE);
  server = await startStaticServer([DIST]);
  browser = await launchBrowser(() => NO_HOST_OFFICE_JS);
  page = browser.page;
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByTestId("file-bar").waitFor({ timeout: 60000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

describe("the task pane in a plain browser", () => {
  it("asks for a file, without having loaded ExcelJS", async () => {
    await page.getByText("Ngăn chibo đang chạy ngoài Excel").waitFor();
    const before = scriptsLoaded();
    expect(before.length).toBeGreaterThan(0);
    expect(before.some((url) => /\/xlsx\.[0-9a-f]+\.js$/.test(url))).toBe(false);
  });

  it("opens a sample with the file picker and loads ExcelJS for it", async () => {
    await page.getByTestId("file-input").setInputFiles(samplePath(SAMPLE));
    // It opens on the answer: the error count and the next step, the mapping one click away.
    await page.getByTestId("answer-errors").waitFor({ timeout: 60000 });
    const errors = analysis.issues.filter((i) => i.severity === "error").length;
    await expect(page.getByTestId("answer-errors").textContent()).resolves.toContain(String(errors));
    await page.getByTestId("edit-mapping").click();
    await page.getByTestId("sheet-card").first().waitFor({ timeout: 60000 });
    expect(scriptsLoaded().some((url) => /\/xlsx\.[0-9a-f]+\.js$/.test(url))).toBe(true);
    expect(await page.getByTestId("sheet-card").count()).toBe(analysis.sheets.length);
    await expect(page.getByTestId("file-name").textContent()).resolves.toBe(`${SAMPLE}.xlsx`);
  });

  it("refuses a file that is not a workbook with a message in Vietnamese, and keeps working", async () => {
    await page.getByTestId("file-input").setInputFiles({
      name: "ghi-chu.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from("Đây không phải sổ Excel"),
    });
    const error = page.getByTestId("error");
    await error.waitFor({ timeout: 60000 });
    await expect(error.textContent()).resolves.toContain("không phải sổ tính chibo đọc được");
    await page.getByTestId("file-input").setInputFiles(samplePath(SAMPLE));
    await page.getByTestId("answer-errors").waitFor({ timeout: 60000 });
    expect(await page.getByTestId("error").count()).toBe(0);
  });

  it("re-checks the file from disk, and asks for the corrected file once it has changed", async () => {
    const copy = join(downloads, "dang-sua.xlsx");
    copyFileSync(samplePath(SAMPLE), copy);
    await page.getByTestId("file-input").setInputFiles(copy);
    await page.getByTestId("file-name").getByText("dang-sua.xlsx").waitFor({ timeout: 60000 });
    await page.getByTestId("answer-errors").waitFor({ timeout: 60000 });
    const recheck = page.getByRole("button", { name: "Kiểm tra lại" });
    // Unchanged on disk: read again, no question asked.
    await recheck.click();
    await page.getByTestId("answer-errors").waitFor({ timeout: 60000 });
    expect(await page.getByTestId("pick-again").count()).toBe(0);
    // The clerk corrects the file (here: another workbook saved over it): the old copy is not re-checked.
    writeFileSync(copy, readFileSync(samplePath("chi-bo-thon-4-tcvn3")));
    await recheck.click();
    await page.getByTestId("pick-again").waitFor({ timeout: 60000 });
    await page.getByTestId("file-input").setInputFiles(copy);
    await page.getByTestId("answer-errors").waitFor({ timeout: 60000 });
    expect(await page.getByTestId("pick-again").count()).toBe(0);
    await page.getByTestId("file-input").setInputFiles(samplePath(SAMPLE));
    await page.getByTestId("file-name").getByText(`${SAMPLE}.xlsx`).waitFor({ timeout: 60000 });
    await page.getByTestId("answer-errors").waitFor({ timeout: 60000 });
  });

  it("writes the summary sheets and downloads a workbook that holds them, sources untouched", async () => {
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.getByTestId("report-date").fill("2025-12-20");
    await page.getByTestId("write-summary").click();
    const report = page.getByTestId("write-report");
    await report.waitFor({ timeout: 60000 });
    const written = await report
      .getByTestId("written-sheet")
      .evaluateAll((items) => items.map((i) => i.getAttribute("data-sheet") ?? ""));
    const requested = buildSummarySheets(analysis, { words: VI }).map((s) => s.name);
    expect(written).toHaveLength(requested.length);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download").click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${SAMPLE} (chibo).xlsx`);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = new Uint8Array(readFileSync(file));

    await expectSummaryMatches(
      bytes,
      analysis,
      Object.fromEntries(requested.map((name, i) => [name, written[i]])),
    );

    // Every source sheet comes back with the values it had.
    const original = new ExcelJS.Workbook();
    await original.xlsx.load(Buffer.from(sampleBytes(SAMPLE)) as unknown as ArrayBuffer);
    const result = new ExcelJS.Workbook();
    await result.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    for (const ws of original.worksheets) {
      const after = result.getWorksheet(ws.name);
      expect(after).toBeDefined();
      expect(sheetValues(after as ExcelJS.Worksheet)).toEqual(sheetValues(ws));
    }
  });

  it("runs without a script error or a Content-Security-Policy violation", () => {
    expect(browser.errors).toEqual([]);
  });

  it("sends no request beyond 127.0.0.1", () => {
    expect(foreignRequests(browser.requests)).toEqual([]);
  });

  // Last, as it makes the page try to reach another host on purpose.
  it("carries a Content-Security-Policy that lets scripts and connections come only from here and office.js", async () => {
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    const directives = Object.fromEntries(
      (policy ?? "").split(";").map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives["script-src"]).toEqual(["'self'", OFFICE_JS_ORIGIN]);
    expect(directives["connect-src"]).toEqual(["'self'", OFFICE_JS_ORIGIN]);
    expect(directives["default-src"]).toEqual(["'self'"]);

    const violated = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective), {
            once: true,
          });
          fetch("http://192.0.2.1/").catch(() => undefined);
        }),
    );
    expect(violated).toBe("connect-src");
  });
});
