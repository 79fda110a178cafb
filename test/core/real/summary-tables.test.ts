import { analyzeWorkbook } from "../../../src/core/analyze";
import type { CellValue } from "../../../src/core/grid/types";
import { memberSheet, preset } from "../../support/grids";
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

  it("checks a total line against the lines above it", () => {
    const cells = { ...line((p) => p), content: "Chi bộ ấp 1", total: 20, assessed: 19, notAssessed: 1 };
    cells.pairs = [
      [2, 10.5],
      [14, 73.7],
      [3, 15.8],
      [0, 0],
    ];
    const second = { ...line((p) => p), content: "Chi bộ ấp 2", total: 22, assessed: 21, notAssessed: 1 };
    second.pairs = [
      [2, 9.5],
      [16, 76.2],
      [2, 9.5],
      [1, 4.8],
    ];
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
