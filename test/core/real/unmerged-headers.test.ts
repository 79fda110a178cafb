import { analyzeWorkbook } from "../../../src/core/analyze";
import type { CellValue, Grid } from "../../../src/core/grid/types";
import { grid, markedSheet, memberSheet, preset, titleRows } from "../../support/grids";
import { LevelMatcher } from "../../../src/core/criteria/level-matcher";
import { findHeader } from "../../../src/core/recognize/header";
import { SheetText } from "../../../src/core/recognize/sheet-text";
import { threeRowSummary, type SummaryLine } from "../../support/real-shapes";
import { VI } from "../../support/words";

/**
 * Two-row headers typed without merges, as files copied "as values", laid out with "Center Across
 * Selection" or written by scripts have them: the group heading stands in its first column and the
 * columns beside it are blank, the sub-headings are on the row below.
 */
const criteria = preset("qd366-2025");
const LEVELS = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];

/** TT | Chi bộ | Tổng số | Số được đánh giá | <group> over four levels | Không đánh giá; rows from Excel row 9. */
function summary(group: string, levelTexts: string[], merged: boolean): Grid {
  const rows: CellValue[][] = [...titleRows()];
  rows.push([
    "TT",
    "Chi bộ",
    "Tổng số đảng viên",
    "Số đảng viên được đánh giá",
    group,
    null,
    null,
    null,
    "Không đánh giá, xếp loại",
  ]);
  rows.push([null, null, null, null, ...levelTexts, null]);
  rows.push([1, "Chi bộ ấp 1", 25, 24, 3, 17, 4, 0, 1]);
  rows.push([2, "Chi bộ ấp 2", 31, 29, 4, 20, 5, 0, 1]); // 29 + 1 is not 31: row 9, cell C9
  rows.push([null, "Cộng", 56, 53, 7, 37, 9, 0, 2]); // 53 + 2 is not 56: C10
  const merges = merged
    ? [0, 1, 2, 3, 8]
        .map((c) => ({ top: 5, left: c, bottom: 6, right: c }))
        .concat({ top: 5, left: 4, bottom: 5, right: 7 })
    : [];
  return grid("Báo cáo", rows, { merges });
}

function readSummary(sheet: Grid) {
  const analysis = analyzeWorkbook([sheet], { words: VI, criteria });
  const info = analysis.sheets.find((s) => s.name === sheet.name);
  const totals = analysis.issues.filter((i) => i.code === "count-mismatch").map((i) => i.cell);
  return { info, totals };
}

describe("two-row headers without merges", () => {
  const shapes: [string, string[]][] = [
    ["Trong đó", LEVELS],
    ["Kết quả xếp loại", LEVELS],
    [
      "Trong đó",
      [
        "Hoàn thành xuất sắc nhiệm vụ",
        "Hoàn thành tốt nhiệm vụ",
        "Hoàn thành nhiệm vụ",
        "Không hoàn thành nhiệm vụ",
      ],
    ],
  ];

  it.each(shapes)(
    "reads a summary whose group heading “%s” stands over the levels unmerged",
    (group, levels) => {
      const unmerged = readSummary(summary(group, levels, false));
      expect(unmerged.info?.kind).toBe("reported-summary");
      expect(unmerged.info?.headerRows).toEqual([6, 7]);
      expect(unmerged.info?.columns).toMatchObject({
        total: "C",
        assessed: "D",
        "levelCount:HTXSNV": "E",
        "levelCount:KHTNV": "H",
      });
      expect(unmerged.totals).toEqual(["C9", "C10"]);
      // The same table with its merges reads the same.
      const merged = readSummary(summary(group, levels, true));
      expect(merged.info?.columns).toEqual(unmerged.info?.columns);
      expect(merged.totals).toEqual(unmerged.totals);
    },
  );

  it("reads a list marked by level columns under an unmerged “Kết quả xếp loại”", () => {
    const lines = [
      { name: "Nguyễn Văn An", marks: [0] },
      { name: "Trần Thị Bình", marks: [1] },
      { name: "Lê Văn Cường", marks: [1] },
    ];
    const marked = markedSheet(lines);
    const unmerged = analyzeWorkbook([{ ...marked, merges: [] }], { words: VI, criteria });
    const withMerges = analyzeWorkbook([marked], { words: VI, criteria });
    expect(unmerged.sheets[0].headerRows).toEqual([6, 7]);
    expect(unmerged.results.members).toEqual(withMerges.results.members);
    expect(unmerged.results.members?.levels).toMatchObject({ HTXSNV: { count: 1 }, HTTNV: { count: 2 } });
  });

  it("never takes a first record of texts into a one-row header", () => {
    // Every cell of the first record is text, and its level is a header word; the header above is full.
    const sheet = memberSheet({
      members: [
        { index: "1", name: "Nguyễn Văn An", level: "Hoàn thành tốt nhiệm vụ" },
        { index: "2", name: "Trần Thị Bình", level: "Hoàn thành nhiệm vụ" },
      ],
    });
    const analysis = analyzeWorkbook([sheet], { words: VI, criteria });
    expect(analysis.sheets[0].headerRows).toHaveLength(1);
    expect(analysis.results.members?.levels).toMatchObject({ HTTNV: { count: 1 }, HTNV: { count: 1 } });
  });

  it("does not stack a row of texts under headings that have no blank beside them", () => {
    const rows: CellValue[][] = [...titleRows()];
    rows.push([
      "TT",
      "Chi bộ",
      "Tổng số đảng viên",
      "Số đảng viên được đánh giá",
      ...LEVELS,
      "Không đánh giá, xếp loại",
    ]);
    rows.push([null, "Ghi chú", "Tổng số", "Số được đánh giá", null, null, null, null, null]);
    rows.push([1, "Chi bộ ấp 1", 25, 24, 3, 17, 4, 0, 1]);
    const { info } = readSummary(grid("Báo cáo", rows));
    expect(info?.headerRows).toEqual([6]);
  });

  it("reads a three-row summary (levels over “Số lượng” | “Tỷ lệ (%)”) typed without merges as with them", () => {
    const pct = (n: number) => n;
    const lines: SummaryLine[] = [
      {
        content: "Đảng viên",
        total: 42,
        assessed: 40,
        notAssessed: 2,
        pairs: [
          [4, pct(10)],
          [30, pct(75)],
          [5, pct(12.5)],
          [1, pct(2.5)],
        ],
      },
      // 16,7 + 66,7 + 16,7 = 100,1: a share sum the checks must find in both forms.
      {
        content: "Đảng viên là cán bộ",
        total: 12,
        assessed: 12,
        notAssessed: 0,
        pairs: [
          [2, pct(16.7)],
          [8, pct(66.7)],
          [2, pct(16.7)],
          [0, pct(0)],
        ],
      },
    ];
    const merged = threeRowSummary(lines);
    const read = (sheet: Grid) => {
      const analysis = analyzeWorkbook([sheet], { words: VI, criteria });
      return {
        info: analysis.sheets[0],
        issues: analysis.issues.map((i) => `${i.code}@${i.cell}`).sort(),
      };
    };
    const withMerges = read(merged);
    const without = read({ ...merged, merges: [] });
    expect(without.info.headerRows).toEqual(withMerges.info.headerRows);
    expect(without.info.columns).toEqual(withMerges.info.columns);
    expect(without.info.columns).toMatchObject({ "levelCount:HTTNV": "H", "levelPercent:HTTNV": "I" });
    expect(without.issues).toEqual(withMerges.issues);
    expect(without.issues).toContain("percent-sum@G10");
  });

  it("takes no heading standing alone over two rows for a group (“Tổng số” over a blank)", () => {
    const levels = new LevelMatcher(criteria);
    const rows: CellValue[][] = [
      ["TT", "Tổng số", null, "Kết quả xếp loại", null],
      [null, null, "Số được đánh giá", "HTXSNV", "HTTNV"],
      [1, 20, 19, 4, 15],
    ];
    const header = findHeader(new SheetText(grid("S", rows)), levels);
    expect(header?.rows).toEqual([0, 1]);
    expect(header?.texts[2]).toEqual(["Số được đánh giá"]);
    expect(header?.texts[4]).toEqual(["Kết quả xếp loại", "HTTNV"]);
  });
});
