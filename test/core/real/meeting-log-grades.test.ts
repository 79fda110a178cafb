import { analyzeWorkbook } from "../../../src/core/analyze";
import type { CellValue } from "../../../src/core/grid/types";
import { issueMessage } from "../../../src/i18n";
import { grid, preset, titleRows } from "../../support/grids";
import { VI } from "../../support/words";

/** A meetings log that states each month's grade and keeps no scores, as many cells' books do. */
function gradedLog(grades: CellValue[]) {
  const rows: CellValue[][] = [...titleRows()];
  rows.push([
    "Tháng",
    "Tổng số đảng viên",
    "Có mặt",
    "Vắng có lý do",
    "Vắng không lý do",
    "Chuyên đề",
    "Xếp loại buổi sinh hoạt",
  ]);
  grades.forEach((grade, i) => rows.push([i + 1, 20, 19, 1, 0, i % 3 === 2 ? "x" : null, grade]));
  return grid("Sổ sinh hoạt", rows);
}

const criteria = preset("qd366-2025");
const FIRST_ROW = titleRows().length + 2; // 1-based Excel row of January

describe("a meetings log with grades and no scores", () => {
  it("counts each month's stated grade, in the criteria's spelling", () => {
    const grades = [
      "Tốt",
      "tốt",
      "TỐT",
      "Khá",
      "khá ",
      "Tốt",
      "Tốt",
      "Tốt",
      "Trung bình",
      "Tốt",
      "Tốt",
      "Tốt",
    ];
    const analysis = analyzeWorkbook([gradedLog(grades)], { words: VI, criteria });
    expect(analysis.results.meetings?.grades).toEqual({ Tốt: 9, Khá: 2, "Trung bình": 1 });
    expect(analysis.issues.filter((i) => i.code === "meeting-grade-unknown")).toEqual([]);
  });

  it("does not count a text that is no grade, and says so at its cell in both languages", () => {
    const grades = ["Tốt", "Tốt", "Đạt", "Tốt", "Tốt", "Tốt", "Tốt", "Tốt", "Tốt", "Tốt", "Tốt", "Tốt"];
    const analysis = analyzeWorkbook([gradedLog(grades)], { words: VI, criteria });
    expect(analysis.results.meetings?.grades).toEqual({ Tốt: 11 });
    const unknown = analysis.issues.filter((i) => i.code === "meeting-grade-unknown");
    expect(unknown.map((i) => i.cell)).toEqual([`G${FIRST_ROW + 2}`]);
    expect(VI.issueMessage(unknown[0])).toContain("“Đạt”");
    expect(issueMessage(unknown[0], "en")).toMatch(
      /“Đạt”, which is none of the criteria's grades \(Tốt, Khá, Trung bình, Kém\)/,
    );
  });
});
