import { analyzeWorkbook } from "../../../src/core/analyze";
import { foldText } from "../../../src/core/text";
import { gridsFromBook, readXlsx } from "../../support/exceljs/read";
import { countMembers, generateUnit, UNIT_LAYOUTS, unitWorkbook } from "../../support/generate-units";
import { VI } from "../../support/words";

describe("generated unit workbooks", () => {
  const unit = generateUnit({
    name: "Chi bộ Tổ dân phố số 7",
    parent: "Đảng bộ phường Đồng Tâm",
    seed: 7,
    members: 40,
  });

  it("are seeded: the same seed gives the same members, another seed others", () => {
    const again = generateUnit({ name: unit.name, parent: unit.parent, seed: 7, members: 40 });
    const other = generateUnit({ name: unit.name, parent: unit.parent, seed: 8, members: 40 });
    expect(again.members).toEqual(unit.members);
    expect(other.members.map((m) => m.level)).not.toEqual(unit.members.map((m) => m.level));
  });

  it("keep the cap when asked", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const counts = countMembers([
        generateUnit({ name: "Chi bộ A", parent: "Đảng bộ B", seed, capSafe: true }),
      ]).counts;
      expect(counts.HTXSNV).toBeLessThanOrEqual(Math.floor(0.2 * counts.HTTNV));
    }
  });

  it.each(UNIT_LAYOUTS)("are read by the engine as generated (%s)", async (layout) => {
    const grids = gridsFromBook(await readXlsx(await unitWorkbook(unit, layout, 3)));
    const analysis = analyzeWorkbook(grids, { words: VI });
    const direct = countMembers([unit]);
    const members = analysis.results.members;
    expect(members?.total).toBe(direct.total);
    expect(members?.notClassified).toBe(direct.notClassified);
    expect(members?.unrecognized).toBe(0);
    for (const level of ["HTXSNV", "HTTNV", "HTNV", "KHTNV"] as const)
      expect(members?.levels[level].count).toBe(direct.counts[level]);
    expect(foldText(analysis.unit.name)).toBe(foldText(unit.name));
    expect(foldText(analysis.unit.parent ?? "")).toBe(foldText(unit.parent));
    expect(analysis.unit.period).toBe(2025);
    expect(analysis.issues.filter((i) => i.severity === "error" && i.code !== "cap-exceeded")).toEqual([]);
  });
});
