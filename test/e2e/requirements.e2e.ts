/**
 * The task pane in an Excel too old for it (the fake host answering isSetSupported false for
 * ExcelApi 1.7, as Excel 2016 does): a clear message in Vietnamese (English when Office is in
 * English), the Excel versions that do run it, and the way to the offline file and the CLI, with
 * no attempt to read the workbook. In an Excel with exactly ExcelApi 1.7 the pane works.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { fakeOfficeScript, type FakeOfficeControl, type FakeSeed } from "./fake-office/control";
import { foreignRequests, launchBrowser, type Browser } from "./support/browser";
import { DIST, FAKE_OFFICE_BUNDLE, ROOT, sampleBytes } from "./support/reference";
import { startStaticServer, type StaticServer } from "../../scripts/static-server";

declare global {
  interface Window {
    __chiboFake: FakeOfficeControl;
  }
}

const VERSION = (JSON.parse(readFileSync(`${ROOT}/package.json`, "utf8")) as { version: string }).version;

let server: StaticServer;
let browser: Browser;
let page: Page;
let bundle: string;
let officeJs = "";

function seed(extra: Partial<FakeSeed>): FakeSeed {
  return { xlsxBase64: Buffer.from(sampleBytes("chi-bo-tdp-so-3-2025")).toString("base64"), ...extra };
}

async function reopen(extra: Partial<FakeSeed>): Promise<void> {
  officeJs = fakeOfficeScript(bundle, seed(extra));
  await page.goto(`${server.origin}/taskpane.html`);
}

beforeAll(async () => {
  bundle = readFileSync(FAKE_OFFICE_BUNDLE, "utf8");
  server = await startStaticServer([DIST]);
  browser = await launchBrowser(() => officeJs);
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the pane in an Excel that lacks ExcelApi 1.7", () => {
  it("says so in Vietnamese, names the Excel versions that run it, and leads to the offline file", async () => {
    await reopen({ apiVersion: "1.1" });
    const message = page.getByTestId("unsupported");
    await message.waitFor({ timeout: 60000 });
    const text = await message.textContent();
    expect(text).toContain("Excel này chưa chạy được phần bổ trợ chibo");
    expect(text).toContain("ExcelApi 1.7");
    expect(text).toContain("Excel 2016");
    const link = page.getByTestId("offline-link");
    await expect(link.textContent()).resolves.toBe("Tải bản ngoại tuyến chibo.html");
    await expect(link.getAttribute("href")).resolves.toBe(`${server.origin}/chibo.html`);
    await expect(page.locator("body").textContent()).resolves.toContain("chibo check");
    await expect(page.getByTestId("footer-version").textContent()).resolves.toBe(`chibo ${VERSION}`);
    // Nothing was tried on the workbook: no tab, no read.
    expect(await page.getByRole("tab").count()).toBe(0);
    expect(await page.evaluate(() => window.__chiboFake.syncCount())).toBe(0);
  });

  it("says so in English when Office is in English", async () => {
    await reopen({ apiVersion: "1.6", displayLanguage: "en-US" });
    const message = page.getByTestId("unsupported");
    await message.waitFor({ timeout: 60000 });
    await expect(message.textContent()).resolves.toContain("This Excel cannot run the chibo add-in");
    await expect(page.getByTestId("offline-link").textContent()).resolves.toBe(
      "Download the offline file chibo.html",
    );
  });

  it("opens the pane as usual in an Excel with exactly ExcelApi 1.7", async () => {
    await reopen({ apiVersion: "1.7" });
    // The pane opens on its answer once the workbook was read.
    await page.getByTestId("answer-errors").waitFor({ timeout: 60000 });
    expect(await page.getByTestId("unsupported").count()).toBe(0);
    await expect(page.getByTestId("footer-version").textContent()).resolves.toBe(`chibo ${VERSION}`);
  });

  it("runs without a script error, and sends nothing beyond 127.0.0.1", () => {
    expect(browser.errors).toEqual([]);
    expect(foreignRequests(browser.requests)).toEqual([]);
  });
});
