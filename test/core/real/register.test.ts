import { analyzeWorkbook } from "../../../src/core/analyze";
import type { CellValue } from "../../../src/core/grid/types";
import { preset } from "../../support/grids";
import { registerSheet } from "../../support/real-shapes";
import { VI } from "../../support/words";

describe("the member register, one member over several rows (issue 8, point 4)", () => {
  const register = registerSheet(10);
  const analysis = analyzeWorkbook([register.grid], { words: VI, criteria: preset("qd366-2025") });
  const sheet = analysis.sheets[0];

  it("counts each member once, the rows under a member being continuations", () => {
    expect(sheet.kind).toBe("members");
    expect(analysis.results.members?.total).toBe(10);
    // 10 members × 3 rows, and the signature block (2 rows): continuations and signature are skipped.
    expect(sheet.rows).toEqual({ records: 10, sections: 0, subtotals: 0, totals: 0, skipped: 22 });
    expect(analysis.issues.filter((i) => i.code === "row-unread" || i.code === "invalid-level")).toEqual([]);
  });

  it("takes a row with its own level and no number for a member, not a continuation", () => {
    const rows = register.grid.rows.map((line) => [...line]);
    // A member added at the end without a number, with a level: a record of its own.
    const extra: CellValue[] = Array<CellValue>(15).fill(null);
    extra[1] = "Phan Văn Mới";
    extra[14] = "Hoàn thành nhiệm vụ";
    rows.splice(register.firstRows[9] + 3, 0, extra);
    const withExtra = analyzeWorkbook([{ ...register.grid, rows }], {
      words: VI,
      criteria: preset("qd366-2025"),
    });
    expect(withExtra.results.members?.total).toBe(11);
  });

  it("reads a list without numbers row by row (no continuation without numbering)", () => {
    const rows = register.grid.rows.map((line) =>
      line.map((v, c) => (c === 0 && typeof v === "number" ? null : v)),
    );
    const unnumbered = analyzeWorkbook([{ ...register.grid, rows }], {
      words: VI,
      criteria: preset("qd366-2025"),
    });
    // Without numbers, a row with a name is a record: the alias rows become records with no level.
    expect(unnumbered.results.members?.total).toBe(20);
    expect(unnumbered.issues.filter((i) => i.code === "invalid-level")).toHaveLength(10);
  });
});
