import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page, type Request, type Route } from "playwright-core";

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

export interface LaunchOptions {
  viewport: { width: number; height: number };
  /** Decides every request: continue, fulfil or abort it. */
  route: (route: Route) => Promise<void>;
  /** Switches added to the common ones. */
  extraArgs?: string[];
  /** Playwright's offline mode for the whole context. */
  offline?: boolean;
  profilePrefix?: string;
}

/**
 * Debian's Chromium with a fresh profile, every request recorded and decided by `route`, page errors
 * and console errors collected. Both launchers below are this with their own network rule.
 */
export async function launchChromium(options: LaunchOptions): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), options.profilePrefix ?? "chibo-e2e-profile-"));
  // Playwright passes the fresh profile to Chromium as --user-data-dir itself.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...ARGS, ...(options.extraArgs ?? [])],
    viewport: options.viewport,
    offline: options.offline ?? false,
    acceptDownloads: true,
    locale: "vi-VN",
    serviceWorkers: "block",
  });
  const requests: string[] = [];
  context.on("request", (request: Request) => requests.push(request.url()));
  await context.route("**/*", options.route);
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

/**
 * The task pane's browser. The only request that may name another host is office.js, and it never
 * leaves the machine: `officeJs()` answers it (the fake host, or a stand-in), asked at each load so
 * that a reload can reopen the pane on another seed. Anything else is refused before it reaches the
 * network.
 */
export function launchBrowser(
  officeJs: () => string,
  viewport = { width: 420, height: 900 },
): Promise<Browser> {
  return launchChromium({
    viewport,
    async route(route) {
      const url = route.request().url();
      if (url === OFFICE_JS_URL) {
        await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: officeJs() });
      } else if (
        new URL(url).hostname === "127.0.0.1" ||
        url.startsWith("blob:") ||
        url.startsWith("data:")
      ) {
        await route.continue();
      } else {
        await route.abort("blockedbyclient");
      }
    },
  });
}

/** The requests that named a host other than 127.0.0.1 (office.js is answered locally, so it is allowed). */
export function foreignRequests(requests: readonly string[]): string[] {
  return requests.filter((url) => {
    if (url === OFFICE_JS_URL || url.startsWith("blob:") || url.startsWith("data:")) return false;
    return new URL(url).hostname !== "127.0.0.1";
  });
}
