import { launchChromium, type Browser } from "./browser";

const local = (url: string) => url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:");

/**
 * Chromium with the network cut three ways: the context is offline, every host name fails to
 * resolve and the proxy goes nowhere, and any request that still gets as far as Playwright's
 * router is aborted and recorded. `attempts` lists every request that named anything but the
 * opened file itself, a data: or a blob: address: the test fails when it is not empty.
 */
export async function launchOfflineBrowser(
  viewport = { width: 420, height: 900 },
): Promise<Browser & { attempts: string[] }> {
  const attempts: string[] = [];
  const browser = await launchChromium({
    viewport,
    offline: true,
    profilePrefix: "chibo-e2e-offline-",
    extraArgs: [
      "--host-resolver-rules=MAP * ~NOTFOUND",
      "--proxy-server=http://127.0.0.1:9",
      "--proxy-bypass-list=<-loopback>",
    ],
    async route(route) {
      const url = route.request().url();
      if (local(url)) await route.continue();
      else {
        if (!attempts.includes(url)) attempts.push(url);
        await route.abort("internetdisconnected");
      }
    },
  });
  browser.context.on("request", (request) => {
    const url = request.url();
    if (!local(url) && !attempts.includes(url)) attempts.push(url);
  });
  return { ...browser, attempts };
}
