import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page, type Request } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Every request the page made, in order. */
  requests: string[];
  /** Uncaught script errors and console errors (a Content-Security-Policy violation is one). */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Debian's Chromium with a fresh profile, every request recorded. The only request that may name
 * another host is office.js, and it never leaves the machine: `officeJs()` answers it (the fake
 * host, or a stand-in), asked at each load so that a reload can reopen the pane on another seed.
 * Anything else is refused before it reaches the network.
 */
export async function launchBrowser(
  officeJs: () => string,
  viewport = { width: 420, height: 900 },
): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "chibo-e2e-profile-"));
  // Playwright passes the fresh profile to Chromium as --user-data-dir itself.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    acceptDownloads: true,
    locale: "vi-VN",
    serviceWorkers: "block",
  });
  const requests: string[] = [];
  context.on("request", (request: Request) => requests.push(request.url()));
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) {
      await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: officeJs() });
    } else if (new URL(url).hostname === "127.0.0.1" || url.startsWith("blob:") || url.startsWith("data:")) {
      await route.continue();
    } else {
      await route.abort("blockedbyclient");
    }
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  return {
    context,
    page,
    requests,
    errors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The requests that named a host other than 127.0.0.1 (office.js is answered locally, so it is allowed). */
export function foreignRequests(requests: readonly string[]): string[] {
  return requests.filter((url) => {
    if (url === OFFICE_JS_URL || url.startsWith("blob:") || url.startsWith("data:")) return false;
    return new URL(url).hostname !== "127.0.0.1";
  });
}
