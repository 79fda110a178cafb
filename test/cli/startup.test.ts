/**
 * chibo loads what a command needs and no more: `chibo presets` and `chibo --help` none of the
 * heavy modules, `chibo check` neither the summary builder nor the roll-up, and for a workbook
 * without a "Tiêu chí" sheet not zod (the criteria schema), while a workbook's "Tiêu chí" sheet and a --criteria file still load it and are
 * validated. Each command runs in a module registry of its own, and the mocks note what it loaded.
 * A mock the test file itself had loaded would be shared by every registry and noted once only, so
 * this file imports types only and builds its workbooks in a registry of their own too.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Criteria } from "../../src/core";
import type { SheetSpec } from "../../src/core/summary/spec";
import type { CliRun } from "../support/cli";

/**
 * Notes a watched module as loaded. The mocks run as soon as anything imports them, even before
 * this file's own lines (jest hoists them), so the notes are kept on globalThis.
 */
function mockNote(name: string): void {
  const global = globalThis as { chiboLoaded?: Set<string> };
  (global.chiboLoaded ??= new Set()).add(name);
}

function loadedSoFar(): Set<string> {
  const global = globalThis as { chiboLoaded?: Set<string> };
  return (global.chiboLoaded ??= new Set());
}

jest.mock("exceljs", () => {
  mockNote("ExcelJS");
  return jest.requireActual("exceljs");
});
jest.mock("zod", () => {
  mockNote("zod");
  return jest.requireActual("zod");
});
jest.mock("@e965/xlsx", () => {
  mockNote("SheetJS");
  return jest.requireActual("@e965/xlsx");
});
jest.mock("fflate", () => {
  mockNote("fflate");
  return jest.requireActual("fflate");
});
jest.mock("../../src/core/summary/build", () => {
  mockNote("summary builder");
  return jest.requireActual("../../src/core/summary/build");
});
jest.mock("../../src/core/rollup/session", () => {
  mockNote("roll-up");
  return jest.requireActual("../../src/core/rollup/session");
});

/** `work` in a registry of its own, so that what it loads is not shared with the commands run. */
async function isolated<T>(work: () => Promise<T>): Promise<T> {
  let result: { value: T } | null = null;
  await jest.isolateModulesAsync(async () => {
    result = { value: await work() };
  });
  if (!result) throw new Error("isolated work did not run");
  return (result as { value: T }).value;
}

/** Runs the command in a fresh registry: what it printed, and which of the watched modules it loaded. */
async function runFresh(argv: string[]): Promise<CliRun & { loaded: string[] }> {
  loadedSoFar().clear();
  const run = await isolated(async () => (await import("../support/cli")).runCli(argv));
  return { ...run, loaded: [...loadedSoFar()].sort() };
}

const dir = mkdtempSync(join(tmpdir(), "chibo-startup-"));

/** The committee's own rules: the preset of 2025 under another id. */
async function ownRules(): Promise<Criteria> {
  const { getPreset } = await import("../../src/core/criteria");
  const preset = getPreset("qd366-2025");
  if (!preset) throw new Error("no preset qd366-2025");
  return { ...structuredClone(preset), id: "chi-bo-rieng" } as Criteria;
}

/** The "Tiêu chí" sheet of `criteria`, with the value of the row keyed `key` replaced; and its cell. */
async function criteriaSheet(
  criteria: Criteria,
  key: string,
  value: string | number | null,
): Promise<{ spec: SheetSpec; cell: string }> {
  const { criteriaToSheetSpec } = await import("../../src/core/criteria/sheet-write");
  const { VI } = await import("../support/words");
  const spec = criteriaToSheetSpec(criteria, VI);
  for (let r = 0; r < spec.cells.length; r++) {
    const row = spec.cells[r];
    const col = row.findIndex((cell) => cell?.value === key);
    if (col > 0) {
      if (value !== null) row[col - 1] = { ...(row[col - 1] ?? {}), value };
      return { spec, cell: `${String.fromCharCode(65 + col - 1)}${r + 1}` };
    }
  }
  throw new Error(`the criteria sheet has no ${key} row`);
}

/** A unit's member list, with these sheets added. */
async function workbook(name: string, specs: SheetSpec[]): Promise<string> {
  const { generateUnit, unitWorkbook } = await import("../support/generate-units");
  const { writeSheetsToPackage } = await import("../../src/xlsx/write");
  const unit = generateUnit({
    name: "Chi bộ Tổ dân phố số 5",
    parent: "Đảng bộ phường Đồng Tâm",
    seed: 5,
    capSafe: true,
  });
  const source = await unitWorkbook(unit, "level-text");
  const bytes = specs.length
    ? (await writeSheetsToPackage({ source, specs, isOurs: () => false })).bytes
    : source;
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

interface JsonIssue {
  code: string;
  sheet: string;
  cell: string | null;
  message: string;
}

function jsonOf(run: CliRun): { criteria: string; files: { issues: JsonIssue[] }[] } {
  return JSON.parse(run.stdout);
}

let plain: string;
let ownSheet: string;
let brokenSheet: { file: string; cell: string };
let own: Criteria;

beforeAll(() =>
  isolated(async () => {
    own = await ownRules();
    plain = await workbook("plain.xlsx", []);
    ownSheet = await workbook("own-sheet.xlsx", [
      (await criteriaSheet(own, "attendance.minPercent", null)).spec,
    ]);
    // 150%: read from the sheet as a number, refused by the schema alone (at most 100).
    const broken = await criteriaSheet(own, "attendance.minPercent", 150);
    brokenSheet = { file: await workbook("broken-sheet.xlsx", [broken.spec]), cell: broken.cell };
  }),
);

describe("start-up loads only what the command needs", () => {
  it("chibo presets lists the presets without ExcelJS, zod or the readers", async () => {
    const { code, stdout, stderr, loaded } = await runFresh(["presets"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/qd366-2025/);
    expect(loaded).toEqual([]);
  });

  it("chibo --help prints the usage without them", async () => {
    const { code, stdout, loaded } = await runFresh(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/chibo check/);
    expect(loaded).toEqual([]);
  });

  it("chibo check of a workbook without a Tiêu chí sheet reads it without zod", async () => {
    for (const lang of ["vi", "en"]) {
      const run = await runFresh(["check", "--json", "--lang", lang, plain]);
      expect(run.stderr).toBe("");
      expect(jsonOf(run).criteria).toBe("qd366-2025");
      expect(run.loaded).not.toContain("zod");
      expect(run.loaded).not.toContain("ExcelJS");
    }
  });

  it("chibo check loads neither the summary builder nor the roll-up; summarize does load the builder", async () => {
    const check = await runFresh(["check", plain]);
    expect(check.stderr).toBe("");
    expect(check.loaded).not.toContain("summary builder");
    expect(check.loaded).not.toContain("roll-up");
    const summarize = await runFresh(["summarize", plain, "-o", join(dir, "plain.chibo.xlsx")]);
    expect(summarize.code).toBe(0);
    expect(summarize.loaded).toContain("summary builder");
  });
});

describe("criteria are still validated where there are some", () => {
  it("a workbook's own Tiêu chí sheet is read, with zod", async () => {
    const run = await runFresh(["check", "--json", ownSheet]);
    expect(run.stderr).toBe("");
    expect(jsonOf(run).criteria).toBe("chi-bo-rieng");
    expect(run.loaded).toContain("zod");
  });

  it("a value of the sheet the schema refuses is reported at its cell, in Vietnamese and English", async () => {
    for (const [lang, words] of [
      ["vi", /không quá 100/],
      ["en", /at most 100/],
    ] as const) {
      const run = await runFresh(["check", "--json", "--lang", lang, brokenSheet.file]);
      expect(run.code).toBe(1);
      const report = jsonOf(run);
      expect(report.criteria).toBe("qd366-2025");
      const issue = report.files[0].issues.find((i) => i.sheet === "Tiêu chí");
      expect(issue).toMatchObject({ code: "invalid-number", cell: brokenSheet.cell });
      expect(issue?.message).toMatch(words);
      expect(run.loaded).toContain("zod");
    }
  });

  it("a --criteria file is validated: a good one is used, a broken one told in the user's language", async () => {
    const good = join(dir, "own.json");
    writeFileSync(good, JSON.stringify(own));
    const used = await runFresh(["check", "--json", "--criteria", good, plain]);
    expect(jsonOf(used).criteria).toBe("chi-bo-rieng");
    expect(used.loaded).toContain("zod");

    const broken = join(dir, "broken.json");
    writeFileSync(broken, JSON.stringify({ ...own, percentDecimals: 9 }));
    for (const [lang, words] of [
      ["vi", /^Tệp tiêu chí “.*broken\.json” không hợp lệ: percentDecimals: /],
      ["en", /^Criteria file “.*broken\.json” is not valid: percentDecimals: Too big/],
    ] as const) {
      const run = await runFresh(["check", "--lang", lang, "--criteria", broken, plain]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(words);
    }
  });
});
