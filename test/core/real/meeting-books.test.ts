import { analyzeWorkbook } from "../../../src/core/analyze";
import { toA1 } from "../../../src/core/grid/address";
import { preset } from "../../support/grids";
import {
  meetingsLog,
  monthlyScores,
  RUBRIC_LINES,
  yearOfScores,
  type LogLine,
} from "../../support/real-shapes";
import { VI } from "../../support/words";

const criteria = preset("qd366-2025");

/** Twelve months scored right: totals are the groups' sums, grades by the thresholds. */
function rightYear() {
  const scores = Array.from({ length: 12 }, (_, m) => monthlyScores(m + 1));
  const totals = scores.map((s) => RUBRIC_LINES.reduce((sum, line, i) => sum + (line.group ? s[i] : 0), 0));
  const grades = totals.map((t) => (t >= 90 ? "Tốt" : t >= 70 ? "Khá" : "Trung bình"));
  return { scores, totals, grades };
}

/** 0-based rows of yearOfScores: lines from 6, the total at 12, the grade at 13; months from column D. */
const LINE_ROW = 6;
const TOTAL_ROW = LINE_ROW + RUBRIC_LINES.length;
const GRADE_ROW = TOTAL_ROW + 1;
const monthCol = (month: number) => 2 + month;

describe("a year of meeting scores, the months across (issue 8, point 7)", () => {
  it("is recognized as a score sheet with a column per month, and finds nothing wrong in right scores", () => {
    const { scores, totals, grades } = rightYear();
    const analysis = analyzeWorkbook([yearOfScores(scores, totals, grades)], { words: VI, criteria });
    expect(analysis.sheets[0].kind).toBe("meeting-score");
    expect(analysis.sheets[0].columns).toMatchObject({ "monthScore:1": "D", "monthScore:12": "O" });
    expect(analysis.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("checks each month like a single score sheet: a sub-score above its maximum, a total, a grade", () => {
    const { scores, totals, grades } = rightYear();
    scores[2][1] = 11; // March, item 1 (max 10); its group I still says 14
    totals[6] = totals[6] + 5; // July's total
    grades[10] = "Khá"; // November: 94 points is Tốt
    const analysis = analyzeWorkbook([yearOfScores(scores, totals, grades)], { words: VI, criteria });
    const at = (code: string) => analysis.issues.filter((i) => i.code === code).map((i) => i.cell);
    expect(at("score-above-max")).toEqual([toA1(LINE_ROW + 1, monthCol(3))]);
    expect(at("total-mismatch")).toEqual(
      expect.arrayContaining([toA1(LINE_ROW, monthCol(3)), toA1(TOTAL_ROW, monthCol(7))]),
    );
    expect(at("level-score-mismatch")).toEqual([toA1(GRADE_ROW, monthCol(11))]);
  });

  it("leaves months not yet scored alone", () => {
    const { scores, totals, grades } = rightYear();
    const half = yearOfScores(scores.slice(0, 6), totals.slice(0, 6), grades.slice(0, 6));
    const analysis = analyzeWorkbook([half], { words: VI, criteria });
    expect(analysis.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});

/** A year of monthly meetings of a 30-member cell with 2 exempted, everyone there. */
function year(): LogLine[] {
  return Array.from({ length: 12 }, (_, m) => ({
    month: m + 1,
    members: 30,
    exempted: 2,
    present: 27,
    excused: 1,
    unexcused: 0,
    thematic: m % 3 === 2 ? "x" : null,
  }));
}

describe("a meetings log with attendance columns and a “Chuyên đề” column (issue 8, point 7)", () => {
  it("reads attendance from Có mặt, Miễn sinh hoạt and the absences, and thematic meetings from the column", () => {
    const analysis = analyzeWorkbook([meetingsLog(year())], { words: VI, criteria });
    expect(analysis.sheets[0].kind).toBe("meetings");
    expect(analysis.results.meetings).toMatchObject({ regular: 12, thematic: 4, missingQuarters: [] });
    expect(analysis.issues.filter((i) => i.code === "meeting-count")).toEqual([]);
  });

  it("reads a thematic meeting on its own row, or noted in the content of the month's row", () => {
    const lines = year().map((line) => ({ ...line, thematic: null }));
    lines[2].content = "Sinh hoạt thường kỳ kết hợp chuyên đề học tập và làm theo tư tưởng Bác";
    lines.splice(6, 0, { ...lines[5], date: "20/06/2025", content: "Sinh hoạt chuyên đề quý II" });
    lines[9].content = "Sinh hoạt chuyên đề";
    lines.splice(10, 0, { ...lines[9], date: "25/09/2025", content: "Sinh hoạt thường kỳ" });
    const analysis = analyzeWorkbook([meetingsLog(lines)], { words: VI, criteria });
    expect(analysis.results.meetings).toMatchObject({ regular: 12, thematic: 3, missingQuarters: [4] });
    const counts = analysis.issues.filter((i) => i.code === "meeting-count");
    expect(counts.map((i) => i.params.quarter)).toEqual([4]);
  });

  it("reports low attendance and a head count that does not add up, at the Có mặt cell", () => {
    const lines = year();
    lines[4] = { ...lines[4], present: 22, excused: 6 }; // May: 22 of 28
    lines[7] = { ...lines[7], present: 26 }; // August: 26 + 1 + 2 ≠ 30
    const analysis = analyzeWorkbook([meetingsLog(lines)], { words: VI, criteria });
    const at = (code: string) => analysis.issues.filter((i) => i.code === code).map((i) => i.cell);
    expect(at("attendance-low")).toContain("F11");
    expect(at("count-mismatch")).toEqual(["F14"]);
  });
});

/** rightYear with months 4 and 9 scored lower (group III at 30: 81 or 82 points, Khá). */
function yearWithTwoKha() {
  const { scores } = rightYear();
  for (const m of [3, 8]) scores[m][4] = 30;
  const totals = scores.map((s) => RUBRIC_LINES.reduce((sum, line, i) => sum + (line.group ? s[i] : 0), 0));
  const grades = totals.map((t) => (t >= 90 ? "Tốt" : t >= 70 ? "Khá" : "Trung bình"));
  return { scores, totals, grades };
}

/** meetingsLog with "Chi bộ chấm" and "Xếp loại" columns added, from the given scores by month. */
function gradedLog(lines: LogLine[], scoreOf: (month: number) => number, gradeOf: (month: number) => string) {
  const log = meetingsLog(lines);
  const header = 5;
  const rows = log.rows.map((line, r) => {
    const month = r - header - 1;
    if (r === header) return [...line, "Chi bộ chấm", "Xếp loại"];
    if (month >= 0 && month < lines.length)
      return [...line, scoreOf(lines[month].month), gradeOf(lines[month].month)];
    return [...line];
  });
  return { ...log, rows };
}

describe("a year of meeting scores in the meetings' results (issue 8, point 7)", () => {
  it("counts each scored month's grade when the workbook has no meetings log", () => {
    const { scores, totals, grades } = yearWithTwoKha();
    const analysis = analyzeWorkbook([yearOfScores(scores, totals, grades)], { words: VI, criteria });
    expect(analysis.results.meetings).toMatchObject({
      regular: 12,
      grades: { Tốt: 10, Khá: 2 },
      missingMonths: [],
      missingQuarters: [],
    });
  });

  it("counts the grade the total gives, not a grade typed wrong (which is reported at its cell)", () => {
    const { scores, totals, grades } = yearWithTwoKha();
    grades[10] = "Khá"; // November: 94 points is Tốt
    const analysis = analyzeWorkbook([yearOfScores(scores, totals, grades)], { words: VI, criteria });
    expect(analysis.results.meetings?.grades).toEqual({ Tốt: 10, Khá: 2 });
    expect(analysis.issues.filter((i) => i.code === "level-score-mismatch").map((i) => i.cell)).toEqual([
      toA1(GRADE_ROW, monthCol(11)),
    ]);
  });

  it("counts only the months scored, and says the unscored ones had no meeting", () => {
    const { scores, totals, grades } = yearWithTwoKha();
    const half = yearOfScores(scores.slice(0, 6), totals.slice(0, 6), grades.slice(0, 6));
    const analysis = analyzeWorkbook([half], { words: VI, criteria });
    expect(analysis.results.meetings).toMatchObject({
      regular: 6,
      grades: { Tốt: 5, Khá: 1 },
      missingMonths: [7, 8, 9, 10, 11, 12],
    });
  });

  it("gives a log without grades the book's grades, counting each month's meeting once", () => {
    const { scores, totals, grades } = yearWithTwoKha();
    const analysis = analyzeWorkbook([meetingsLog(year()), yearOfScores(scores, totals, grades)], {
      words: VI,
      criteria,
    });
    expect(analysis.results.meetings).toMatchObject({
      regular: 12,
      thematic: 4,
      grades: { Tốt: 10, Khá: 2 },
      missingMonths: [],
    });
  });

  it("keeps a log's own grades for the months it graded, and adds the book's for the others", () => {
    const { scores, totals, grades } = yearWithTwoKha();
    // The log grades January to June itself, all 95 points (Tốt); the book has April at Khá.
    const lines = year().slice(0, 6);
    const log = gradedLog(
      lines,
      () => 95,
      () => "Tốt",
    );
    const analysis = analyzeWorkbook([log, yearOfScores(scores, totals, grades)], { words: VI, criteria });
    const meetings = analysis.results.meetings;
    // January–June from the log (6 Tốt), July–December from the book (5 Tốt, September Khá).
    expect(meetings?.grades).toEqual({ Tốt: 11, Khá: 1 });
    expect(meetings?.regular).toBe(6);
    expect(meetings?.missingMonths).toEqual([7, 8, 9, 10, 11, 12]);
  });

  it("leaves the model cell's cadence unjudged on a score book alone, judged with a log", () => {
    const { scores, totals, grades } = rightYear();
    const book = yearOfScores(scores, totals, grades);
    const alone = analyzeWorkbook([book], { words: VI, criteria: "yen-bai-qd11" }).results.modelCell;
    expect(alone?.unmet).toContain("meetings.modelCell.cadenceUnknown");
    expect(alone?.unmet).not.toContain("meetings.modelCell.meetingScoresUnknown");
    const withLog = analyzeWorkbook([meetingsLog(year()), book], { words: VI, criteria: "yen-bai-qd11" })
      .results.modelCell;
    expect(withLog?.unmet).not.toContain("meetings.modelCell.cadenceUnknown");
    expect(withLog?.unmet).not.toContain("meetings.modelCell.meetingScoresUnknown");
  });
});
