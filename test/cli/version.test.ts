import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { findMarker } from "../../src/core/summary/marker";
import { chiboVersion } from "../../src/cli/version";
import { gridsFromBook, readXlsx } from "../support/exceljs/read";
import { runCli } from "../support/cli";

const ROOT = resolve(__dirname, "../..");
const SAMPLE = join(ROOT, "assets", "chi-bo-mau-2025.xlsx");
const packageVersion = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string })
  .version;

describe("chibo --version", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "chibo-version-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the version of package.json, and nothing else", async () => {
    for (const flag of ["--version", "-V"]) {
      const result = await runCli([flag]);
      expect(result).toEqual({ code: 0, stdout: packageVersion, stderr: "" });
    }
  });

  it("is found from a compiled copy's folder too, and says 'unknown' where there is no package.json", () => {
    expect(chiboVersion(join(ROOT, "dist-cli", "src", "cli"))).toBe(packageVersion);
    expect(chiboVersion(tmpdir())).toBe("unknown");
  });

  it("goes into the marker of every summary sheet that summarize writes", async () => {
    const out = join(dir, "out.xlsx");
    const result = await runCli(["summarize", SAMPLE, "-o", out]);
    expect(result.code).toBe(0);
    const grids = gridsFromBook(await readXlsx(new Uint8Array(readFileSync(out))));
    const markers = grids.map((grid) => findMarker(grid)).filter((m) => m !== null);
    const input = gridsFromBook(await readXlsx(new Uint8Array(readFileSync(SAMPLE))));
    // One marker per sheet summarize added (a summary sheet without data is not written).
    expect(markers.length).toBeGreaterThan(0);
    expect(markers.length).toBe(grids.length - input.length);
    for (const marker of markers) expect(marker.app).toBe(packageVersion);
    // The input's own sheets carry none.
    expect(input.map((grid) => findMarker(grid))).toEqual(input.map(() => null));
  });
});
