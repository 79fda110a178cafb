import { analyzeWorkbook } from "../../../src/core/analyze";
import type { CellValue } from "../../../src/core/grid/types";
import { issueMessage } from "../../../src/i18n";
import { memberSheet, preset } from "../../support/grids";
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

describe("a member typed without a number and a level in a numbered list (issue 8, point 1)", () => {
  const criteria = preset("qd366-2025");
  const members = [
    { name: "Nguyễn Văn An", level: "Hoàn thành tốt nhiệm vụ" },
    { name: "Trần Thị Bình", level: "Hoàn thành nhiệm vụ" },
    { name: "Lê Văn Cường", level: "Hoàn thành tốt nhiệm vụ" },
  ];

  // index "" (not null): memberSheet numbers a member whose index is null.
  it("warns at the name cell of a row with a person's name but no number and no level", () => {
    const list = memberSheet({
      members: [...members.slice(0, 2), { index: "", name: "Phạm Thị Dung" }, members[2]],
    });
    const analysis = analyzeWorkbook([list], { words: VI, criteria });
    const warned = analysis.issues.filter((i) => i.code === "unnumbered-member");
    // Header at Excel row 6, members from row 7: the forgotten member is row 9, name in column B.
    expect(warned.map((i) => [i.cell, i.severity, i.value])).toEqual([["B9", "warning", "Phạm Thị Dung"]]);
    expect(issueMessage(warned[0], "vi")).toContain("“Phạm Thị Dung” nhưng không có số thứ tự");
    expect(issueMessage(warned[0], "en")).toContain("holds the name “Phạm Thị Dung” but no number");
    // The counts do not guess: the row stays a continuation of the member above.
    expect(analysis.results.members?.total).toBe(3);
  });

  it.each([
    ["in capitals", "PHẠM THỊ DUNG"],
    ["of another people", "Y Bih Niê"],
  ])("warns for a name written %s", (_label, name) => {
    const list = memberSheet({ members: [members[0], { index: "", name }, members[1]] });
    const analysis = analyzeWorkbook([list], { words: VI, criteria });
    expect(analysis.issues.filter((i) => i.code === "unnumbered-member").map((i) => i.cell)).toEqual(["B8"]);
  });

  it.each([
    ["an alias in brackets", "(Bí danh: Tư)"],
    ["a place", "huyện Châu Thành"],
    ["a place in capitals", "Xã Tân Phú"],
    ["a date", "12/03/1975"],
    ["one word", "Đại học"],
  ])("stays quiet for a continuation line holding %s in the name column", (_label, text) => {
    const list = memberSheet({ members: [members[0], { index: "", name: text }, members[1]] });
    const analysis = analyzeWorkbook([list], { words: VI, criteria });
    expect(analysis.issues.filter((i) => i.code === "unnumbered-member")).toEqual([]);
  });

  it("stays quiet on the register's own continuation lines (Mẫu 7-HSĐV)", () => {
    const register = registerSheet(10);
    const analysis = analyzeWorkbook([register.grid], { words: VI, criteria });
    expect(analysis.sheets[0].rows?.skipped).toBe(22);
    expect(analysis.issues.filter((i) => i.code === "unnumbered-member")).toEqual([]);
  });
});
