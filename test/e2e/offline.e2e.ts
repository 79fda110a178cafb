/**
 * chibo.html, the offline file (`npm run build:offline`), opened from file:// in Chromium with the
 * network cut and every request failing the test: open the bundled sample and a shared sample,
 * compare what the pane shows with `chibo check --json` on the same file, write the summary
 * sheets, download the workbook and read it back with the CLI (same figures, each summary sheet's
 * marker carrying chibo's version). Then the roll-up view with three unit workbooks, compared with
 * `chibo rollup --json` on the same files, and its downloaded workbook read back the same way.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { LEVEL_KEYS } from "../../src/core/criteria/levels";
import { findMarker } from "../../src/core/summary/marker";
import { gridsFromBook, readXlsx } from "../support/exceljs/read";
import { runCli } from "../support/cli";
import { generateCells, writeUnitFiles } from "../support/generate-units";
import { launchOfflineBrowser } from "./support/offline-browser";
import { ROOT, samplePath } from "./support/reference";

const OFFLINE_HTML = resolve(ROOT, "dist-offline", "chibo.html");
const VERSION = (JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as { version: string })
  .version;
const BUNDLED = resolve(ROOT, "assets", "chi-bo-mau-2025.xlsx");
const SHARED = samplePath("chi-bo-tdp-so-3-2025");

type Browser = Awaited<ReturnType<typeof launchOfflineBrowser>>;

interface MemberFigures {
  total: number;
  assessed: number;
  levels: Record<string, { count: number; percent: number }>;
}
interface CheckJson {
  files: { issues: { severity: string }[]; results: { members?: MemberFigures } }[];
}
interface RollupJson {
  units: { file: string | null; status: string; errors: number; warnings: number }[];
  results: { members: MemberFigures | null };
}

let dir: string;

async function cliJson<T>(argv: string[]): Promise<T> {
  const result = await runCli(argv);
  expect(result.code).not.toBe(2);
  return JSON.parse(result.stdout) as T;
}

function severityCounts(issues: readonly { severity: string }[]): number[] {
  return ["error", "warning", "info"].map((s) => issues.filter((i) => i.severity === s).length);
}

/** "14,3%" or "1.024" as the Vietnamese pane writes them. */
function paneNumber(text: string | null): number {
  return Number((text ?? "").replace(/%/, "").replace(/\./g, "").replace(",", ".").trim());
}

/** The level counts and percents a figures card shows, in LEVEL_KEYS order. */
async function cardLevels(page: Page, testId: string): Promise<{ count: number; percent: number }[]> {
  const card = page.getByTestId(testId);
  const counts = await card.getByTestId("level-count").allTextContents();
  const percents = await card.getByTestId("level-percent").allTextContents();
  return counts.map((c, i) => ({ count: paneNumber(c), percent: paneNumber(percents[i]) }));
}

function jsonLevels(members: MemberFigures): { count: number; percent: number }[] {
  return LEVEL_KEYS.map((level) => ({
    count: members.levels[level].count,
    percent: members.levels[level].percent,
  }));
}

/** The chibo sheets of a workbook, read as the CLI reads it, with their markers. */
async function markersOf(file: string) {
  const grids = gridsFromBook(await readXlsx(new Uint8Array(readFileSync(file))));
  return grids.flatMap((grid) => {
    const marker = findMarker(grid);
    return marker ? [{ sheet: grid.name, marker }] : [];
  });
}

async function saveDownload(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const file = join(dir, name);
  await download.saveAs(file);
  return file;
}

async function openOffline(): Promise<Browser> {
  const browser = await launchOfflineBrowser();
  await browser.page.goto(pathToFileURL(OFFLINE_HTML).href);
  await browser.page.getByTestId("file-bar").waitFor({ timeout: 60000 });
  return browser;
}

beforeAll(() => {
  if (!existsSync(OFFLINE_HTML))
    throw new Error('No offline file dist-offline/chibo.html: run "npm run build:offline" first.');
  dir = mkdtempSync(join(tmpdir(), "chibo-e2e-offline-"));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("chibo.html from file://, network cut", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await openOffline();
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("is one file: no office.js, no script or stylesheet from an address, ExcelJS kept as inert text", async () => {
    const html = readFileSync(OFFLINE_HTML, "utf8");
    expect(html).not.toMatch(/appsforoffice|office\.js"/);
    expect(await page.locator("script[src], link[rel=stylesheet], iframe").count()).toBe(0);
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe("undefined");
    // The chunks import() loads are in the page, unparsed, until a file is opened.
    expect(await page.locator('script[type="text/x-chibo-chunk"]').count()).toBeGreaterThan(0);
  });

  it("says in its footer which chibo it is and that nothing leaves the machine", async () => {
    await expect(page.getByTestId("footer-version").textContent()).resolves.toBe(
      `chibo ${VERSION} · bản ngoại tuyến`,
    );
    await expect(page.getByTestId("footer").textContent()).resolves.toContain(
      "không có dữ liệu nào rời khỏi máy",
    );
  });

  it.each([
    ["the bundled sample", BUNDLED],
    ["a shared sample", SHARED],
  ])("shows for %s what chibo check --json finds, and downloads the summaries", async (_, file) => {
    const name = basename(file);
    const inert = page.locator('script[type="text/x-chibo-chunk"]');
    const inertBefore = await inert.count();
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByTestId("file-name").getByText(name, { exact: true }).waitFor({ timeout: 60000 });
    await page.getByRole("tab", { name: "Nhận diện" }).click();
    await page.getByTestId("sheet-card").first().waitFor({ timeout: 60000 });
    // Opening the first file ran the inlined chunk(s) its reader needs; the second needs no more.
    const inertAfter = await inert.count();
    if (file === BUNDLED) expect(inertAfter).toBeLessThan(inertBefore);
    else expect(inertAfter).toBeLessThanOrEqual(inertBefore);

    const json = await cliJson<CheckJson>(["check", "--json", file]);
    const [report] = json.files;
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    const counts = await page.getByTestId("issue-counts").textContent();
    expect((counts ?? "").match(/\d+/g)?.map(Number)).toEqual(severityCounts(report.issues));
    expect(severityCounts(report.issues)[0]).toBeGreaterThan(0);

    const members = report.results.members as MemberFigures;
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    expect(await cardLevels(page, "members-figures")).toEqual(jsonLevels(members));
    const card = await page.getByTestId("members-figures").textContent();
    expect(card).toContain(String(members.total));
    expect(card).toContain(String(members.assessed));

    await page.getByTestId("write-summary").click();
    await page.getByTestId("write-report").waitFor({ timeout: 60000 });
    const saved = await saveDownload(page, () => page.getByTestId("download").click(), `${name}.chibo.xlsx`);

    // Read back by the CLI: the source sheets give the same figures, and each summary sheet is ours.
    const back = await cliJson<CheckJson>(["check", "--json", saved]);
    expect(back.files[0].results.members).toEqual(members);
    expect(severityCounts(back.files[0].issues)[0]).toBe(severityCounts(report.issues)[0]);
    const markers = await markersOf(saved);
    // The summary sheets that have data (an empty one is not written), and the check results.
    const results = report.results as Record<string, unknown>;
    const expected = [
      ...(results.members ? ["TH Đảng viên"] : []),
      ...(results.collectives ? ["TH Tổ chức đảng"] : []),
      ...(results.meetings ? ["TH Sinh hoạt chi bộ"] : []),
      "Kết quả kiểm tra",
    ];
    expect(markers.map((m) => m.sheet).sort()).toEqual(expected.sort());
    for (const { marker } of markers) expect(marker.app).toBe(VERSION);
  });

  it("made no request to any address, and had no script error", () => {
    expect(browser.attempts).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  // Last: it makes the page try the network on purpose.
  it("refuses any connection by its own Content-Security-Policy", async () => {
    const violated = await page.evaluate(
      () =>
        new Promise<string>((done) => {
          document.addEventListener("securitypolicyviolation", (e) => done(e.effectiveDirective), {
            once: true,
          });
          fetch("https://chibo.example.vn/").catch(() => undefined);
        }),
    );
    expect(violated).toBe("connect-src");
    expect(browser.attempts).toEqual([]);
  });
});

describe("the roll-up in chibo.html, network cut", () => {
  let browser: Browser;
  let page: Page;
  let unitFiles: string[];

  beforeAll(async () => {
    unitFiles = await writeUnitFiles(join(dir, "units"), generateCells("Đảng bộ phường Đồng Tâm", 3, 7));
    browser = await openOffline();
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("consolidates three unit workbooks as chibo rollup --json does, and downloads them", async () => {
    await page.getByRole("tab", { name: "Gộp báo cáo" }).click();
    await page.getByTestId("rollup-files-input").setInputFiles(unitFiles);
    await page.getByTestId("rollup-row").nth(2).waitFor();
    await page.getByTestId("rollup-start").click();
    await page.getByTestId("rollup-result").waitFor({ timeout: 120000 });

    const json = await cliJson<RollupJson>([
      "rollup",
      "--json",
      ...unitFiles,
      "-o",
      join(dir, "cli-rollup.xlsx"),
    ]);
    const rows = await page.getByTestId("rollup-row").evaluateAll((items) =>
      items.map((r) => ({
        file: r.getAttribute("data-file"),
        status: r.getAttribute("data-status"),
        errors: Number(r.querySelector('[data-testid="rollup-errors"]')?.textContent ?? "0"),
      })),
    );
    const expected = json.units
      .filter((u) => u.file !== null)
      .map((u) => ({ file: basename(u.file as string), status: u.status, errors: u.errors }));
    expect(rows.sort((a, b) => String(a.file).localeCompare(String(b.file)))).toEqual(
      expected.sort((a, b) => a.file.localeCompare(b.file)),
    );
    const members = json.results.members as MemberFigures;
    expect(await cardLevels(page, "rollup-members")).toEqual(jsonLevels(members));

    const saved = await saveDownload(page, () => page.getByTestId("rollup-write").click(), "rollup.xlsx");
    // Read back by the CLI as a submission: the same members, and every sheet marked with the version.
    const back = await cliJson<RollupJson>(["rollup", "--json", saved, "-o", join(dir, "again.xlsx")]);
    expect(back.results.members?.levels).toEqual(members.levels);
    expect(back.results.members?.total).toBe(members.total);
    const markers = await markersOf(saved);
    expect(markers.length).toBeGreaterThanOrEqual(2);
    for (const { marker } of markers) expect(marker.app).toBe(VERSION);
  });

  it("made no request to any address, and had no script error", () => {
    expect(browser.attempts).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
