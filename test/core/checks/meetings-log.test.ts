import { MEETINGS_LOG_HEADER } from "../../../scripts/sample-data";
import { spokenParams } from "../../support/grids";
import { getPreset, type Criteria } from "../../../src/core/criteria";
import { LevelMatcher } from "../../../src/core/criteria/level-matcher";
import type { CellValue, Grid } from "../../../src/core/grid/types";
import { IssueSink, type Issue } from "../../../src/core/issues";
import { recognizeSheet } from "../../../src/core/recognize/table";
import { checkMeetingLog, mergeMeetingResults } from "../../../src/core/checks/meetings";
import type { MeetingResults } from "../../../src/core/types";
import { issueMessage } from "../../../src/i18n";

function preset(id: string): Criteria {
  const criteria = getPreset(id);
  if (!criteria) throw new Error(`no preset ${id}`);
  return criteria;
}

const HD21 = preset("hd21-2019");

/** Columns of MEETINGS_LOG_HEADER, 0-based. */
const COL = {
  month: 1,
  date: 2,
  type: 3,
  members: 4,
  exempted: 5,
  present: 6,
  excused: 7,
  unexcused: 8,
  self: 9,
  upper: 10,
  grade: 11,
};

interface MeetingLine {
  month: CellValue;
  date: CellValue;
  type?: CellValue;
  members?: CellValue;
  exempted?: CellValue;
  present?: CellValue;
  excused?: CellValue;
  unexcused?: CellValue;
  self?: CellValue;
  upper?: CellValue;
  grade?: CellValue;
}

/** A fine meeting of month m: 20 members, 1 exempted, 19 present, scored 95 and graded "Tốt". */
function regular(month: number, patch: Partial<MeetingLine> = {}): MeetingLine {
  return {
    month,
    date: `05/${String(month).padStart(2, "0")}/2025`,
    type: "Thường kỳ",
    members: 20,
    exempted: 1,
    present: 19,
    excused: 0,
    unexcused: 0,
    self: 95,
    upper: 95,
    grade: "Tốt",
    ...patch,
  };
}

function thematic(month: number, patch: Partial<MeetingLine> = {}): MeetingLine {
  return {
    month,
    date: `20/${String(month).padStart(2, "0")}/2025`,
    type: "Chuyên đề",
    members: 20,
    exempted: 1,
    present: 19,
    excused: 0,
    unexcused: 0,
    ...patch,
  };
}

function fullYear(): MeetingLine[] {
  const lines: MeetingLine[] = [];
  for (let m = 1; m <= 12; m++) {
    lines.push(regular(m));
    if (m % 3 === 0) lines.push(thematic(m));
  }
  return lines;
}

function logGrid(lines: MeetingLine[], header: string[] = MEETINGS_LOG_HEADER): Grid {
  const rows: CellValue[][] = [
    ["CHI BỘ TỔ DÂN PHỐ SỐ 5"],
    [],
    ["THEO DÕI SINH HOẠT CHI BỘ NĂM 2025"],
    [],
    header,
  ];
  lines.forEach((line, i) => {
    const row: CellValue[] = [
      i + 1,
      line.month,
      line.date,
      line.type ?? null,
      line.members ?? null,
      line.exempted ?? null,
      line.present ?? null,
      line.excused ?? null,
      line.unexcused ?? null,
      line.self ?? null,
      line.upper ?? null,
      line.grade ?? null,
    ];
    rows.push(row.slice(0, header.length));
  });
  return { name: "Sinh hoạt", rows };
}

/** Sheet row (1-based) of the i-th meeting line. */
const rowOf = (i: number): number => 6 + i;
const cell = (col: number, i: number): string => `${String.fromCharCode(65 + col)}${rowOf(i)}`;

function run(
  lines: MeetingLine[],
  criteria: Criteria = HD21,
  period: number | null = 2025,
  header?: string[],
): { results: MeetingResults; issues: Issue[] } {
  const table = recognizeSheet(logGrid(lines, header), new LevelMatcher(criteria));
  expect(table.info.kind).toBe("meetings");
  const sink = new IssueSink();
  const results = checkMeetingLog(table, criteria, sink, period);
  return { results, issues: sink.issues };
}

const codes = (issues: Issue[]): string[] => issues.map((i) => i.code);

describe("checkMeetingLog: a complete, correct year", () => {
  it("reports nothing and counts 12 regular and 4 thematic meetings", () => {
    const { results, issues } = run(fullYear());
    expect(issues).toEqual([]);
    expect(results.regular).toBe(12);
    expect(results.thematic).toBe(4);
    expect(results.missingMonths).toEqual([]);
    expect(results.missingQuarters).toEqual([]);
    expect(results.attendance).toBe(100);
    expect(results.grades).toEqual({ Tốt: 12 });
    expect(results.yearGrade).toBeNull();
  });
});

describe("attendance", () => {
  it("reports attendance-low at the present cell when the rate is not above 85% (Hướng dẫn 12)", () => {
    const lines = fullYear();
    lines[0] = regular(1, { present: 16, excused: 3 }); // 16/19 = 84.2%
    const { issues, results } = run(lines);
    const low = issues.filter((i) => i.code === "attendance-low");
    expect(low).toHaveLength(1);
    expect(low[0].cell).toBe(cell(COL.present, 0));
    expect(low[0].params).toMatchObject({
      rate: 84.2,
      min: 85,
      comparison: ">",
      unexcused: 0,
      present: 16,
      base: 19,
    });
    // Over all meetings: (16 + 15·19) ÷ (16·19).
    expect(results.attendance).toBe(Math.round(((16 + 15 * 19) / (16 * 19)) * 1000) / 10);
  });

  it("treats exactly the threshold as short when the rule says strictly above, and as enough with ≥", () => {
    const lines = fullYear();
    lines[0] = regular(1, { members: 21, exempted: 1, present: 17, excused: 3 }); // 17/20 = 85%
    expect(codes(run(lines).issues)).toEqual(["attendance-low"]);
    const atLeast: Criteria = { ...HD21, attendance: { ...HD21.attendance, strictlyAbove: false } };
    expect(codes(run(lines, atLeast).issues)).toEqual([]);
  });

  it("reports a single unexcused absence even when the rate is high", () => {
    const lines = fullYear();
    lines[1] = regular(2, { present: 18, unexcused: 1 }); // 94.7%
    const { issues } = run(lines);
    expect(codes(issues)).toEqual(["attendance-low"]);
    expect(issues[0].params).toMatchObject({ unexcused: 1, rate: 94.7 });
    const tolerant: Criteria = { ...HD21, attendance: { ...HD21.attendance, noUnexcusedAbsence: false } };
    expect(codes(run(lines, tolerant).issues)).toEqual([]);
  });

  it("leaves excused absences out of the denominator where the criteria say so", () => {
    const lines = fullYear();
    lines[0] = regular(1, { present: 16, excused: 3 });
    const excusedOut: Criteria = {
      ...HD21,
      attendance: { ...HD21.attendance, excusedLeaveDenominator: true },
    };
    const { issues } = run(lines, excusedOut); // 16 ÷ (19 − 3) = 100%
    expect(codes(issues)).toEqual([]);
  });
});

describe("head count", () => {
  it("reports count-mismatch when present + absent + exempted differ from the members", () => {
    const lines = fullYear();
    lines[2] = regular(3, { present: 17, excused: 1 }); // 17 + 1 + 0 + 1 = 19, not 20
    const { issues } = run(lines);
    const mismatch = issues.find((i) => i.code === "count-mismatch");
    expect(mismatch?.cell).toBe(cell(COL.present, 2));
    expect(spokenParams(mismatch?.params)).toMatchObject({
      what: "Số dự + vắng + miễn",
      stated: 19,
      computed: 20,
    });
  });
});

describe("dates", () => {
  it("reports a date outside the row's month", () => {
    const lines = fullYear();
    lines[0] = regular(1, { date: "05/02/2025" });
    const { issues } = run(lines);
    expect(codes(issues)).toEqual(["meeting-date"]);
    expect(issues[0].cell).toBe(cell(COL.date, 0));
    expect(issues[0].params).toMatchObject({ date: "05/02/2025", expected: "01/2025" });
  });

  it("reports a date in another year than the period", () => {
    const lines = fullYear();
    lines[0] = regular(1, { date: new Date(Date.UTC(2024, 0, 5)) });
    const { issues } = run(lines);
    expect(codes(issues)).toEqual(["meeting-date"]);
    expect(issues[0].params).toMatchObject({ expected: "2025" });
  });

  it("warns about a regular meeting off the fixed day, not a thematic one", () => {
    const fixed: Criteria = { ...HD21, cadence: { ...HD21.cadence, fixedDay: 5 } };
    const lines = fullYear();
    expect(run(lines, fixed).issues).toEqual([]);
    lines[0] = regular(1, { date: "07/01/2025" });
    const { issues } = run(lines, fixed);
    expect(codes(issues)).toEqual(["meeting-date"]);
    expect(issues[0].severity).toBe("warning");
    expect(issues[0].params).toMatchObject({ expected: "05/01/2025" });
  });

  it("reports a date that is not a date, and a formula error", () => {
    const lines = fullYear();
    lines[0] = regular(1, { date: "32/01/2025" });
    lines[1] = regular(2, { date: { error: "#REF!" } });
    const { issues } = run(lines);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["invalid-date", cell(COL.date, 0)],
      ["formula-error", cell(COL.date, 1)],
    ]);
  });
});

describe("cadence", () => {
  it("reports each month without a regular meeting and each quarter without a thematic one", () => {
    const lines = fullYear().filter(
      (l) => !(l.month === 4 && l.type === "Thường kỳ") && !(l.month === 12 && l.type === "Chuyên đề"),
    );
    const { issues, results } = run(lines);
    expect(results.missingMonths).toEqual([4]);
    expect(results.missingQuarters).toEqual([4]);
    const counts = issues.filter((i) => i.code === "meeting-count");
    expect(
      counts.map((i) => [
        i.cell,
        spokenParams(i.params).type,
        i.params.from,
        i.params.to,
        i.params.found,
        i.params.required,
      ]),
    ).toEqual([
      [null, "Thường kỳ", "01/04/2025", "30/04/2025", 0, 1],
      [null, "Chuyên đề", "01/10/2025", "31/12/2025", 0, 1],
    ]);
  });

  it("reads the meeting type from folded text and counts a blank type as regular", () => {
    const lines = fullYear().map((l) =>
      l.type === "Thường kỳ"
        ? { ...l, type: l.month === 1 ? null : "THUONG KY" }
        : { ...l, type: "chuyên đề (kết nạp đảng viên)" },
    );
    const { results, issues } = run(lines);
    expect(issues).toEqual([]);
    expect(results.regular).toBe(12);
    expect(results.thematic).toBe(4);
  });
});

describe("numbers and grades", () => {
  it("reports invalid numbers, numbers typed as text, and scores out of range", () => {
    const lines = fullYear();
    lines[0] = regular(1, { present: "mười chín" });
    lines[1] = regular(2, { present: "19" });
    lines[2] = regular(3, { self: 104, upper: -1, grade: "Kém" });
    lines[4] = regular(4, { upper: Number.NaN });
    const { issues } = run(lines);
    const found = issues.map((i) => `${i.code} ${i.cell}`).sort();
    expect(found).toEqual(
      [
        `invalid-number ${cell(COL.present, 0)}`,
        `number-as-text ${cell(COL.present, 1)}`,
        `score-above-max ${cell(COL.self, 2)}`,
        `score-negative ${cell(COL.upper, 2)}`,
        `invalid-number ${cell(COL.upper, 4)}`,
      ].sort(),
    );
  });

  it("grades by the upper level's score, else the cell's own, and reports a stated grade that differs", () => {
    const lines = fullYear();
    lines[0] = regular(1, { self: 92, upper: 85, grade: "Tốt" }); // 85 → Khá
    lines[1] = regular(2, { self: 72, upper: null, grade: "khá" }); // 72 → Khá, spelled in lower case
    const { issues, results } = run(lines);
    expect(issues.map((i) => [i.code, i.cell, i.params.expected])).toEqual([
      ["level-score-mismatch", cell(COL.grade, 0), "Khá"],
    ]);
    expect(results.grades).toEqual({ Tốt: 10, Khá: 2 });
  });

  it("gives the year grade of Phú Thọ: Tốt needs every regular meeting Khá or better and at least 7 Tốt", () => {
    const phuTho = preset("phu-tho-khoi-co-quan");
    const lines = fullYear().map((l, i) =>
      l.type === "Thường kỳ" && i < 8 ? { ...l, self: 80, upper: 80, grade: "Khá" } : l,
    );
    // Months 1–6 are Khá (six regular meetings among the first eight lines), six are Tốt: not enough.
    expect(run(lines, phuTho).results.yearGrade).toBe("Khá");
    expect(run(fullYear(), phuTho).results.yearGrade).toBe("Tốt");
  });
});

describe("mergeMeetingResults", () => {
  it("adds two halves of a year into one complete year", () => {
    const year = fullYear();
    const first = run(year.filter((l) => Number(l.month) <= 6)).results;
    const second = run(year.filter((l) => Number(l.month) > 6)).results;
    expect(first.missingMonths).toEqual([7, 8, 9, 10, 11, 12]);
    const merged = mergeMeetingResults(first, second);
    expect(merged).toEqual(run(year).results);
    expect(merged.missingMonths).toEqual([]);
  });

  it("keeps a month missing when both halves miss it", () => {
    const year = fullYear().filter((l) => l.month !== 8);
    const merged = mergeMeetingResults(
      run(year.filter((l) => Number(l.month) <= 6)).results,
      run(year.filter((l) => Number(l.month) > 6)).results,
    );
    expect(merged.missingMonths).toEqual([8]);
    expect(merged.regular).toBe(11);
  });
});

describe("messages", () => {
  it("fills every placeholder of every issue's template, in both languages", () => {
    const lines = fullYear().filter((l) => l.month !== 5);
    lines[0] = regular(1, { present: 15, excused: 2, unexcused: 1, date: "07/02/2025", grade: "Kém" });
    lines[1] = regular(2, { present: "abc", self: 120, upper: -2, date: "99/99/2025" });
    lines[2] = regular(3, { members: { error: "#VALUE!" }, present: "19" });
    const fixed: Criteria = { ...HD21, cadence: { ...HD21.cadence, fixedDay: 5 } };
    const { issues } = run(lines, fixed);
    expect(new Set(codes(issues))).toEqual(
      new Set([
        "attendance-low",
        "count-mismatch",
        "meeting-date",
        "level-score-mismatch",
        "invalid-number",
        "score-above-max",
        "score-negative",
        "invalid-date",
        "formula-error",
        "number-as-text",
        "meeting-count",
      ]),
    );
    for (const issue of issues) {
      for (const lang of ["vi", "en"] as const) expect(issueMessage(issue, lang)).not.toMatch(/\{\w+\}/);
    }
  });
});
