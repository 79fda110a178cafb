import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { startStaticServer } from "./static-server";

/**
 * `npm run serve`: the built task pane on http://127.0.0.1:3000/taskpane.html, for using chibo in a
 * plain browser (open an .xlsx, download the result). It needs no certificate; Excel itself loads
 * add-ins only over HTTPS, for which `npm run dev-server` is the way.
 */
async function main(): Promise<void> {
  const dist = resolve(__dirname, "..", "..", "dist");
  if (!existsSync(join(dist, "taskpane.html"))) {
    process.stderr.write(
      'Chưa có bản dựng: hãy chạy "npm run build" trước. / No build: run "npm run build" first.\n',
    );
    process.exitCode = 2;
    return;
  }
  const port = Number(process.env.PORT ?? 3000);
  const server = await startStaticServer([dist], Number.isInteger(port) ? port : 3000);
  process.stdout.write(`chibo: ${server.origin}/taskpane.html  (Ctrl+C để dừng / to stop)\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`chibo: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
