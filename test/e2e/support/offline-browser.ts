import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Request } from "playwright-core";
import { CHROMIUM, type Browser } from "./browser";

/**
 * Chromium with the network cut three ways: the context is offline, every host name fails to
 * resolve and the proxy goes nowhere, and any request that still gets as far as Playwright's
 * router is aborted and recorded. `attempts` lists every request that named anything but the
 * opened file itself, a data: or a blob: address: the test fails when it is not empty.
 */
export async function launchOfflineBrowser(
  viewport = { width: 420, height: 900 },
): Promise<Browser & { attempts: string[] }> {
  const profile = mkdtempSync(join(tmpdir(), "chibo-e2e-offline-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND",
      "--proxy-server=http://127.0.0.1:9",
      "--proxy-bypass-list=<-loopback>",
    ],
    viewport,
    offline: true,
    acceptDownloads: true,
    locale: "vi-VN",
    serviceWorkers: "block",
  });
  const requests: string[] = [];
  const attempts: string[] = [];
  const local = (url: string) =>
    url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:");
  context.on("request", (request: Request) => {
    const url = request.url();
    requests.push(url);
    if (!local(url)) attempts.push(url);
  });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (local(url)) await route.continue();
    else {
      if (!attempts.includes(url)) attempts.push(url);
      await route.abort("internetdisconnected");
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
    attempts,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
