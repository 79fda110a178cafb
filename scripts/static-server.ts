import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface StaticServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  close(): Promise<void>;
}

/** Resolves a URL path inside one of the roots, or null (never outside them). */
function locate(roots: readonly string[], urlPath: string): string | null {
  const relative = normalize(decodeURIComponent(urlPath.split("?")[0])).replace(/^([/\\])+/, "");
  for (const root of roots) {
    const file = resolve(join(root, relative));
    if (file !== root && !file.startsWith(root + sep)) continue;
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not in this root
    }
  }
  return null;
}

/**
 * A tiny static file server on 127.0.0.1 for the production build: the end-to-end tests load the
 * pane the way a browser loads it from a web server, and `npm run serve` opens it for people
 * without Excel. Nothing listens beyond the loopback address. Port 0 picks a free port.
 */
export async function startStaticServer(roots: readonly string[], port = 0): Promise<StaticServer> {
  const absolute = roots.map((root) => resolve(root));
  const server: Server = createServer((request, response) => {
    const file = locate(absolute, request.url ?? "/");
    if (!file) {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", done);
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
