import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPreset } from "../../src/core/criteria";
import { writeSheetsToPackage } from "../../src/xlsx/write";
import { runCli } from "../support/cli";
import { criteriaSheetWithPattern } from "../support/hostile-criteria";
import { HOSTILE_PATTERN, hostileUnit } from "../support/hostile-units";
import { unitWorkbook } from "../support/generate-units";

const dir = mkdtempSync(join(tmpdir(), "chibo-pattern-"));
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** A unit's list with a "Tiêu chí" sheet carrying `pattern`, and the cell of the pattern. */
async function unitWithPattern(pattern: string, name: string): Promise<{ file: string; cell: string }> {
  const unit = hostileUnit("Chi bộ Tổ dân phố số 9", 9);
  // Card numbers long enough to make the hostile pattern backtrack for ever.
  unit.members.forEach((m, i) => (m.card = "1".repeat(28) + "x" + i));
  const { spec, cell } = criteriaSheetWithPattern(pattern);
  const { bytes } = await writeSheetsToPackage({
    source: await unitWorkbook(unit, "level-text"),
    specs: [spec],
    isOurs: () => false,
  });
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return { file, cell };
}

describe("a card-number pattern from a criteria set runs with a bound", () => {
  it("reports a catastrophic pattern in a Tiêu chí sheet at its cell, in Vietnamese and English, and finishes", async () => {
    const { file, cell } = await unitWithPattern(HOSTILE_PATTERN, "hostile.xlsx");
    const before = sha(file);
    for (const lang of ["vi", "en"] as const) {
      const run = await runCli(["check", "--json", "--lang", lang, file]);
      expect(run.code).toBe(1);
      const issues = JSON.parse(run.stdout).files[0].issues as {
        code: string;
        sheet: string;
        cell: string;
        message: string;
      }[];
      const unsafe = issues.find((i) => i.code === "unsafe-pattern");
      expect(unsafe).toMatchObject({ sheet: "Tiêu chí", cell });
      expect(unsafe?.message).toMatch(
        lang === "vi" ? /không được dùng vì nó lặp một nhóm/ : /not used because it repeats a group/,
      );
    }
    const out = join(dir, "hostile.chibo.xlsx");
    expect((await runCli(["summarize", file, "-o", out])).code).toBe(0);
    expect(sha(file)).toBe(before);
  });

  it("uses a safe pattern from the same sheet (the failing case of the check)", async () => {
    const { file } = await unitWithPattern("^\\d{2}\\.\\d{6}$", "safe.xlsx");
    const run = await runCli(["check", "--json", file]);
    const codes = (JSON.parse(run.stdout).files[0].issues as { code: string }[]).map((i) => i.code);
    expect(codes).not.toContain("unsafe-pattern");
    expect(codes).toContain("invalid-card-number");
  });

  it("refuses a criteria file with the pattern before reading anything, in both languages", async () => {
    const criteria = join(dir, "criteria.json");
    writeFileSync(
      criteria,
      JSON.stringify({ ...getPreset("qd366-2025"), cardNumberPattern: HOSTILE_PATTERN }),
    );
    const { file } = await unitWithPattern("^\\d{2}\\.\\d{6}$", "plain.xlsx");
    const vi = await runCli(["check", "--criteria", criteria, file]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain(`mẫu số thẻ “${HOSTILE_PATTERN}” không được dùng`);
    const en = await runCli(["check", "--lang", "en", "--criteria", criteria, file]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`pattern “${HOSTILE_PATTERN}”, which is not used because it repeats a group`);
  });
});
