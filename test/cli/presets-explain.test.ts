import { getPreset } from "../../src/core/criteria";
import { rulesInForce } from "../../src/core/criteria/rule-ids";
import { t } from "../../src/i18n";
import { runCli } from "../support/cli";

describe("chibo presets --explain", () => {
  it.each(["vi", "en"] as const)("prints every rule of qd366-2025 with its source (%s)", async (lang) => {
    const { code, stdout } = await runCli(["presets", "--explain", "qd366-2025", "--lang", lang]);
    expect(code).toBe(0);
    const criteria = getPreset("qd366-2025");
    if (!criteria) throw new Error("no preset");
    for (const rule of rulesInForce(criteria)) expect(stdout).toContain(t(lang, `rule.${rule}`));
    for (const source of criteria.ruleSources) {
      expect(stdout).toContain(source.document);
      expect(stdout).toContain(source.where);
      expect(stdout).toContain(source.note);
    }
    expect(stdout).toContain(t(lang, "rule.unverified"));
    // The sick-leave cap is cited (HD 43 mục 7.5 removed it) under the rules not applied.
    const notApplied = stdout.indexOf(t(lang, "cli.explain.notApplied"));
    expect(notApplied).toBeGreaterThan(0);
    expect(stdout.indexOf(t(lang, "rule.sickLeave"))).toBeGreaterThan(notApplied);
  });

  it("an unknown set is a clear error with exit code 2", async () => {
    const { code, stderr } = await runCli(["presets", "--explain", "qd999"]);
    expect(code).toBe(2);
    expect(stderr).toContain("qd999");
  });

  it("without --explain the list of presets is unchanged and names the An Phú example", async () => {
    const { code, stdout } = await runCli(["presets"]);
    expect(code).toBe(0);
    expect(stdout).toContain("qd366-2025");
    expect(stdout).toContain("an-phu-kh08-2025");
  });
});
