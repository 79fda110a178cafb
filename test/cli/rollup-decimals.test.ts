import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../support/cli";
import { generateUnit, unitWorkbook, type Level } from "../support/generate-units";

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

describe("one number formatter for check and rollup", () => {
  const LEVEL_LINE = /^\s+(HTXSNV|HTTNV|HTNV|KHTNV): (\d+) \((\d+(?:[.,]\d+)?)%\)$/gm;
  const levelLines = (text: string) => [...text.matchAll(LEVEL_LINE)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);

  /** 30 members: 2 HTXSNV (6,7%), 19 HTTNV (63,3%) and 9 HTNV (30%), so shares with and without decimals. */
  async function thirtyMembers(): Promise<string> {
    const unit = generateUnit({
      name: "Chi bộ Tổ dân phố số 9",
      parent: "Đảng bộ phường Đồng Tâm",
      seed: 9,
      members: 30,
    });
    const levels: Level[] = [...Array<Level>(2).fill("HTXSNV"), ...Array<Level>(19).fill("HTTNV")];
    levels.push(...Array<Level>(9).fill("HTNV"));
    unit.members.forEach((member, i) => {
      member.level = levels[i];
      member.note = "";
    });
    const file = join(dir, "ba-muoi.xlsx");
    writeFileSync(file, await unitWorkbook(unit, "level-text"));
    return file;
  }

  it.each([
    ["vi", "63,3", "."],
    ["en", "63.3", ","],
  ])(
    "prints the same shares from check and rollup in %s (%s%%, never a %s)",
    async (lang, share, otherMark) => {
      const file = await thirtyMembers();
      const check = await runCli(["check", "--lang", lang, file]);
      const rollup = await runCli(["rollup", "--lang", lang, file, "-o", join(dir, `one-${lang}.xlsx`)]);
      const fromCheck = levelLines(check.stdout);
      expect(fromCheck).toContain(`HTTNV 19 ${share}`);
      expect(fromCheck.some((line) => line.split(" ")[2].includes(otherMark))).toBe(false);
      expect(levelLines(rollup.stdout)).toEqual(fromCheck);
    },
  );
});
