import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../support/cli";

const SAMPLE = resolve(__dirname, "../../../shared/samples/chi-bo-tdp-so-3-2025.xlsx");
const dir = mkdtempSync(join(tmpdir(), "chibo-rollup-dec-"));

describe("chibo rollup prints shares as chibo check does", () => {
  it("with a decimal comma in Vietnamese and a dot in English", async () => {
    const vi = await runCli(["rollup", SAMPLE, "-o", join(dir, "vi.xlsx")]);
    const en = await runCli(["rollup", "--lang", "en", SAMPLE, "-o", join(dir, "en.xlsx")]);
    const shares = (text: string) => [...text.matchAll(/\((\d+(?:[.,]\d+)?)%\)/g)].map((m) => m[1]);
    const viShares = shares(vi.stdout);
    const enShares = shares(en.stdout);
    expect(viShares.length).toBeGreaterThan(0);
    expect(viShares.some((p) => p.includes("."))).toBe(false);
    expect(viShares.some((p) => p.includes(","))).toBe(true);
    expect(enShares.some((p) => p.includes(","))).toBe(false);
    expect(enShares.map((p) => p.replace(",", "."))).toEqual(viShares.map((p) => p.replace(",", ".")));
  });
});
