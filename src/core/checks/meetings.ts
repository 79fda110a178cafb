import { meetingResults, periodCounts, type MeetingRecord } from "../compute/meetings";
import { ruleSeverity } from "../criteria/rule-ids";
import type { Criteria } from "../criteria/schema";
import type { Severity } from "../issues/codes";
import { toA1 } from "../grid/address";
import { isCellError } from "../grid/types";
import { term, type IssueSink } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import type { FieldName, MeetingResults } from "../types";
import { columnLabel, readNumberCell, shownNumber, valueOf, type NumberCell } from "../extract/number-cell";
import { gradeForScore, rulesJudgeableWith, sameGrade } from "../compute/meeting-grade";
import { displayValue, readDate, readNumber } from "../grid/cell";
import type { IssueCode } from "../issues/codes";
import { checkMeetingDocuments, EMITS as MEETING_DOCUMENTS } from "./meeting-documents";
import {
  checkMeetingDuration,
  EMITS as MEETING_DURATION,
  readMeetingLength,
  type MeetingLength,
} from "./meeting-duration";

/** The issue codes this file can emit (checked against the catalog and the texts by test/core/issue-codes.test.ts). */
export const EMITS: readonly IssueCode[] = [
  "attendance-low",
  "count-mismatch",
  "formula-error",
  "invalid-date",
  "invalid-number",
  "level-score-mismatch",
  "meeting-count",
  "meeting-date",
  "meeting-grade-unknown",
  "score-above-max",
  "score-negative",
  ...MEETING_DURATION,
  ...MEETING_DOCUMENTS,
];

export { mergeMeetingResults } from "../compute/meetings";

const NUMBER_FIELDS = [
  "members",
  "exempted",
  "present",
  "excused",
  "unexcused",
  "selfScore",
  "upperScore",
] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

const REGULAR_TYPE = term("regularMeeting");
const THEMATIC_TYPE = term("thematicMeeting");

interface DayDate {
  year: number | null;
  month: number | null;
  day: number;
}

/** One row of a meeting log as read, before the checks. */
interface MeetingRow {
  row: number;
  month: number | null;
  date: DayDate | null;
  dateCell: string | null;
  regular: boolean;
  thematic: boolean;
  numbers: Partial<Record<NumberField, NumberCell>>;
  /** How long it lasted, from the duration column or the start and end times. */
  length: MeetingLength | null;
}

export interface MeetingLogOptions {
  /** false: leave the cadence to the caller (a year split over several sheets, see checkMeetingCadence). */
  cadence?: boolean;
}

/**
 * Checks a log of meetings (one row per meeting) and computes its results: attendance of each
 * meeting (Hướng dẫn 12: present ÷ (members − exempted), excused absences out of the denominator
 * where the criteria say so), the head count, dates against the month, the year and the fixed day,
 * regular meetings every month and thematic ones every quarter, and grades against scores.
 * `period` is the year the log is for, when known.
 */
export function checkMeetingLog(
  table: RecognizedTable,
  criteria: Criteria,
  sink: IssueSink,
  period: number | null,
  options: MeetingLogOptions = {},
): MeetingResults {
  const rows = table.extent.rows.map((r) => readMeetingRow(table, r, sink)).filter(isHeld);
  const records: MeetingRecord[] = [];
  for (const row of rows) {
    const attendance = checkAttendance(table, row, criteria, sink);
    checkHeadCount(table, row, sink);
    checkDate(table, row, criteria, period, sink);
    const members = valueOf(row.numbers.members ?? null);
    checkMeetingDuration(table, row.row, { ...row, members }, row.length, criteria, sink);
    checkMeetingDocuments(table, row.row, criteria, sink);
    const grade = checkGrade(table, row, criteria, attendance, sink);
    records.push({
      regular: row.regular,
      thematic: row.thematic,
      month: row.month ?? row.date?.month ?? null,
      present: attendance?.present ?? null,
      base: attendance?.base ?? null,
      grade,
      score: scoreOf(row),
    });
  }
  const results = meetingResults(records, criteria);
  if (options.cadence !== false)
    checkMeetingCadence(results, criteria, sink, { sheet: table.info.name, year: logYear(rows, period) });
  return results;
}

/** The meeting's score: the upper level's when given, else its own; null without one. */
function scoreOf(row: MeetingRow): number | null {
  const upper = row.numbers.upperScore;
  const chosen = upper && upper.state !== "blank" ? upper : row.numbers.selfScore;
  return chosen && chosen.state === "value" ? chosen.value : null;
}

/** A row only holding a month (a meeting still to come) is not a meeting. */
function isHeld(row: MeetingRow): boolean {
  if (row.date) return true;
  return (["present", "selfScore", "upperScore"] as const).some((f) => {
    const cell = row.numbers[f];
    return cell !== undefined && cell.state !== "blank";
  });
}

function readMeetingRow(table: RecognizedTable, r: number, sink: IssueSink): MeetingRow {
  const numbers: MeetingRow["numbers"] = {};
  for (const field of NUMBER_FIELDS) {
    const col = table.columns.get(field);
    if (col !== undefined) numbers[field] = readNumberCell(table, r, col, field, sink);
  }
  const month = readMonth(table, r, sink);
  const dateCol = table.columns.get("date");
  const date = dateCol !== undefined ? readMeetingDate(table, r, dateCol, month, sink) : null;
  const type = meetingType(table, r);
  const length = readMeetingLength(table, r, sink);
  return {
    row: r,
    month,
    date,
    dateCell: dateCol !== undefined ? toA1(r, dateCol) : null,
    ...type,
    numbers,
    length,
  };
}

/**
 * "Thường kỳ" → regular, "Chuyên đề" → thematic, both when the row says both, blank → regular.
 * Without a type column, the content says it ("Sinh hoạt chuyên đề quý II" is a thematic meeting on
 * its own row; "Thường kỳ kết hợp chuyên đề" is both); a mark in a "Chuyên đề" column notes a
 * thematic meeting held with the month's regular one.
 */
function meetingType(table: RecognizedTable, r: number): { regular: boolean; thematic: boolean } {
  const typeCol = table.columns.get("meetingType");
  const contentCol = table.columns.get("content");
  const markCol = table.columns.get("thematic");
  const folded =
    (typeCol !== undefined ? table.text.folded(r, typeCol) : "") ||
    (contentCol !== undefined ? table.text.folded(r, contentCol) : "");
  const marked = markCol !== undefined && isThematicMark(table.text.folded(r, markCol));
  const saysThematic = folded.includes("chuyen de");
  const saysRegular = folded.includes("thuong ky") || folded.includes("dinh ky");
  if (!folded) return { regular: true, thematic: marked };
  // A content text that names neither kind is a regular meeting's agenda.
  const regular = saysRegular || !saysThematic;
  return { regular, thematic: saysThematic || marked };
}

/** "x", "có", "1" or a topic's title mark a thematic meeting; "0", "không", "-" do not. */
function isThematicMark(folded: string): boolean {
  return folded !== "" && !/^(0|khong|k|-|–)$/.test(folded.trim());
}

/** The month column: 3, "3", "Tháng 3", "T3", "03/2025" or a date; null when blank. */
function readMonth(table: RecognizedTable, r: number, sink: IssueSink): number | null {
  const col = table.columns.get("month");
  if (col === undefined) return null;
  const raw = table.text.raw(r, col);
  const cell = toA1(r, col);
  const common = { sheet: table.info.name, cell, row: r + 1, column: "month" };
  if (isCellError(raw)) {
    sink.add("formula-error", { ...common, value: raw.error, params: { value: raw.error } });
    return null;
  }
  if (raw instanceof Date) return readDate(raw).kind === "date" ? raw.getUTCMonth() + 1 : null;
  const number = readNumber(raw);
  if (number.kind === "blank") return null;
  let month: number | null = null;
  if (number.kind === "number" || number.kind === "text-number") month = number.value;
  else {
    const match = /^(?:thang|t)?\s*(\d{1,2})\b/.exec(table.text.folded(r, col));
    if (match) month = Number(match[1]);
  }
  if (month !== null && Number.isInteger(month) && month >= 1 && month <= 12) return month;
  sink.add("invalid-number", {
    ...common,
    value: displayValue(raw),
    params: { value: displayValue(raw), field: columnLabel(table, "month") },
  });
  return null;
}

/** The date column; a bare day number (5) is read as that day of the row's month. */
function readMeetingDate(
  table: RecognizedTable,
  r: number,
  col: number,
  month: number | null,
  sink: IssueSink,
): DayDate | null {
  const raw = table.text.raw(r, col);
  const common = { sheet: table.info.name, cell: toA1(r, col), row: r + 1, column: "date" };
  if (typeof raw === "number" && Number.isInteger(raw) && raw >= 1 && raw <= 31)
    return { year: null, month, day: raw };
  const reading = readDate(raw);
  switch (reading.kind) {
    case "blank":
      return null;
    case "error":
      sink.add("formula-error", { ...common, value: reading.error, params: { value: reading.error } });
      return null;
    case "invalid":
      sink.add("invalid-date", { ...common, value: reading.raw, params: { value: reading.raw } });
      return null;
    case "date":
      return { year: reading.year, month: reading.month, day: reading.day };
  }
}

interface Attendance {
  present: number;
  base: number;
  unexcused: number;
  rate: number;
}

/** Attendance of one meeting; reports `attendance-low` at the present cell when it falls short. */
function checkAttendance(
  table: RecognizedTable,
  row: MeetingRow,
  criteria: Criteria,
  sink: IssueSink,
): Attendance | null {
  const present = row.numbers.present;
  const presentValue = valueOf(present ?? null);
  if (!present || presentValue === null) return null;
  const n = (field: NumberField): number | null => valueOf(row.numbers[field] ?? null);
  if ((["members", "exempted", "excused", "unexcused"] as const).some((f) => row.numbers[f]?.state === "bad"))
    return null;
  const excused = n("excused") ?? 0;
  const unexcused = n("unexcused") ?? 0;
  const rule = criteria.attendance;
  const members = n("members");
  // Without the member count, those expected are those present or absent (the exempted are neither).
  const expected =
    members !== null
      ? members - (n("exempted") ?? 0)
      : table.columns.has("excused") || table.columns.has("unexcused")
        ? presentValue + excused + unexcused
        : null;
  if (expected === null) return null;
  const base = rule.excusedLeaveDenominator ? expected - excused : expected;
  if (base <= 0) return null;
  const rate = (presentValue / base) * 100;
  const rateShort = rule.strictlyAbove ? !(rate > rule.minPercent) : !(rate >= rule.minPercent);
  if (rateShort || (rule.noUnexcusedAbsence && unexcused > 0)) {
    sink.add("attendance-low", {
      sheet: table.info.name,
      cell: present.cell,
      row: row.row + 1,
      column: "present",
      value: presentValue,
      params: {
        rate: Math.round(rate * 10) / 10,
        min: rule.minPercent,
        comparison: rule.strictlyAbove ? ">" : "≥",
        present: presentValue,
        base,
        unexcused,
        unexcusedNote: "",
      },
    });
  }
  return { present: presentValue, base, unexcused, rate };
}

/** Present + excused + unexcused + exempted must make up the members. */
function checkHeadCount(table: RecognizedTable, row: MeetingRow, sink: IssueSink): void {
  const present = row.numbers.present;
  const members = valueOf(row.numbers.members ?? null);
  if (!present || present.state !== "value" || members === null) return;
  if (!table.columns.has("excused") && !table.columns.has("unexcused")) return;
  const parts = (["exempted", "excused", "unexcused"] as const).map((f) => row.numbers[f]);
  if (parts.some((p) => p?.state === "bad")) return;
  const sum = present.value + parts.reduce((s, p) => s + (valueOf(p ?? null) ?? 0), 0);
  if (sum === members) return;
  sink.add("count-mismatch", {
    sheet: table.info.name,
    cell: present.cell,
    row: row.row + 1,
    column: "present",
    value: present.value,
    params: { what: term("headCount"), stated: sum, computed: members },
  });
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function shownDate(date: DayDate): string {
  return `${pad(date.day)}/${date.month !== null ? pad(date.month) : "??"}${date.year !== null ? `/${date.year}` : ""}`;
}

/** The date must fall in the period's year, in the row's month, and on the fixed day where there is one. */
function checkDate(
  table: RecognizedTable,
  row: MeetingRow,
  criteria: Criteria,
  period: number | null,
  sink: IssueSink,
): void {
  const date = row.date;
  if (!date || !row.dateCell) return;
  const year = date.year ?? period;
  let expected: string | null = null;
  let rule = "";
  if (period !== null && date.year !== null && date.year !== period) {
    expected = String(period);
    rule = "year";
  } else if (row.month !== null && date.month !== null && date.month !== row.month) {
    expected = year !== null ? `${pad(row.month)}/${year}` : pad(row.month);
    rule = "month";
  } else if (
    criteria.cadence.fixedDay !== null &&
    row.regular &&
    !row.thematic &&
    date.day !== criteria.cadence.fixedDay
  ) {
    const month = date.month ?? row.month;
    expected = shownDate({ day: criteria.cadence.fixedDay, month, year });
    rule = "fixed-day";
  }
  if (expected === null) return;
  const raw = table.text.raw(row.row, table.columns.get("date") ?? 0);
  sink.add("meeting-date", {
    sheet: table.info.name,
    cell: row.dateCell,
    row: row.row + 1,
    column: "date",
    value: displayValue(raw),
    params: { date: shownDate(date), expected, rule },
  });
}

/** The scale of a meeting's score: the rubric's total, 100 without a rubric. */
function scoreScale(criteria: Criteria): number {
  const rubric = criteria.meeting.rubric;
  return rubric ? rubric.groups.reduce((sum, g) => sum + g.max, 0) : 100;
}

/**
 * What a log tells about the rubric tags of a grade condition: attendance has full marks when all
 * those expected came with no unexcused absence, duration when the meeting lasted the minimum.
 * Other tags (members speaking, minutes) cannot be judged from a log, so their conditions are ignored.
 */
function fullMarksFromLog(
  row: MeetingRow,
  criteria: Criteria,
  attendance: Attendance | null,
): { known: Set<string>; full: Set<string> } {
  const known = new Set<string>();
  const full = new Set<string>();
  if (attendance) {
    known.add("attendance");
    if (attendance.present >= attendance.base && attendance.unexcused === 0) full.add("attendance");
  }
  const duration = row.length?.minutes ?? null;
  const minimum = criteria.meeting.minDurationMinutes;
  if (duration !== null && minimum !== null) {
    known.add("duration");
    if (duration >= minimum) full.add("duration");
  }
  return { known, full };
}

/** Scores within the scale, and the stated grade against the grade of the score. */
function checkGrade(
  table: RecognizedTable,
  row: MeetingRow,
  criteria: Criteria,
  attendance: Attendance | null,
  sink: IssueSink,
): string | null {
  const scale = scoreScale(criteria);
  for (const field of ["selfScore", "upperScore"] as const) {
    const cell = row.numbers[field];
    if (!cell || cell.state !== "value") continue;
    const common = {
      sheet: table.info.name,
      cell: cell.cell,
      row: row.row + 1,
      column: field,
      value: cell.value,
    };
    const params = { score: shownNumber(cell.value), item: columnLabel(table, field), max: scale };
    if (cell.value < 0) sink.add("score-negative", { ...common, params });
    else if (cell.value > scale) sink.add("score-above-max", { ...common, params });
  }
  const upper = row.numbers.upperScore;
  const chosen = upper && upper.state !== "blank" ? upper : row.numbers.selfScore;
  // A log that states its meetings' grades without their scores: the stated grade is the record.
  if (!chosen || chosen.state === "blank") return knownStatedGrade(table, row.row, criteria, sink);
  if (chosen.state !== "value") return null;
  // Graded by criteria per grade (Trà Vinh), not by points: the stated grade stands.
  if (criteria.meeting.gradedBy === "criteria") return statedGrade(table, row.row);
  const { known, full } = fullMarksFromLog(row, criteria, attendance);
  const rules = rulesJudgeableWith(criteria.meeting, known);
  const grade = gradeForScore(chosen.value, rules, rules.gradeConditions.length > 0 ? full : undefined);
  checkStatedGrade(
    table,
    row.row,
    grade,
    chosen.value,
    ruleSeverity(criteria, "meetingGrades", "error"),
    sink,
  );
  return grade;
}

/**
 * The stated grade in the criteria's own spelling ("tốt" → "Tốt"), or null when the cell is blank.
 * A text that is none of the grades is not counted, and says so at its cell.
 */
function knownStatedGrade(
  table: RecognizedTable,
  r: number,
  criteria: Criteria,
  sink: IssueSink,
): string | null {
  const stated = statedGrade(table, r);
  if (!stated) return null;
  const known = criteria.meeting.grades.find((g) => sameGrade(g.grade, stated));
  if (known) return known.grade;
  const col = table.columns.get("grade") ?? 0;
  sink.add("meeting-grade-unknown", {
    sheet: table.info.name,
    cell: toA1(r, col),
    row: r + 1,
    column: "grade",
    value: stated,
    params: { stated, grades: criteria.meeting.grades.map((g) => g.grade).join(", ") },
  });
  return null;
}

function statedGrade(table: RecognizedTable, r: number): string | null {
  const col = table.columns.get("grade");
  return col !== undefined ? table.text.text(r, col) || null : null;
}

function checkStatedGrade(
  table: RecognizedTable,
  r: number,
  grade: string,
  score: number,
  severity: Severity,
  sink: IssueSink,
): void {
  const col = table.columns.get("grade");
  if (col === undefined) return;
  const raw = table.text.raw(r, col);
  const common = { sheet: table.info.name, cell: toA1(r, col), row: r + 1, column: "grade" as FieldName };
  if (isCellError(raw)) {
    sink.add("formula-error", { ...common, value: raw.error, params: { value: raw.error } });
    return;
  }
  const stated = table.text.text(r, col);
  if (!stated || sameGrade(stated, grade)) return;
  sink.add("level-score-mismatch", {
    ...common,
    value: stated,
    severity,
    params: { stated, score: shownNumber(score), expected: grade },
  });
}

/** The year the log is about: the period, else the year most of its dates fall in. */
function logYear(rows: readonly MeetingRow[], period: number | null): number | null {
  if (period !== null) return period;
  const counts = new Map<number, number>();
  for (const row of rows) if (row.date?.year) counts.set(row.date.year, (counts.get(row.date.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = year;
  return best;
}

function lastDay(month: number, year: number | null): number {
  return new Date(Date.UTC(year ?? 2001, month, 0)).getUTCDate();
}

function span(fromMonth: number, toMonth: number, year: number | null): { from: string; to: string } {
  const suffix = year !== null ? `/${year}` : "";
  return {
    from: `01/${pad(fromMonth)}${suffix}`,
    to: `${pad(lastDay(toMonth, year))}/${pad(toMonth)}${suffix}`,
  };
}

/**
 * A regular meeting every month, thematic ones every quarter: one sheet-wide issue per shortfall.
 * Exported so that a year split over several sheets is judged once, on the merged results.
 */
export function checkMeetingCadence(
  results: MeetingResults,
  criteria: Criteria,
  sink: IssueSink,
  where: { sheet: string | null; year: number | null },
): void {
  const cadence = criteria.cadence;
  const { sheet, year } = where;
  const counts = periodCounts(results);
  if (cadence.regularPerYear >= 12) {
    for (const month of results.missingMonths) {
      sink.add("meeting-count", {
        sheet,
        params: { type: REGULAR_TYPE, found: 0, required: 1, ...span(month, month, year), month },
      });
    }
  } else if (cadence.regularPerYear > 0 && results.regular < cadence.regularPerYear) {
    sink.add("meeting-count", {
      sheet,
      params: {
        type: REGULAR_TYPE,
        found: results.regular,
        required: cadence.regularPerYear,
        ...span(1, 12, year),
      },
    });
  }
  if (cadence.thematicPerQuarter > 0) {
    for (const quarter of results.missingQuarters) {
      const found = counts ? counts.thematicByQuarter[quarter - 1] : 0;
      sink.add("meeting-count", {
        sheet,
        params: {
          type: THEMATIC_TYPE,
          found,
          required: cadence.thematicPerQuarter,
          ...span(quarter * 3 - 2, quarter * 3, year),
          quarter,
        },
      });
    }
  }
}
