import { join } from "node:path";
import { LEVEL_KEYS } from "../../src/core/criteria/levels";
import { runCli } from "../support/cli";
import { listSamples } from "../support/samples";
import { fingerprint, tempDir, type RollupJson } from "./rollup-helpers";

const ward = listSamples().find((s) => s.name === "dang-bo-phuong-dong-tam-2025");
if (!ward?.expected.members) throw new Error("the ward sample is missing");
const expected = ward.expected.members;

/** The shared ward sample sent up as it is (raw sheets), and after `chibo summarize`. */
describe("chibo rollup on the shared ward sample", () => {
  const out = tempDir("rollup-samples");
  afterAll(() => out.remove());

  function expectWardCounts(doc: RollupJson): void {
    expect(doc.results.members?.total).toBe(expected.total);
    for (const [level, count] of Object.entries(expected.levels))
      expect(doc.results.members?.levels[level].count).toBe(count);
  }

  it("analyses a workbook without chibo sheets from its raw sheets", async () => {
    const before = fingerprint(join(ward.file, ".."));
    const result = await runCli(["rollup", "--json", ward.file, "-o", join(out.path, "raw.xlsx")]);
    const doc = JSON.parse(result.stdout) as RollupJson;
    expect(doc.units.map((u) => [u.unit, u.status])).toEqual([["Đảng bộ phường Đồng Tâm", "raw"]]);
    // The errors planted in the sample are reported with the file (a wrong percentage among them).
    expect(doc.units[0].issues.map((i) => i.code)).toContain("percent-mismatch");
    expect(result.code).toBe(1);
    expectWardCounts(doc);
    expect(fingerprint(join(ward.file, ".."))).toEqual(before);
  });

  it("reads the same figures back from the ward's summary, and checks the cap per grassroots unit", async () => {
    const summary = join(out.path, "dong-tam.chibo.xlsx");
    expect((await runCli(["summarize", ward.file, "-o", summary])).code).toBeLessThan(2);
    const result = await runCli([
      "rollup",
      "--json",
      "--unit",
      "Đảng bộ thành phố",
      summary,
      "-o",
      join(out.path, "city.xlsx"),
    ]);
    const doc = JSON.parse(result.stdout) as RollupJson;
    expect(doc.units.map((u) => [u.status, u.issues.length])).toEqual([["submitted", 0]]);
    expectWardCounts(doc);
    const sum = LEVEL_KEYS.reduce((s, level) => s + (doc.results.members?.levels[level].percent ?? 0), 0);
    expect(Math.round(sum * 10) / 10).toBe(100);
    // 46 rated HTXSNV against 20% of 204 HTTNV (40): the ward's row is over the cap.
    expect(doc.capScope).toBe("per-unit");
    expect(doc.issues.map((i) => [i.code, i.unit])).toEqual([["cap-exceeded", "Đảng bộ phường Đồng Tâm"]]);
    expect(result.code).toBe(1);
  });
});
