import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadCli } from "../src/cli/load";

/**
 * Makes V8's code cache for the CLI bundle (src/cli/load.ts) after running the commands users run
 * most on the bundled sample, so that the cache holds the functions those commands compile. Part
 * of `npm run build:cli`, run by the Node that will run chibo (a cache from another version is
 * refused and merely unused).
 */
async function main(): Promise<void> {
  const { cli, from, saveCodeCache } = loadCli();
  if (from === "modules")
    throw new Error("dist-cli/src/cli/chibo.bundle.js is missing: run webpack -c webpack.cli.config.js");
  const sample = resolve(__dirname, "..", "..", "assets", "chi-bo-mau-2025.xlsx");
  const scratch = mkdtempSync(join(tmpdir(), "chibo-warm-"));
  const quiet = { stdout: () => undefined, stderr: () => undefined, now: () => new Date(2025, 11, 20) };
  try {
    await cli.run(["check", sample], quiet);
    await cli.run(["check", "--json", sample], quiet);
    await cli.run(["summarize", sample, "-o", join(scratch, "summary.xlsx")], quiet);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (!saveCodeCache()) throw new Error("could not write the code cache beside the bundle");
}

void main().catch((error: unknown) => {
  process.stderr.write(`warm-code-cache: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
