import { LEVEL_KEYS } from "../criteria/levels";
import type { Analysis, CollectiveResults, MeetingResults, MemberResults, UnitResults } from "../types";
import { CHECK_CELL_LIMITS, clipText } from "./clip";
import { criteriaLabel } from "./criteria-label";
import { layoutReport, type TableColumn, type TableValue } from "./layout";
import type { SheetSpec } from "./spec";
import type { Words } from "../words";

export const SUMMARY_SHEET_NAMES = {
  members: "TH Đảng viên",
  collectives: "TH Tổ chức đảng",
  meetings: "TH Sinh hoạt chi bộ",
  check: "Kết quả kiểm tra",
} as const;

/**
 * Where the figures sit in a row of the level tables (TH Đảng viên, TH Tổ chức đảng), 0-based:
 * a level's count is at `firstLevel + 2 × its index in LEVEL_KEYS`, its percent right after; the
 * cap columns exist on the members table only. The roll-up reads submitted summaries back by it.
 */
export const LEVEL_TABLE_COLUMNS = {
  index: 0,
  unit: 1,
  total: 2,
  notClassified: 3,
  unrecognized: 4,
  assessed: 5,
  firstLevel: 6,
  capLimit: 14,
  capVerdict: 15,
} as const;

/**
 * The meetings table, 0-based: fixed columns, then one column per grade (its name in the last
 * header row), then the year grade and what is missing (the last two columns of the table).
 */
export const MEETING_TABLE_COLUMNS = {
  index: 0,
  unit: 1,
  regular: 2,
  thematic: 3,
  attendance: 4,
  firstGrade: 5,
  trailing: 2,
} as const;

export interface SummaryOptions {
  /** The words the sheets are written in (the front end gives them, in the user's language). */
  words: Words;
  /** The date printed in the header ("…, ngày 20 tháng 12 năm 2025"); today when omitted. */
  date?: Date;
  /** Where the cap verdict is given: on each row (rows are grassroots units) or on the total row only. */
  capOn?: "rows" | "total";
}

/** "I", "II", "III", "IV": quarters are named, so that "Quý IV" never reads as a count of four. */
export function romanQuarter(quarter: number): string {
  return ["I", "II", "III", "IV"][quarter - 1] ?? String(quarter);
}

/**
 * The printable summary sheets for an analysis: each level table only when there is something to
 * put in it (a cell's workbook has no collectives to rate), and always "Kết quả kiểm tra".
 */
export function buildSummarySheets(analysis: Analysis, options: SummaryOptions): SheetSpec[] {
  const { words } = options;
  const date = options.date ?? new Date();
  const period = analysis.unit.period ?? date.getFullYear();
  const common = {
    unit: analysis.unit,
    criteriaId: analysis.criteria.id,
    // The criteria by title and date, never the internal id.
    subtitle: words.text("summary.subtitle", { criteria: criteriaLabel(analysis.criteria, words) }),
    date,
    words,
  };
  const singleUnit = analysis.units.length === 1;
  const capOn = options.capOn ?? (singleUnit ? "rows" : "total");
  const specs: SheetSpec[] = [];

  const memberColumns = levelColumns(words, true, analysis.results.members ?? null);
  const withMembers = analysis.results.members || analysis.units.some((u) => u.members);
  if (withMembers)
    specs.push(
      layoutReport({
        ...common,
        kind: "members",
        name: SUMMARY_SHEET_NAMES.members,
        title: words.text("summary.title.members", { period }),
        columns: memberColumns,
        rows: analysis.units.map((u, i) => memberRow(i + 1, u.unit, u.members, words, capOn === "rows")),
        total: analysis.results.members
          ? memberRow(null, words.text("summary.totalRow"), analysis.results.members, words, true)
          : null,
      }),
    );

  const withCollectives = analysis.units.filter((u) => u.collectives);
  if (withCollectives.length || analysis.results.collectives)
    specs.push(
      layoutReport({
        ...common,
        kind: "collectives",
        name: SUMMARY_SHEET_NAMES.collectives,
        title: words.text("summary.title.collectives", { period }),
        columns: levelColumns(words, false, null),
        rows: withCollectives.map((u, i) => collectiveRow(i + 1, u.unit, u.collectives)),
        total: analysis.results.collectives
          ? collectiveRow(null, words.text("summary.totalRow"), analysis.results.collectives)
          : null,
      }),
    );

  const gradeNames = meetingGradeNames(analysis);
  const meetingRows = meetingUnits(analysis);
  const yearRule = Boolean(analysis.criteria.meeting.yearRule);
  if (meetingRows.length)
    specs.push(
      layoutReport({
        ...common,
        kind: "meetings",
        name: SUMMARY_SHEET_NAMES.meetings,
        title: words.text("summary.title.meetings", { period }),
        columns: meetingColumns(words, gradeNames),
        rows: meetingRows.map((u, i) => meetingRow(i + 1, u.unit, u.meetings, gradeNames, words, yearRule)),
        total: meetingTotal(meetingRows, analysis.results.meetings ?? null, gradeNames, words, yearRule),
        notes: modelCellNotes(analysis, words),
      }),
    );

  specs.push(checkSheet(analysis, common, words, period));
  return specs;
}

/** The model-cell verdict under the meetings table, with each criterion missed; none without such a rule. */
function modelCellNotes(analysis: Analysis, words: Words): string[] {
  const verdict = analysis.results.modelCell;
  if (!verdict) return [];
  if (verdict.eligible) return [words.text("summary.modelCell.met")];
  return [
    words.text("summary.modelCell.notMet"),
    ...verdict.unmet.map((key) => words.text("summary.modelCell.unmet", { condition: words.text(key) })),
  ];
}

function levelColumns(words: Words, withCap: boolean, members: MemberResults | null): TableColumn[] {
  const columns: TableColumn[] = [
    { header: words.text("summary.col.index"), width: 5, align: "center" },
    { header: words.text("summary.col.unit"), width: 30 },
    { header: words.text("summary.col.total"), width: 9 },
    { header: words.text("summary.col.notClassified"), width: 10 },
    { header: words.text("summary.col.unrecognized"), width: 10 },
    { header: words.text("summary.col.assessed"), width: 11 },
  ];
  for (const level of LEVEL_KEYS) {
    columns.push({ header: words.text("summary.col.count"), group: level, width: 8 });
    columns.push({ header: words.text("summary.col.percent"), group: level, width: 8, numberFormat: "0.0" });
  }
  if (withCap) {
    const cap = members?.cap;
    const group = words.text("summary.col.cap", {
      ratio: cap?.ratioPercent ?? 20,
      denominator: cap?.denominator ?? "HTTNV",
    });
    columns.push({ header: words.text("summary.col.capLimit"), group, width: 8 });
    columns.push({ header: words.text("summary.col.capVerdict"), group, width: 14, align: "center" });
  }
  return columns;
}

function levelValues(results: MemberResults | CollectiveResults): TableValue[] {
  const values: TableValue[] = [results.total, results.notClassified, results.unrecognized, results.assessed];
  for (const level of LEVEL_KEYS) values.push(results.levels[level].count, results.levels[level].percent);
  return values;
}

function memberRow(
  index: number | null,
  unit: string,
  results: MemberResults | null,
  words: Words,
  withVerdict: boolean,
): TableValue[] {
  if (!results) return [index, unit, ...Array<TableValue>(12).fill(null), null, words.text("summary.noData")];
  const cap = results.cap;
  const verdict =
    !cap || !withVerdict
      ? words.text("summary.cap.none")
      : cap.exceeded
        ? words.text("summary.cap.exceeded", { over: cap.actual - cap.limit })
        : words.text("summary.cap.ok");
  return [index, unit, ...levelValues(results), cap && withVerdict ? cap.limit : null, verdict];
}

function collectiveRow(index: number | null, unit: string, results: CollectiveResults | null): TableValue[] {
  if (!results) return [index, unit, ...Array<TableValue>(12).fill(null)];
  return [index, unit, ...levelValues(results)];
}

/** Grade columns in the analysis' own criteria's order (best first), then any other grade found. */
function meetingGradeNames(analysis: Analysis): string[] {
  const ordered = analysis.criteria.meeting.grades.map((g) => g.grade);
  const found = new Set<string>();
  for (const u of meetingUnits(analysis))
    for (const grade of Object.keys(u.meetings?.grades ?? {})) found.add(grade);
  return [...ordered, ...[...found].filter((g) => !ordered.includes(g))];
}

function meetingUnits(analysis: Analysis): UnitResults[] {
  const withMeetings = analysis.units.filter((u) => u.meetings);
  if (withMeetings.length) return withMeetings;
  return analysis.results.meetings
    ? [{ unit: analysis.unit.name, members: null, collectives: null, meetings: analysis.results.meetings }]
    : [];
}

function meetingColumns(words: Words, grades: string[]): TableColumn[] {
  return [
    { header: words.text("summary.col.index"), width: 5, align: "center" },
    { header: words.text("summary.col.unit"), width: 30 },
    { header: words.text("summary.col.regular"), width: 11 },
    { header: words.text("summary.col.thematic"), width: 11 },
    { header: words.text("summary.col.attendance"), width: 10, numberFormat: "0.0" },
    ...grades.map((grade) => ({ header: grade, group: words.text("summary.col.grades"), width: 9 })),
    { header: words.text("summary.col.yearGrade"), width: 11, align: "center" as const },
    { header: words.text("summary.col.missing"), width: 28 },
  ];
}

function meetingRow(
  index: number | null,
  unit: string,
  meetings: MeetingResults | null,
  grades: string[],
  words: Words,
  yearRule: boolean,
): TableValue[] {
  if (!meetings)
    return [index, unit, null, null, null, ...grades.map(() => null), null, words.text("summary.noData")];
  const missing: string[] = [];
  if (meetings.missingMonths.length)
    missing.push(words.text("summary.missingMonths", { months: meetings.missingMonths.join(", ") }));
  if (meetings.missingQuarters.length)
    missing.push(
      words.text("summary.missingQuarters", {
        quarters: meetings.missingQuarters.map(romanQuarter).join(", "),
      }),
    );
  return [
    index,
    unit,
    meetings.regular,
    meetings.thematic,
    meetings.attendance,
    ...grades.map((g) => meetings.grades[g] ?? 0),
    // Where the criteria set no rule for the year's grade, say so rather than leave a blank.
    meetings.yearGrade ?? (yearRule ? "" : words.text("summary.yearGradeUndefined")),
    missing.join("; "),
  ];
}

/**
 * The total row of the meetings table: the counts added up, the attendance of all the meetings
 * together; for a single unit its year grade and what it lacks, as on its row.
 */
function meetingTotal(
  units: UnitResults[],
  all: MeetingResults | null,
  grades: string[],
  words: Words,
  yearRule: boolean,
): TableValue[] {
  const totalLabel = words.text("summary.totalRow");
  if (units.length === 1) return meetingRow(null, totalLabel, units[0].meetings, grades, words, yearRule);
  const sum = (pick: (m: MeetingResults) => number) =>
    units.reduce((acc, u) => acc + (u.meetings ? pick(u.meetings) : 0), 0);
  return [
    null,
    totalLabel,
    sum((m) => m.regular),
    sum((m) => m.thematic),
    all?.attendance ?? null,
    ...grades.map((g) => sum((m) => m.grades[g] ?? 0)),
    "",
    "",
  ];
}

function checkSheet(
  analysis: Analysis,
  common: Omit<Parameters<typeof layoutReport>[0], "kind" | "name" | "title" | "columns" | "rows" | "total">,
  words: Words,
  period: number,
): SheetSpec {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const issue of analysis.issues) {
    if (issue.severity === "error") counts.errors++;
    else if (issue.severity === "warning") counts.warnings++;
    else counts.infos++;
  }
  const links = new Map<string, string>();
  const clip = (text: string, limit: number) =>
    clipText(text, limit, (length) => words.text("summary.check.clipped", { length }));
  const rows: TableValue[][] = analysis.issues.map((issue, i) => {
    if (issue.sheet && issue.cell) links.set(`${i}:2`, `'${issue.sheet.replace(/'/g, "''")}'!${issue.cell}`);
    return [
      i + 1,
      clip(issue.sheet ?? "", CHECK_CELL_LIMITS.sheet),
      issue.cell ?? words.text("summary.check.sheetWide"),
      words.severity(issue.severity),
      words.text(`issueName.${issue.code}`),
      clip(words.issueMessage(issue), CHECK_CELL_LIMITS.message),
      clip(
        issue.value === undefined || issue.value === null ? "" : String(issue.value),
        CHECK_CELL_LIMITS.value,
      ),
    ];
  });
  return layoutReport({
    ...common,
    kind: "check",
    name: SUMMARY_SHEET_NAMES.check,
    title: words.text("summary.title.check", { period }),
    columns: [
      { header: words.text("summary.col.index"), width: 5, align: "center" },
      { header: words.text("summary.check.col.sheet"), width: 18 },
      { header: words.text("summary.check.col.cell"), width: 8, align: "center" },
      { header: words.text("summary.check.col.severity"), width: 10 },
      { header: words.text("summary.check.col.code"), width: 22 },
      { header: words.text("summary.check.col.message"), width: 70 },
      { header: words.text("summary.check.col.value"), width: 18 },
    ],
    rows,
    total: null,
    notes: [
      analysis.issues.length ? words.text("summary.check.counts", counts) : words.text("summary.check.none"),
    ],
    links,
  });
}
