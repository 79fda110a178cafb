import type { Criteria, MeetingRules } from "../criteria/schema";
import { yearGradeFor } from "./meeting-grade";
import type { MeetingResults } from "../types";

/** One meeting as read from a log, reduced to what the results need. */
export interface MeetingRecord {
  regular: boolean;
  thematic: boolean;
  /** 1–12, null when neither the month nor the date says. */
  month: number | null;
  /** Attendance figures: members present and the denominator; null when the row does not give them. */
  present: number | null;
  base: number | null;
  /** The grade computed from the meeting's score; null without a score. */
  grade: string | null;
  /** The meeting's score (the upper level's, else its own); null without one. */
  score?: number | null;
}

/**
 * The figures behind a MeetingResults, kept aside so that the results of several sheets can be
 * added up exactly (a percentage cannot be). Kept out of the results so that the JSON stays as
 * design.md shows it.
 */
interface MeetingTally {
  present: number;
  base: number;
  regularByMonth: number[];
  thematicByQuarter: number[];
  regularGrades: Record<string, number>;
  /** Regular meetings with a grade, by month: a year's score book fills only the months without one. */
  gradedByMonth: number[];
  /**
   * False when the meetings come from a year's score book alone: it says which months were scored,
   * not which meetings were held (thematic ones are not scored in it), so cadence is not judged on it.
   */
  fromLog: boolean;
  rules: MeetingRules;
  thematicPerQuarter: number;
  /** Every meeting's score, for the model-cell verdict. */
  scores: number[];
}

const tallies = new WeakMap<MeetingResults, MeetingTally>();

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const QUARTERS = [1, 2, 3, 4];

/** Percent with one decimal, null without a denominator. */
function percentOneDecimal(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

function fromTally(
  tally: MeetingTally,
  counts: { regular: number; thematic: number; grades: Record<string, number> },
): MeetingResults {
  const results: MeetingResults = {
    regular: counts.regular,
    thematic: counts.thematic,
    attendance: percentOneDecimal(tally.present, tally.base),
    grades: counts.grades,
    yearGrade: yearGradeFor(tally.regularGrades, tally.rules),
    missingMonths: MONTHS.filter((m) => tally.regularByMonth[m - 1] === 0),
    missingQuarters:
      tally.thematicPerQuarter > 0
        ? QUARTERS.filter((q) => tally.thematicByQuarter[q - 1] < tally.thematicPerQuarter)
        : [],
  };
  tallies.set(results, tally);
  return results;
}

/** The results of one meeting log. */
export function meetingResults(records: readonly MeetingRecord[], criteria: Criteria): MeetingResults {
  const tally: MeetingTally = {
    present: 0,
    base: 0,
    regularByMonth: MONTHS.map(() => 0),
    thematicByQuarter: QUARTERS.map(() => 0),
    regularGrades: {},
    gradedByMonth: MONTHS.map(() => 0),
    fromLog: true,
    rules: criteria.meeting,
    thematicPerQuarter: criteria.cadence.thematicPerQuarter,
    scores: [],
  };
  const grades: Record<string, number> = {};
  let regular = 0;
  let thematic = 0;
  for (const record of records) {
    if (record.regular) regular++;
    if (record.thematic) thematic++;
    if (record.present !== null && record.base !== null && record.base > 0) {
      tally.present += record.present;
      tally.base += record.base;
    }
    if (record.month !== null) {
      if (record.regular) tally.regularByMonth[record.month - 1]++;
      if (record.thematic) tally.thematicByQuarter[Math.floor((record.month - 1) / 3)]++;
    }
    if (record.score !== undefined && record.score !== null) tally.scores.push(record.score);
    if (record.grade !== null) {
      grades[record.grade] = (grades[record.grade] ?? 0) + 1;
      if (record.regular) tally.regularGrades[record.grade] = (tally.regularGrades[record.grade] ?? 0) + 1;
      if (record.regular && record.month !== null) tally.gradedByMonth[record.month - 1]++;
    }
  }
  return fromTally(tally, { regular, thematic, grades });
}

/** Meetings per month (regular) and per quarter (thematic) behind results made here; null otherwise. */
export function periodCounts(
  results: MeetingResults,
): { regularByMonth: readonly number[]; thematicByQuarter: readonly number[] } | null {
  const tally = tallies.get(results);
  return tally ? { regularByMonth: tally.regularByMonth, thematicByQuarter: tally.thematicByQuarter } : null;
}

/** The score of each meeting behind results made here; empty for results read back from JSON. */
export function meetingScores(results: MeetingResults): readonly number[] {
  return tallies.get(results)?.scores ?? [];
}

function addCounts(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): Record<string, number> {
  const sum: Record<string, number> = { ...a };
  for (const [key, count] of Object.entries(b)) sum[key] = (sum[key] ?? 0) + count;
  return sum;
}

/**
 * Adds up the meetings of two logs of the same unit (a year split over several sheets): counts add,
 * a month or quarter is missing only when it is missing from both, attendance is recomputed from
 * the figures. Results that did not come from meetingResults (read back from JSON) are merged by
 * their own numbers: attendance weighted by meetings, missing periods intersected, no year grade.
 */
export function mergeMeetingResults(a: MeetingResults, b: MeetingResults): MeetingResults {
  const ta = tallies.get(a);
  const tb = tallies.get(b);
  const counts = {
    regular: a.regular + b.regular,
    thematic: a.thematic + b.thematic,
    grades: addCounts(a.grades, b.grades),
  };
  if (ta && tb) {
    return fromTally(
      {
        present: ta.present + tb.present,
        base: ta.base + tb.base,
        regularByMonth: ta.regularByMonth.map((n, i) => n + tb.regularByMonth[i]),
        thematicByQuarter: ta.thematicByQuarter.map((n, i) => n + tb.thematicByQuarter[i]),
        regularGrades: addCounts(ta.regularGrades, tb.regularGrades),
        gradedByMonth: ta.gradedByMonth.map((n, i) => n + tb.gradedByMonth[i]),
        fromLog: ta.fromLog || tb.fromLog,
        rules: ta.rules,
        thematicPerQuarter: ta.thematicPerQuarter,
        scores: [...ta.scores, ...tb.scores],
      },
      counts,
    );
  }
  return {
    ...counts,
    attendance: weightedAttendance(a, b),
    yearGrade: null,
    missingMonths: a.missingMonths.filter((m) => b.missingMonths.includes(m)),
    missingQuarters: a.missingQuarters.filter((q) => b.missingQuarters.includes(q)),
  };
}

function weightedAttendance(a: MeetingResults, b: MeetingResults): number | null {
  if (a.attendance === null) return b.attendance;
  if (b.attendance === null) return a.attendance;
  const wa = a.regular + a.thematic || 1;
  const wb = b.regular + b.thematic || 1;
  return Math.round(((a.attendance * wa + b.attendance * wb) / (wa + wb)) * 10) / 10;
}

/** One month's column of a year's score book: its total and the grade that total gives. */
export interface ScoredMonth {
  month: number;
  total: number | null;
  grade: string | null;
}

/** Whether the meetings were read from a log (cadence judged), not only from a score book. */
export function cadenceFromLog(results: MeetingResults): boolean {
  return tallies.get(results)?.fromLog ?? true;
}

/**
 * Adds a year's score book (the months across) to the meetings read from the logs.
 *
 * The log is the record of the meetings held (their count, attendance, cadence); the score book is
 * the record of their grades. A month's column scores that month's regular meeting, which the log of
 * the same workbook holds too: counting it again would make two meetings of one. So a scored month
 * adds its grade and score to the month's meeting, and only where the log gave that month no grade
 * (a log that grades its meetings keeps its own grade; the score book is checked on its own sheet).
 * A scored month the log lacks adds its grade too but no meeting: the log's missing month is already
 * reported by the cadence check, and the counts stay the log's.
 * Without any log, the book is all there is: each scored month is a regular meeting with its grade,
 * a month left unscored is a month without one, no quarter is said to miss its thematic meeting, and
 * the model cell's cadence is left unjudged (see cadenceFromLog).
 */
export function withScoredMonths(
  logs: MeetingResults | null,
  months: readonly ScoredMonth[],
  criteria: Criteria,
): MeetingResults {
  const scored = months.filter((m) => m.grade !== null || m.total !== null);
  if (!logs) {
    const results = meetingResults(
      scored.map((m) => ({
        regular: true,
        thematic: false,
        month: m.month,
        present: null,
        base: null,
        grade: m.grade,
        score: m.total,
      })),
      criteria,
    );
    const tally = tallies.get(results);
    if (tally) tally.fromLog = false;
    // Thematic meetings are not scored in the book: it cannot say a quarter went without one.
    results.missingQuarters = [];
    return results;
  }
  const tally = tallies.get(logs);
  if (!tally) return logs;
  const next: MeetingTally = {
    ...tally,
    regularGrades: { ...tally.regularGrades },
    gradedByMonth: [...tally.gradedByMonth],
    scores: [...tally.scores],
  };
  const grades = { ...logs.grades };
  for (const m of scored) {
    if (next.gradedByMonth[m.month - 1] > 0) continue;
    next.gradedByMonth[m.month - 1]++;
    if (m.total !== null) next.scores.push(m.total);
    if (m.grade === null) continue;
    grades[m.grade] = (grades[m.grade] ?? 0) + 1;
    next.regularGrades[m.grade] = (next.regularGrades[m.grade] ?? 0) + 1;
  }
  return fromTally(next, { regular: logs.regular, thematic: logs.thematic, grades });
}
