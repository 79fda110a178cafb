import { largestRemainderPercents } from "../../../src/core/compute/shares";
import { LEVEL_KEYS } from "../../../src/core/criteria/levels";
import type { Grid } from "../../../src/core/grid/types";
import { createRollup } from "../../../src/core";
import type { RollupOutcome } from "../../../src/core/rollup/types";
import { UNITS_SHEET_NAME } from "../../../src/core/rollup/units-sheet";
import { readSummaryWorkbook } from "../../../src/core/rollup/read-summary";
import { LEVEL_TABLE_COLUMNS, SUMMARY_SHEET_NAMES } from "../../../src/core/summary/build";
import { findMarker } from "../../../src/core/summary/marker";
import type { SheetSpec } from "../../../src/core/summary/spec";
import { countMembers, generateCells, generateUnit, type GeneratedUnit } from "../../support/generate-units";
import { DATE, gridNamed, rawGrids, specGrid, summaryGrids } from "./helpers";
import { VI } from "../../support/words";

const WARD = "Đảng bộ phường Đồng Tâm";

async function rollupOf(
  inputs: { file: string; grids: Grid[] }[],
  options: Partial<Parameters<typeof createRollup>[0]> = {},
): Promise<RollupOutcome> {
  const session = createRollup({ words: VI, date: DATE, ...options });
  for (const input of inputs) session.addGrids(input.file, input.grids);
  return session.finish();
}

function levelCounts(outcome: RollupOutcome): Record<string, number> {
  const levels = outcome.analysis.results.members?.levels;
  return Object.fromEntries(LEVEL_KEYS.map((level) => [level, levels?.[level].count ?? -1]));
}

describe("consolidating the cells of a ward", () => {
  const cells = generateCells(WARD, 5, 3, { capSafe: true });
  let outcome: RollupOutcome;
  beforeAll(async () => {
    // Cells 1–3 send chibo's summary, 4–5 only their raw list.
    const inputs = await Promise.all(
      cells.map(async (cell, i) => ({
        file: `cb${i + 1}.xlsx`,
        grids: i < 3 ? await summaryGrids(cell) : await rawGrids(cell, "level-marks"),
      })),
    );
    outcome = await rollupOf(inputs);
  });

  it("adds up the counts of every unit, as counting every member directly", () => {
    const direct = countMembers(cells);
    const members = outcome.analysis.results.members;
    expect(members?.total).toBe(direct.total);
    expect(members?.notClassified).toBe(direct.notClassified);
    expect(levelCounts(outcome)).toEqual(direct.counts);
  });

  it("recomputes the percentages from the counts (largest remainder, adding up to 100)", () => {
    const direct = countMembers(cells);
    const expected = largestRemainderPercents(
      LEVEL_KEYS.map((l) => direct.counts[l]),
      1,
    );
    expect(LEVEL_KEYS.map((l) => outcome.analysis.results.members?.levels[l].percent)).toEqual(expected);
  });

  it("lists each file with its unit and where its figures came from", () => {
    expect(outcome.entries.map((e) => [e.file, e.status])).toEqual([
      ["cb1.xlsx", "submitted"],
      ["cb2.xlsx", "submitted"],
      ["cb3.xlsx", "submitted"],
      ["cb4.xlsx", "raw"],
      ["cb5.xlsx", "raw"],
    ]);
    expect(outcome.entries[3].unit.toLowerCase()).toBe(cells[3].name.toLowerCase());
    expect(outcome.analysis.units).toHaveLength(5);
  });

  it("is the ward's report: named after the parent the cells name, cap checked on the total", () => {
    expect(outcome.analysis.unit.name).toBe(WARD);
    expect(outcome.capScope).toBe("total");
    expect(outcome.analysis.results.members?.cap).not.toBeNull();
    expect(outcome.analysis.units.every((u) => u.members?.cap === null)).toBe(true);
    expect(outcome.hasErrors).toBe(false);
    expect(outcome.unitTypes).toEqual([{ type: "chi-bo", units: 5, members: countMembers(cells).total }]);
  });

  const unitsSpec = () => outcome.specs.find((s) => s.name === UNITS_SHEET_NAME) as SheetSpec;

  it("writes the summary sheets that have data and the list of units, each with its marker", () => {
    // The cells' files hold members only: no empty collectives or meetings sheet is made.
    expect(outcome.specs.map((s) => s.name)).toEqual([
      SUMMARY_SHEET_NAMES.members,
      SUMMARY_SHEET_NAMES.check,
      UNITS_SHEET_NAME,
    ]);
    const units = findMarker(specGrid(unitsSpec()));
    expect(units?.kind).toBe("units");
    expect(units?.unit).toBe(WARD);
  });

  it("notes the units by type and where the cap was checked, under the list of units", () => {
    const values = specGrid(unitsSpec()).rows.flat();
    expect(values).toContain(`Theo loại đơn vị: Chi bộ: 5 đơn vị, ${countMembers(cells).total} đảng viên.`);
    expect(values).toContain("Tình trạng: Đã nộp bản tổng hợp 3; Đã nộp danh sách gốc (đã tính) 2.");
    expect(values.some((v) => typeof v === "string" && v.includes("trên tổng số"))).toBe(true);
  });

  it("is itself a valid input one level up", () => {
    const read = readSummaryWorkbook(outcome.specs.map(specGrid), VI);
    expect(read?.issues).toEqual([]);
    expect(read?.rollup).toBe(true);
    expect(read?.unit.name).toBe(WARD);
    expect(read?.figures.members?.counts).toEqual(countMembers(cells).counts);
  });
});

describe("consolidation rules", () => {
  const a = generateUnit({ name: "Chi bộ Tổ dân phố số 1", parent: WARD, seed: 11, capSafe: true });
  const b = generateUnit({ name: "Chi bộ Tổ dân phố số 2", parent: WARD, seed: 12, capSafe: true });
  const old = generateUnit({
    name: "Chi bộ Tổ dân phố số 3",
    parent: WARD,
    seed: 13,
    period: 2024,
    capSafe: true,
  });

  it("counts a unit sent twice once and reports the second file as `duplicate-unit`", async () => {
    const outcome = await rollupOf([
      { file: "a.xlsx", grids: await summaryGrids(a) },
      { file: "b.xlsx", grids: await summaryGrids(b) },
      { file: "a-again.xlsx", grids: await rawGrids(a) },
    ]);
    expect(outcome.entries.map((e) => e.status)).toEqual(["submitted", "submitted", "duplicate"]);
    expect(outcome.issues).toHaveLength(1);
    expect(outcome.issues[0]).toMatchObject({
      file: "a-again.xlsx",
      issue: { code: "duplicate-unit", severity: "error", params: { files: "a.xlsx, a-again.xlsx" } },
    });
    expect(outcome.analysis.results.members?.total).toBe(countMembers([a, b]).total);
    expect(outcome.hasErrors).toBe(true);
  });

  it("keeps two units of the same name under different parents apart", async () => {
    const other = { ...a, parent: "Đảng bộ phường Khác" };
    const outcome = await rollupOf([
      { file: "a.xlsx", grids: await summaryGrids(a) },
      { file: "other.xlsx", grids: await summaryGrids(other) },
    ]);
    expect(outcome.entries.map((e) => e.status)).toEqual(["submitted", "submitted"]);
    // Both are counted, not taken for a duplicate; that they belong to two committees is said.
    expect(outcome.issues.map((i) => i.issue.code)).toEqual(["parent-mismatch"]);
  });

  it("leaves out a file of another period (the one most units share) with `period-mismatch`", async () => {
    const outcome = await rollupOf([
      { file: "a.xlsx", grids: await summaryGrids(a) },
      { file: "old.xlsx", grids: await rawGrids(old) },
      { file: "b.xlsx", grids: await rawGrids(b, "three-columns") },
    ]);
    expect(outcome.period).toBe(2025);
    expect(outcome.entries.map((e) => e.status)).toEqual(["submitted", "other-period", "raw"]);
    expect(
      outcome.issues.map((i) => [i.file, i.issue.code, i.issue.params.period, i.issue.params.expected]),
    ).toEqual([["old.xlsx", "period-mismatch", 2024, 2025]]);
    expect(outcome.analysis.results.members?.total).toBe(countMembers([a, b]).total);
  });

  it("consolidates the period asked for when one is given", async () => {
    const outcome = await rollupOf(
      [
        { file: "a.xlsx", grids: await summaryGrids(a) },
        { file: "old.xlsx", grids: await rawGrids(old) },
      ],
      { words: VI, period: 2024 },
    );
    expect(outcome.entries.map((e) => e.status)).toEqual(["other-period", "raw"]);
    expect(outcome.analysis.unit.period).toBe(2024);
  });

  it("reports each expected unit that sent nothing as `missing-unit`, and names the roll-up after the list", async () => {
    const outcome = await rollupOf([{ file: "a.xlsx", grids: await summaryGrids(a) }], {
      words: VI,
      expected: { unit: WARD, names: ["Chi bộ tổ dân phố số 1", "Chi bộ Tổ dân phố số 2"] },
    });
    expect(outcome.issues.map((i) => [i.issue.code, i.issue.severity, i.unit])).toEqual([
      ["missing-unit", "warning", "Chi bộ Tổ dân phố số 2"],
    ]);
    expect(outcome.entries.map((e) => [e.file, e.status])).toEqual([
      ["a.xlsx", "submitted"],
      [null, "missing"],
    ]);
    expect(outcome.analysis.unit.name).toBe(WARD);
    expect(outcome.hasErrors).toBe(false);
  });

  it("lists a file it cannot read and one without figures, and consolidates the rest", async () => {
    const session = createRollup({ words: VI, date: DATE });
    session.addFailure("broken.xlsx", { reason: "corrupt", detail: "bad zip" });
    session.addGrids("notes.xlsx", [{ name: "Ghi chú", rows: [["Danh sách việc cần làm"]] }]);
    session.addGrids("a.xlsx", await summaryGrids(a));
    const outcome = session.finish();
    expect(outcome.entries.map((e) => [e.status, e.errors])).toEqual([
      ["unreadable", 1],
      ["no-data", 1],
      ["submitted", 0],
    ]);
    expect(outcome.analysis.results.members?.total).toBe(countMembers([a]).total);
    expect(outcome.hasErrors).toBe(true);
  });

  it('names the roll-up as asked, and "Tổng hợp" when nothing names it', async () => {
    const named = await rollupOf([{ file: "a.xlsx", grids: await summaryGrids(a) }], {
      words: VI,
      unit: "Đảng bộ phường Mới",
    });
    expect(named.analysis.unit.name).toBe("Đảng bộ phường Mới");
    const mixed = await rollupOf([
      { file: "a.xlsx", grids: await summaryGrids(a) },
      { file: "x.xlsx", grids: await summaryGrids({ ...b, parent: "Đảng bộ xã Khác" }) },
    ]);
    expect(mixed.analysis.unit.name).toBe("Tổng hợp");
  });
});

describe("the cap in a roll-up", () => {
  /** A unit whose counts are given: members in order HTXSNV, HTTNV, HTNV, KHTNV. */
  function unitWith(name: string, counts: [number, number, number, number], seed: number): GeneratedUnit {
    const levels = (["HTXSNV", "HTTNV", "HTNV", "KHTNV"] as const).flatMap((level, i) =>
      Array<typeof level>(counts[i]).fill(level),
    );
    const base = generateUnit({ name, parent: "Đảng bộ tỉnh X", seed, members: levels.length });
    return { ...base, members: base.members.map((m, i) => ({ ...m, level: levels[i], note: "" })) };
  }
  // 5 HTXSNV against 10 HTTNV: the cap (20% of HTTNV) is 2.
  const over = unitWith("Đảng bộ phường Một", [5, 10, 5, 0], 1);
  const fine = unitWith("Đảng bộ phường Hai", [2, 20, 3, 1], 2);

  it("gives each grassroots unit its own verdict and reports the one over at its row", async () => {
    const outcome = await rollupOf([
      { file: "fine.xlsx", grids: await summaryGrids(fine) },
      { file: "over.xlsx", grids: await summaryGrids(over) },
    ]);
    expect(outcome.capScope).toBe("per-unit");
    expect(outcome.analysis.units.map((u) => u.members?.cap?.exceeded)).toEqual([false, true]);
    expect(outcome.analysis.results.members?.cap).toBeNull();
    const members = gridNamed(outcome.specs.map(specGrid), SUMMARY_SHEET_NAMES.members);
    const firstRow = findMarker(members)?.firstDataRow ?? 0;
    expect(outcome.issues.map((i) => [i.file, i.issue.code, i.issue.cell, i.issue.params.limit])).toEqual([
      ["over.xlsx", "cap-exceeded", `P${firstRow + 1}`, 2],
    ]);
    expect(members.rows[firstRow][LEVEL_TABLE_COLUMNS.capVerdict]).toBe("Vượt 3");
  });

  it("checks the total instead when asked to (the rows are cells of one grassroots unit)", async () => {
    const outcome = await rollupOf(
      [
        { file: "fine.xlsx", grids: await summaryGrids(fine) },
        { file: "over.xlsx", grids: await summaryGrids(over) },
      ],
      { words: VI, capScope: "total" },
    );
    // 7 HTXSNV against 30 HTTNV: 6 allowed.
    expect(outcome.analysis.results.members?.cap).toMatchObject({ limit: 6, actual: 7, exceeded: true });
    const members = gridNamed(outcome.specs.map(specGrid), SUMMARY_SHEET_NAMES.members);
    expect(outcome.issues.map((i) => [i.issue.code, i.issue.cell])).toEqual([
      ["cap-exceeded", `P${findMarker(members)?.totalRow}`],
    ]);
  });

  it("does not report the cap when every unit keeps it", async () => {
    const outcome = await rollupOf([{ file: "fine.xlsx", grids: await summaryGrids(fine) }]);
    expect(outcome.issues).toEqual([]);
  });
});

describe("percentages are recomputed from the counts, never averaged", () => {
  it("gives the share of the sum, not the mean of the shares", async () => {
    const small = generateUnit({ name: "Chi bộ Nhỏ", parent: WARD, seed: 1, members: 4 });
    small.members = small.members.map((m, i) => ({ ...m, level: i === 0 ? "HTXSNV" : "HTTNV", note: "" }));
    const big = generateUnit({ name: "Chi bộ Lớn", parent: WARD, seed: 2, members: 36 });
    big.members = big.members.map((m) => ({ ...m, level: "HTTNV", note: "" }));
    const outcome = await rollupOf([
      { file: "s.xlsx", grids: await summaryGrids(small) },
      { file: "b.xlsx", grids: await summaryGrids(big) },
    ]);
    // 1 of 40 is 2.5%; the mean of 25% and 0% would be 12.5%.
    expect(outcome.analysis.results.members?.levels.HTXSNV.percent).toBe(2.5);
    expect(outcome.analysis.results.members?.levels.HTTNV.percent).toBe(97.5);
  });
});

describe("the check sheet of a roll-up", () => {
  it("names each file's issues by file and sheet, links only to its own sheets", async () => {
    const over = generateUnit({ name: "Đảng bộ phường Một", parent: "Đảng bộ tỉnh X", seed: 3, members: 30 });
    over.members = over.members.map((m, i) => ({ ...m, level: i < 10 ? "HTXSNV" : "HTTNV", note: "" }));
    const grids = await summaryGrids(over);
    const members = gridNamed(grids, SUMMARY_SHEET_NAMES.members);
    const marker = findMarker(members);
    const edited = grids.map((g) =>
      g === members
        ? {
            ...g,
            rows: g.rows.map((row, r) =>
              r === (marker?.totalRow ?? 0) - 1 ? row.map((v, c) => (c === 2 ? 31 : v)) : row,
            ),
          }
        : g,
    );
    const outcome = await rollupOf([{ file: "mot.xlsx", grids: edited }]);
    const check = outcome.specs.find((s) => s.name === SUMMARY_SHEET_NAMES.check);
    const cells = (check?.cells ?? []).flat().filter((c) => c !== undefined);
    expect(cells.map((c) => c?.value)).toContain(`mot.xlsx › ${SUMMARY_SHEET_NAMES.members}`);
    const links = cells.flatMap((c) => (c?.link ? [c.link] : []));
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/^'TH Đảng viên'!P\d+$/);
    expect(outcome.issues.map((i) => i.issue.code)).toEqual(["cap-exceeded"]);
    expect(outcome.entries[0].issues.map((i) => i.code)).toEqual(["summary-modified"]);
  });
});

describe("consolidating units of different parent committees", () => {
  it("warns about each unit whose parent is not the one most units name", async () => {
    const ours = generateCells(WARD, 3, 21, { capSafe: true });
    const stray = generateUnit({
      name: "Chi bộ Khu phố 9",
      parent: "Đảng bộ phường Hòa Bình",
      seed: 99,
      capSafe: true,
    });
    const inputs = await Promise.all(
      [...ours, stray].map(async (cell, i) => ({ file: `cb${i + 1}.xlsx`, grids: await summaryGrids(cell) })),
    );
    const outcome = await rollupOf(inputs);
    const warnings = outcome.issues.filter((i) => i.issue.code === "parent-mismatch");
    expect(warnings.map((w) => [w.file, w.issue.severity])).toEqual([["cb4.xlsx", "warning"]]);
    expect(warnings[0].issue.params).toMatchObject({ parent: "Đảng bộ phường Hòa Bình", expected: WARD });
  });

  it("does not warn when every unit names the same parent, whatever its case", async () => {
    const cells = generateCells(WARD, 2, 22, { capSafe: true });
    const upper = {
      ...generateUnit({ name: "Chi bộ Khu phố 7", parent: WARD.toUpperCase(), seed: 7, capSafe: true }),
    };
    const inputs = await Promise.all(
      [...cells, upper].map(async (cell, i) => ({
        file: `cb${i + 1}.xlsx`,
        grids: await summaryGrids(cell),
      })),
    );
    const outcome = await rollupOf(inputs);
    expect(outcome.issues.filter((i) => i.issue.code === "parent-mismatch")).toEqual([]);
  });
});
