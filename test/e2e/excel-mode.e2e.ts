/**
 * The task pane inside a simulated Excel: the production build in headless Chromium, office.js
 * replaced by the fake Excel host seeded from a shared sample. Recognize the sheets, list the
 * sample's planted issues, go to a cell, write the summary sheets and check their numbers, write
 * and read back the criteria sheet, and reopen the pane where it was left.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { rulesInForce } from "../../src/core/criteria/rule-ids";
import { buildSummarySheets } from "../../src/core/summary/build";
import type { SheetMapping } from "../../src/core/analyze";
import type { Analysis } from "../../src/core/types";
import { fakeOfficeScript, type FakeOfficeControl, type FakeSeed } from "./fake-office/control";
import { foreignRequests, launchBrowser, type Browser } from "./support/browser";
import {
  DIST,
  FAKE_OFFICE_BUNDLE,
  SCREENSHOTS,
  analysisThroughFakeExcel,
  cellHoldsNaN,
  mustReport,
  sampleBytes,
} from "./support/reference";
import { expectSummaryMatches } from "./support/summary-check";
import { startStaticServer, type StaticServer } from "../../scripts/static-server";
import { VI } from "../support/words";

const SAMPLE = "chi-bo-tdp-so-3-2025";

declare global {
  interface Window {
    __chiboFake: FakeOfficeControl;
  }
}

let server: StaticServer;
let browser: Browser;
let page: Page;
let analysis: Analysis;
let bundle: string;
/** What the next load of office.js gets: the fake host on this seed. */
let officeJs = "";

function seed(extra: Partial<FakeSeed> = {}): FakeSeed {
  return { xlsxBase64: Buffer.from(sampleBytes(SAMPLE)).toString("base64"), ...extra };
}

async function openPane(): Promise<void> {
  browser = await launchBrowser(() => officeJs);
  page = browser.page;
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByTestId("answer-errors").waitFor({ timeout: 60000 });
}

async function showTab(name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
}

async function screenshot(file: string): Promise<void> {
  await page.screenshot({ path: resolve(SCREENSHOTS, file), fullPage: true });
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  bundle = readFileSync(FAKE_OFFICE_BUNDLE, "utf8");
  analysis = await analysisThroughFakeExcel(SAMPLE);
  server = await startStaticServer([DIST]);
  officeJs = fakeOfficeScript(bundle, seed());
  await openPane();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the task pane inside Excel (fake host)", () => {
  it("opens on the answer: the error count on the first view and on the tab", async () => {
    const errors = analysis.issues.filter((i) => i.severity === "error").length;
    await expect(page.getByTestId("answer-errors").textContent()).resolves.toContain(String(errors));
    await expect(page.getByRole("tab", { name: "Tổng hợp" }).getAttribute("aria-selected")).resolves.toBe(
      "true",
    );
    // Fluent renders a tab's content twice (the second, hidden, reserves the width of bold text).
    await expect(page.getByTestId("issues-tab-count").first().textContent()).resolves.toContain(
      String(errors),
    );
  });

  it("recognizes the sample's sheets as the analysis does, in Vietnamese", async () => {
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
    await page.getByTestId("edit-mapping").click();
    await page.getByTestId("sheet-card").first().waitFor();
    const cards = page.getByTestId("sheet-card");
    expect(await cards.count()).toBe(analysis.sheets.length);
    for (const sheet of analysis.sheets) {
      const card = page.locator(`[data-testid="sheet-card"][data-sheet="${sheet.name}"]`);
      await expect(card.getByTestId("kind-select").inputValue()).resolves.toBe(sheet.kind);
      const letters = await card
        .locator("input")
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      expect(letters).toEqual(expect.arrayContaining(Object.values(sheet.columns)));
    }
    expect(analysis.sheets.map((s) => s.kind)).toEqual(expect.arrayContaining(["members", "meetings"]));
    await page.getByRole("tab", { name: "Nhận diện" }).waitFor();
    await screenshot("nhan-dien.png");
  });

  it("lists every issue the sample must report", async () => {
    await showTab("Kiểm tra");
    const issues = page.getByTestId("issue");
    await issues.first().waitFor();
    expect(await issues.count()).toBe(analysis.issues.length);
    for (const must of mustReport(SAMPLE)) {
      const at =
        `[data-testid="issue"][data-sheet="${must.sheet}"]` + (must.cell ? `[data-cell="${must.cell}"]` : "");
      if (must.cell && (await cellHoldsNaN(SAMPLE, must.sheet, must.cell))) {
        // The shared sample lost this planted score: its cell holds NaN, which no spreadsheet holds.
        // What the pane lists there is then exactly what the analysis found there.
        const codes = await page
          .locator(at)
          .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-code")));
        expect(codes).toEqual(
          analysis.issues.filter((i) => i.sheet === must.sheet && i.cell === must.cell).map((i) => i.code),
        );
        continue;
      }
      const found = await page.locator(`${at}[data-code="${must.code}"]`).count();
      expect({ must, found }).toEqual({ must, found: 1 });
    }
    await screenshot("kiem-tra.png");
  });

  it("selects an issue's cell in Excel on a click, and on Enter from the keyboard", async () => {
    const [clicked, typed] = mustReport(SAMPLE).filter((m) => m.cell && m.sheet === "Danh sách ĐV");
    await page
      .locator(`[data-testid="issue"][data-sheet="${clicked.sheet}"][data-cell="${clicked.cell}"]`)
      .first()
      .click();
    await page
      .getByTestId("issue-status")
      .getByText(clicked.cell as string)
      .waitFor();
    expect(await page.evaluate(() => window.__chiboFake.selection())).toEqual({
      sheet: clicked.sheet,
      address: clicked.cell,
    });

    await page
      .locator(`[data-testid="issue"][data-sheet="${typed.sheet}"][data-cell="${typed.cell}"]`)
      .first()
      .focus();
    await page.keyboard.press("Enter");
    await page
      .getByTestId("issue-status")
      .getByText(typed.cell as string)
      .waitFor();
    expect(await page.evaluate(() => window.__chiboFake.selection())).toEqual({
      sheet: typed.sheet,
      address: typed.cell,
    });
  });

  it("filters the issues by severity and by text typed without diacritics", async () => {
    await page.getByTestId("filter-warning").click();
    const warnings = analysis.issues.filter((i) => i.severity === "warning").length;
    expect(await page.getByTestId("issue").count()).toBe(warnings);
    await page.getByTestId("filter-all").click();
    await page.getByRole("searchbox").fill("hoan thang");
    const shown = page.getByTestId("issue");
    expect(await shown.count()).toBeGreaterThan(0);
    for (const code of await shown.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-code")))) {
      expect(code).toBe("invalid-level");
    }
    await page.getByRole("searchbox").fill("");
  });

  it("shows the key figures and writes the summary sheets with numbers equal to the analysis", async () => {
    await showTab("Tổng hợp");
    const members = analysis.results.members;
    expect(members).toBeDefined();
    const counts = await page
      .getByTestId("members-figures")
      .getByTestId("level-count")
      .evaluateAll((cells) => cells.map((c) => Number((c.textContent ?? "").replace(/\./g, ""))));
    expect(counts).toEqual(
      ["HTXSNV", "HTTNV", "HTNV", "KHTNV"].map((k) => members?.levels[k as "HTNV"].count),
    );
    await expect(page.getByTestId("bar-chart").count()).resolves.toBeGreaterThan(0);

    await page.getByTestId("write-summary").click();
    const report = page.getByTestId("write-report");
    await report.waitFor({ timeout: 60000 });
    await screenshot("tong-hop.png");

    const written = await report
      .getByTestId("written-sheet")
      .evaluateAll((items) => items.map((i) => i.getAttribute("data-sheet") ?? ""));
    const requested = buildSummarySheets(analysis, { words: VI }).map((s) => s.name);
    expect(written).toHaveLength(requested.length);
    const names = Object.fromEntries(requested.map((name, i) => [name, written[i]]));
    expect(await page.evaluate(() => window.__chiboFake.sheetNames())).toEqual(
      expect.arrayContaining(written),
    );

    const saved = Buffer.from(await page.evaluate(() => window.__chiboFake.save()), "base64");
    await expectSummaryMatches(new Uint8Array(saved), analysis, names);
  });

  it("writes the criteria as a sheet and reads it back", async () => {
    await showTab("Tiêu chí");
    await expect(page.getByTestId("criteria-in-use").textContent()).resolves.toContain(
      analysis.criteria.title,
    );
    // Every rule in force with its source, as the sheet and `chibo presets --explain` give them.
    const sources = page.getByTestId("rule-sources");
    for (const rule of rulesInForce(analysis.criteria))
      await expect(sources.locator(`[data-rule="${rule}"]`).count()).resolves.toBe(1);
    for (const source of analysis.criteria.ruleSources)
      await expect(sources.textContent()).resolves.toContain(source.document);
    await page.getByTestId("write-criteria").click();
    await page.getByTestId("criteria-written").waitFor({ timeout: 60000 });
    await page.getByTestId("read-criteria").click();
    const readBack = page.getByTestId("criteria-read");
    await readBack.waitFor({ timeout: 60000 });
    await expect(readBack.textContent()).resolves.toContain("hợp lệ");
    await screenshot("tieu-chi.png");
  });

  it("saves a column correction in the workbook settings and analyses again", async () => {
    await showTab("Nhận diện");
    const members = analysis.sheets.find((s) => s.kind === "members");
    expect(members?.columns.notes).toBeDefined();
    const card = page.locator(`[data-testid="sheet-card"][data-sheet="${members?.name}"]`);
    const notes = card.getByRole("textbox", { name: "Cột chứa “Ghi chú”" });
    await notes.fill("Z");
    await notes.press("Enter");
    await card.getByText("Đã chỉnh tay").waitFor({ timeout: 60000 });
    const settings = await page.evaluate(() => window.__chiboFake.settings());
    const mappings = settings["chibo.mappings"] as Record<string, { columns: Record<string, string> }>;
    expect(mappings[members?.name as string].columns.notes).toBe("Z");

    // A letter that is no column is refused and nothing more is saved.
    const level = card.getByRole("textbox", { name: "Cột chứa “Mức xếp loại”" });
    await level.fill("12");
    await level.press("Enter");
    await card.getByText("không phải tên cột").waitFor();
    expect(await page.evaluate(() => window.__chiboFake.settings())).toEqual(settings);
  });

  it("reopens where it was left: the tab and filter from the browser, the correction from the workbook", async () => {
    await showTab("Kiểm tra");
    await page.getByTestId("filter-error").click();
    // Closing the pane and opening it again on the workbook as saved: the page loads anew, with
    // the document settings the workbook now carries.
    const settings = await page.evaluate(() => window.__chiboFake.settings());
    officeJs = fakeOfficeScript(bundle, seed({ settings }));
    await page.reload();
    await page.getByTestId("issue").first().waitFor({ timeout: 60000 });
    await expect(page.getByRole("tab", { name: "Kiểm tra" }).getAttribute("aria-selected")).resolves.toBe(
      "true",
    );
    await expect(page.getByTestId("filter-error").getAttribute("aria-pressed")).resolves.toBe("true");
    const severities = await page
      .getByTestId("issue")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-severity")));
    const corrected = await analysisThroughFakeExcel(
      SAMPLE,
      settings["chibo.mappings"] as Record<string, SheetMapping>,
    );
    expect(severities.length).toBe(corrected.issues.filter((i) => i.severity === "error").length);
    expect(new Set(severities)).toEqual(new Set(["error"]));

    await showTab("Nhận diện");
    await page.getByText("Đã chỉnh tay").first().waitFor();
  });

  it("speaks English when Office's display language is English", async () => {
    officeJs = fakeOfficeScript(bundle, seed({ displayLanguage: "en-US" }));
    await page.reload();
    await page.getByRole("tab", { name: "Recognition" }).waitFor({ timeout: 60000 });
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await expect(page.getByRole("tab", { name: "Checks" }).count()).resolves.toBe(1);
    await expect(page.getByRole("tab", { name: "Kiểm tra" }).count()).resolves.toBe(0);
  });

  it("runs without a script error or a Content-Security-Policy violation", () => {
    expect(browser.errors).toEqual([]);
  });

  it("sends no request beyond 127.0.0.1", () => {
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(browser.requests)).toEqual([]);
  });
});
