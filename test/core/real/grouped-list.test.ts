import { analyzeWorkbook } from "../../../src/core/analyze";
import { toA1 } from "../../../src/core/grid/address";
import type { Analysis } from "../../../src/core/types";
import { footerRows, memberSheet, preset } from "../../support/grids";
import { groupedList, type CellGroup } from "../../support/real-shapes";
import { VI } from "../../support/words";

/** The motivating case: 113 members of five cells, each closed by a subtotal, then a grand total. */
const COMMUNE: CellGroup[] = [
  { name: "Chi bộ ấp Tân Hòa", size: 30, heading: "roman", subtotal: "Cộng" },
  { name: "Chi bộ ấp Tân Lợi", size: 25, heading: "merged", subtotal: "Cộng chi bộ" },
  { name: "Chi bộ ấp Phú Hòa", size: 20, heading: "count", subtotal: "Tổng số" },
  {
    name: "Chi bộ ấp Phú Lợi",
    size: 22,
    heading: "roman",
    subtotal: "Cộng",
    names: { 3: "Tổng Văn Minh", 4: "Bí Thư Hà", 5: "Cộng Thị Lan" },
  },
  { name: "Chi bộ Trường học", size: 16, heading: "merged", subtotal: "Cộng" },
];

function sheetOf(analysis: Analysis) {
  return analysis.sheets.find((s) => s.kind === "members");
}

describe("a commune list grouped by cell (issue 8, point 3)", () => {
  const list = groupedList(COMMUNE);
  const analysis = analyzeWorkbook([list.grid], { words: VI, criteria: preset("qd366-2025") });

  it("reads all 113 members, not the first cell only", () => {
    expect(analysis.results.members?.total).toBe(113);
    expect(sheetOf(analysis)?.rows).toEqual({
      records: 113,
      sections: 5,
      subtotals: 5,
      totals: 1,
      skipped: 2,
    });
  });

  it("gives results per cell, named without their numbering or stated count", () => {
    expect(analysis.units.map((u) => [u.unit, u.members?.total])).toEqual([
      ["Chi bộ ấp Tân Hòa", 30],
      ["Chi bộ ấp Tân Lợi", 25],
      ["Chi bộ ấp Phú Hòa", 20],
      ["Chi bộ ấp Phú Lợi", 22],
      ["Chi bộ Trường học", 16],
    ]);
    expect(sheetOf(analysis)?.sections?.map((s) => s.records)).toEqual([30, 25, 20, 22, 16]);
  });

  it("takes names that begin like a total or a role for members", () => {
    const names = new Set(analysis.units.length ? ["Tổng Văn Minh", "Bí Thư Hà", "Cộng Thị Lan"] : []);
    const rows = list.grid.rows.filter((line) => names.has(String(line[1])));
    expect(rows).toHaveLength(3);
    expect(analysis.issues.filter((i) => i.code === "row-unread" || i.code === "table-continues")).toEqual(
      [],
    );
  });

  it("finds every subtotal and the grand total right", () => {
    expect(analysis.issues.filter((i) => i.code === "count-mismatch")).toEqual([]);
    expect(analysis.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});

describe("planted mistakes in a grouped list", () => {
  const groups: CellGroup[] = [
    { name: "Chi bộ ấp 1", size: 12, heading: "roman", subtotal: "Cộng", stated: 11 },
    { name: "Chi bộ ấp 2", size: 9, heading: "count", subtotal: "Cộng", stated: 10 },
    { name: "Chi bộ ấp 3", size: 8, heading: "merged", subtotal: "Cộng chi bộ", stated: 7 },
  ];
  const list = groupedList(groups, { total: 30 });
  const analysis = analyzeWorkbook([list.grid], { words: VI, criteria: preset("qd366-2025") });
  const mismatches = analysis.issues.filter((i) => i.code === "count-mismatch");

  it("reports a subtotal that does not match the members above it, at its cell", () => {
    expect(mismatches.map((i) => i.cell)).toContain(toA1(list.subtotalRows[0], 2));
    expect(mismatches.find((i) => i.cell === toA1(list.subtotalRows[0], 2))?.params).toMatchObject({
      what: "Cộng",
      stated: 11,
      computed: 12,
    });
  });

  it("reports a count written in the heading, and one written in the subtotal's label", () => {
    expect(mismatches.map((i) => i.cell)).toContain(toA1(list.headingRows[1], 1));
    expect(mismatches.map((i) => i.cell)).toContain(toA1(list.subtotalRows[2], 1));
  });

  it("reports a grand total that does not match every member", () => {
    const total = mismatches.find((i) => i.cell === toA1(list.totalRow ?? -1, 2));
    expect(total?.params).toMatchObject({ stated: 30, computed: 29 });
    expect(mismatches).toHaveLength(4);
  });

  it("still counts each cell's members", () => {
    expect(analysis.results.members?.total).toBe(29);
  });
});

describe("subtotals that write their count in the label alone (“Cộng: 12 đảng viên”)", () => {
  const analyse = (stated?: number) => {
    const groups: CellGroup[] = [
      { name: "Chi bộ ấp 1", size: 12, heading: "roman", subtotal: "Cộng: n", stated },
      { name: "Chi bộ ấp 2", size: 9, heading: "roman", subtotal: "Cộng: n" },
    ];
    const list = groupedList(groups, { total: 21 });
    return { list, analysis: analyzeWorkbook([list.grid], { words: VI, criteria: preset("qd366-2025") }) };
  };

  it("reads them as subtotals, each checked against its cell's members", () => {
    const { analysis } = analyse();
    expect(analysis.sheets[0].rows).toMatchObject({
      records: 21,
      sections: 2,
      subtotals: 2,
      totals: 1,
      skipped: 2, // the signature block
    });
    expect(analysis.issues.filter((i) => i.code === "count-mismatch")).toEqual([]);
  });

  it("reports one whose count is wrong, at its label", () => {
    const { list, analysis } = analyse(13);
    expect(analysis.issues.filter((i) => i.code === "count-mismatch")).toMatchObject([
      { cell: toA1(list.subtotalRows[0], 1), params: { stated: 13, computed: 12 } },
    ]);
  });
});

describe("the cap in a grouped list", () => {
  // Ten HTXSNV among 25 HTTNV: over 20% for the commune; within it for cell 2 alone.
  const top = "Hoàn thành xuất sắc nhiệm vụ";
  const good = "Hoàn thành tốt nhiệm vụ";
  const levels = (tops: number, size: number) =>
    Object.fromEntries(Array.from({ length: size }, (_, i) => [i, i < tops ? top : good]));
  const groups: CellGroup[] = [
    { name: "Chi bộ 1", size: 15, heading: "roman", subtotal: "Cộng", levels: levels(8, 15) },
    { name: "Chi bộ 2", size: 20, heading: "roman", subtotal: "Cộng", levels: levels(2, 20) },
  ];
  const list = groupedList(groups);

  it("is judged over the grassroots unit by default", () => {
    const analysis = analyzeWorkbook([list.grid], { words: VI, criteria: preset("qd366-2025") });
    expect(analysis.results.members?.cap?.exceeded).toBe(true);
    expect(analysis.issues.filter((i) => i.code === "cap-exceeded")).toHaveLength(1);
  });

  it("is judged per cell where the criteria say so", () => {
    const base = preset("qd366-2025");
    if (!base.cap) throw new Error("the preset has a cap");
    const criteria = { ...base, cap: { ...base.cap, scope: "cell" as const } };
    const analysis = analyzeWorkbook([list.grid], { words: VI, criteria });
    const caps = analysis.issues.filter((i) => i.code === "cap-exceeded");
    expect(caps).toHaveLength(1);
    expect(caps[0].params).toMatchObject({ actual: 8 });
  });
});

describe("a list without numbers whose names begin like signature words", () => {
  it("keeps “Bí thư …” and “Tổng …” rated like any member, and still stops at the signature block", () => {
    const sheet = memberSheet({
      fields: ["name", "level", "notes"],
      members: [
        { name: "Nguyễn Văn An", level: "HTTNV" },
        { name: "Bí thư Trần Văn Hải", level: "HTXSNV" },
        { name: "Tổng Thị Lan", level: "HTNV" },
      ],
      after: footerRows(),
    });
    const analysis = analyzeWorkbook([sheet], { words: VI, criteria: preset("qd366-2025") });
    expect(analysis.results.members?.total).toBe(3);
    expect(analysis.sheets[0].rows).toEqual({ records: 3, sections: 0, subtotals: 0, totals: 0, skipped: 2 });
  });
});
