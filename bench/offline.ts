import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { startStaticServer } from "../scripts/static-server";

const ROOT = join(__dirname, "..", "..");
const OFFLINE_HTML = join(ROOT, "dist-offline", "chibo.html");
const DIST = join(ROOT, "dist");
const SAMPLE = join(ROOT, "assets", "chi-bo-mau-2025.xlsx");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** office.js outside Excel: no host (what the served pane gets in a plain browser). */
const NO_HOST = `window.Office={onReady:function(c){var i={host:null,platform:null};if(c)c(i);return Promise.resolve(i);},HostType:{Excel:"Excel"}};`;

export interface OfflineFigures {
  rawBytes: number;
  gzipBytes: number;
  runs: number;
  offline: PageTimes;
  served: PageTimes | null;
}

export interface PageTimes {
  /** Median ms from navigation start to the first paint. */
  firstPaint: number;
  /** Median ms from navigation start to the pane being ready (the file bar shown). */
  ready: number;
  /** Median ms from choosing the bundled sample to its sheets being shown. */
  results: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]);
};

/** One opening of the page, then of the bundled sample in it; times measured inside the page. */
async function measureOnce(
  page: Page,
  url: string,
): Promise<{ firstPaint: number; ready: number; results: number }> {
  await page.goto(url);
  await page.getByTestId("file-bar").waitFor({ timeout: 60000 });
  const ready = await page.evaluate(() => performance.now());
  const firstPaint = await page.evaluate(() => {
    const paint = performance.getEntriesByType("paint").find((e) => e.name === "first-paint");
    return paint ? paint.startTime : NaN;
  });
  // The results are shown when the answer (the error count) appears: watched from inside the page.
  await page.evaluate(() => {
    const w = window as unknown as { __chosen?: number; __shown?: number };
    document.addEventListener("change", () => (w.__chosen = performance.now()), { capture: true });
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid="answer-errors"]')) {
        w.__shown = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByTestId("file-input").setInputFiles(SAMPLE);
  await page.getByTestId("answer-errors").waitFor({ timeout: 60000 });
  const results = await page.evaluate(() => {
    const w = window as unknown as { __chosen?: number; __shown?: number };
    return (w.__shown ?? NaN) - (w.__chosen ?? NaN);
  });
  return { firstPaint, ready, results };
}

async function measurePage(url: string, runs: number, officeJs: string | null): Promise<PageTimes> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
  });
  try {
    const times: { firstPaint: number; ready: number; results: number }[] = [];
    for (let i = 0; i <= runs; i++) {
      // A fresh context each time: nothing cached from the run before.
      const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
      if (officeJs !== null)
        await context.route(OFFICE_JS, (route) =>
          route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs }),
        );
      const page = await context.newPage();
      const measured = await measureOnce(page, url);
      if (i > 0) times.push(measured); // the first run warms the disk cache up
      await context.close();
    }
    return {
      firstPaint: median(times.map((t) => t.firstPaint)),
      ready: median(times.map((t) => t.ready)),
      results: median(times.map((t) => t.results)),
    };
  } finally {
    await browser.close();
  }
}

/** chibo.html's size, and its opening times beside the served task pane's, in one run. */
export async function benchOffline(runs = 5): Promise<OfflineFigures | null> {
  if (!existsSync(OFFLINE_HTML)) return null;
  const html = readFileSync(OFFLINE_HTML);
  const offline = await measurePage(pathToFileURL(OFFLINE_HTML).href, runs, null);
  let served: PageTimes | null = null;
  if (existsSync(join(DIST, "taskpane.html"))) {
    const server = await startStaticServer([DIST]);
    try {
      served = await measurePage(`${server.origin}/taskpane.html`, runs, NO_HOST);
    } finally {
      await server.close();
    }
  }
  return { rawBytes: html.length, gzipBytes: gzipSync(html, { level: 9 }).length, runs, offline, served };
}
