import { analyzeWorkbook } from "../../../src/core/analyze";
import { issueMessage } from "../../../src/i18n";
import type { CellValue } from "../../../src/core/grid/types";
import { footerRows, grid, memberSheet, preset, titleRows } from "../../support/grids";
import { threeRowSummary, type SummaryLine } from "../../support/real-shapes";
import { VI } from "../../support/words";

const criteria = preset("qd366-2025");

/** 40 members: 4 HTXSNV, 30 HTTNV, 5 HTNV, 1 KHTNV; 2 not classified. */
function memberList() {
  const levels = [
    ...Array<string>(4).fill("Hoàn thành xuất sắc nhiệm vụ"),
    ...Array<string>(30).fill("Hoàn thành tốt nhiệm vụ"),
    ...Array<string>(5).fill("Hoàn thành nhiệm vụ"),
    "Không hoàn thành nhiệm vụ",
    "Miễn sinh hoạt",
    "Mới kết nạp",
  ];
  return memberSheet({
    members: levels.map((level, i) => ({ name: `Đảng viên số ${i + 1}`, level })),
  });
}

/** The right figures for memberList, with shares written the way given. */
function line(share: (value: number) => CellValue, overrides: Partial<SummaryLine> = {}): SummaryLine {
  const counts = [4, 30, 5, 1];
  const percents = [10, 75, 12.5, 2.5];
  return {
    content: "Đảng viên",
    total: 42,
    assessed: 40,
    notAssessed: 2,
    pairs: counts.map((count, k) => [count, share(percents[k])] as [CellValue, CellValue]),
    ...overrides,
  };
}

/** Two cells' lines whose figures add up to line()'s 42 members (20 + 22). */
function twoCellLines(): [SummaryLine, SummaryLine] {
  const first: SummaryLine = {
    ...line((p) => p),
    content: "Chi bộ ấp 1",
    total: 20,
    assessed: 19,
    notAssessed: 1,
  };
  first.pairs = [
    [2, 10.5],
    [14, 73.7],
    [3, 15.8],
    [0, 0],
  ];
  const second: SummaryLine = {
    ...line((p) => p),
    content: "Chi bộ ấp 2",
    total: 22,
    assessed: 21,
    notAssessed: 1,
  };
  second.pairs = [
    [2, 9.5],
    [16, 76.2],
    [2, 9.5],
    [1, 4.8],
  ];
  return [first, second];
}

function issuesOf(lines: SummaryLine[], withList = true) {
  const analysis = analyzeWorkbook([...(withList ? [memberList()] : []), threeRowSummary(lines)], {
    words: VI,
    criteria,
  });
  const sheet = analysis.sheets.find((s) => s.name === "Biểu tổng hợp");
  return { analysis, sheet, issues: analysis.issues.filter((i) => i.sheet === "Biểu tổng hợp") };
}

describe("a summary sent up, under a three-row header (issue 8, point 5)", () => {
  it("is recognized with its level column pairs under “Kết quả đánh giá, xếp loại”", () => {
    const { sheet } = issuesOf([line((p) => p)]);
    expect(sheet?.kind).toBe("reported-summary");
    expect(sheet?.headerRows).toEqual([6, 7, 8]);
    expect(sheet?.columns).toMatchObject({
      total: "C",
      assessed: "D",
      "levelCount:HTXSNV": "F",
      "levelPercent:HTXSNV": "G",
      "levelCount:KHTNV": "L",
      "levelPercent:KHTNV": "M",
    });
  });

  it.each([
    ["numbers", (p: number) => p],
    ["text with a decimal comma and %", (p: number) => `${String(p).replace(".", ",")}%`],
    ["text with a decimal comma", (p: number) => String(p).replace(".", ",")],
    ["fractions shown with a % format", (p: number) => p / 100],
  ])("finds nothing wrong in right figures typed as %s", (_label, share) => {
    const { issues } = issuesOf([line(share)]);
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it.each([
    ["numbers", (p: number) => p, 12.5],
    ["text", (p: number) => `${String(p).replace(".", ",")}%`, "12,5%"],
    ["fractions", (p: number) => p / 100, 0.125],
  ])("reports a wrong share typed as %s at its cell", (_label, share, wrongHTXSNV) => {
    const right = line(share);
    right.pairs[0] = [4, wrongHTXSNV];
    const { issues } = issuesOf([right]);
    expect(issues.filter((i) => i.code === "percent-mismatch").map((i) => i.cell)).toEqual(["G9"]);
    expect(issues.filter((i) => i.code === "percent-sum").map((i) => i.cell)).toEqual(["G9"]);
  });

  it("reports a level count that differs from the list in the same workbook, at its cell", () => {
    const wrong = line((p) => p);
    wrong.pairs[1] = [31, 75];
    const { issues } = issuesOf([wrong]);
    expect(issues.filter((i) => i.code === "cross-sheet-mismatch").map((i) => i.cell)).toContain("H9");
    expect(issues.filter((i) => i.code === "count-mismatch").map((i) => i.cell)).toEqual(["D9"]);
  });

  it("reports a not-assessed count that differs from the list's not classified, at its cell", () => {
    const { issues } = issuesOf([line((p) => p, { total: 43, notAssessed: 3 })]);
    const cross = issues.filter((i) => i.code === "cross-sheet-mismatch");
    expect(cross.map((i) => [i.cell, i.params.stated, i.params.computed])).toEqual([
      ["C9", 43, 42],
      ["E9", 3, 2],
    ]);
    expect(issueMessage(cross[1], "vi")).toMatch(/^Số không đánh giá, xếp loại/);
  });

  it("checks a total line against the lines above it", () => {
    const [cells, second] = twoCellLines();
    const total = { ...line((p) => p), content: "Tổng cộng", total: 42, assessed: 40 };
    total.pairs[2] = [6, 12.5];
    const { issues, sheet } = issuesOf([cells, second, total], false);
    expect(sheet?.rows).toMatchObject({ records: 2, totals: 1 });
    expect(
      issues
        .filter((i) => i.code === "count-mismatch")
        .map((i) => i.cell)
        .sort(),
    ).toEqual(["D11", "J11"]);
  });
});

describe("“Tổng số” against those assessed plus those not assessed (issue 8, point 5)", () => {
  const countMismatches = (issues: { code: string; cell: string | null }[]) =>
    issues.filter((i) => i.code === "count-mismatch").map((i) => i.cell);

  it("maps “Không đánh giá, xếp loại” under “Trong đó” as the not-assessed column", () => {
    const { sheet } = issuesOf([line((p) => p)]);
    expect(sheet?.columns).toMatchObject({ total: "C", assessed: "D", notAssessed: "E" });
  });

  it.each([
    ["numbers", 42, 40, 2],
    ["text", "42", "40", "2"],
    ["a blank for none", 40, 40, null],
  ])("finds a right total typed as %s", (_label, total, assessed, notAssessed) => {
    const right = line((p) => p, { total, assessed, notAssessed });
    const { issues } = issuesOf([right], false);
    expect(countMismatches(issues)).toEqual([]);
  });

  it.each([
    ["a number", 43],
    ["text", "43"],
  ])(
    "reports a total typed as %s that is not assessed + not assessed, at the “Tổng số” cell",
    (_l, total) => {
      const { issues } = issuesOf([line((p) => p, { total })], false);
      expect(countMismatches(issues)).toEqual(["C9"]);
      const found = issues.find((i) => i.code === "count-mismatch");
      expect(found?.params).toMatchObject({ stated: 43, computed: 42 });
      expect(found && issueMessage(found, "vi")).toBe(
        "Tổng số (bằng số được đánh giá cộng số không đánh giá) ghi 43 nhưng đếm được 42. Hãy đếm lại.",
      );
      expect(found && issueMessage(found, "en")).toMatch(
        /^The total \(those assessed plus those not assessed\)/,
      );
    },
  );

  it("checks the total line too, and its not-assessed cell against the lines above", () => {
    const [first, second] = twoCellLines();
    // The total line says 3 not assessed where the lines above have 2: the total 42 is then wrong too.
    const total = { ...line((p) => p), content: "Tổng cộng", total: 42, assessed: 40, notAssessed: 3 };
    const { issues } = issuesOf([first, second, total], false);
    expect(countMismatches(issues).sort()).toEqual(["C11", "E11"]);
  });

  /** TT | Chi bộ | Tổng số đảng viên | the four levels | Không xếp loại: no assessed column. */
  function levelsOnly(lines: { cell: string; total: CellValue; counts: CellValue[] }[]) {
    const rows: CellValue[][] = [...titleRows({ title: "TỔNG HỢP XẾP LOẠI ĐẢNG VIÊN NĂM 2025" })];
    rows.push(["TT", "Chi bộ", "Tổng số đảng viên", "Kết quả xếp loại", null, null, null, null]);
    rows.push([null, null, null, "HTXSNV", "HTTNV", "HTNV", "KHTNV", "Không xếp loại"]);
    lines.forEach((l, i) => rows.push([i + 1, l.cell, l.total, ...l.counts]));
    rows.push(...footerRows());
    return grid("Tổng hợp", rows, {
      merges: [
        { top: 5, left: 0, bottom: 6, right: 0 },
        { top: 5, left: 1, bottom: 6, right: 1 },
        { top: 5, left: 2, bottom: 6, right: 2 },
        { top: 5, left: 3, bottom: 5, right: 7 },
      ],
    });
  }

  it("without an assessed column, checks the total against the levels plus “Không xếp loại”", () => {
    const analysis = analyzeWorkbook(
      [
        levelsOnly([
          { cell: "Chi bộ ấp 1", total: 20, counts: [2, 14, 3, 0, 1] },
          { cell: "Chi bộ ấp 2", total: 23, counts: [2, 16, 2, 1, 1] },
        ]),
      ],
      { words: VI, criteria },
    );
    const sheet = analysis.sheets.find((s) => s.name === "Tổng hợp");
    expect(sheet?.kind).toBe("reported-summary");
    expect(sheet?.columns).toMatchObject({ total: "C", notAssessed: "H" });
    const found = analysis.issues.filter((i) => i.code === "count-mismatch");
    expect(found.map((i) => i.cell)).toEqual(["C9"]);
    expect(found[0].params).toMatchObject({ stated: 23, computed: 22 });
  });
});
