import { addTallies, type LevelTally } from "../compute/levels";
import { LEVEL_KEYS } from "../criteria/levels";
import { LEVEL_TABLE_COLUMNS as L, MEETING_TABLE_COLUMNS as M } from "../summary/build";
import type { MeetingResults } from "../types";
import { figureAt, type SummaryTable, type TableRow } from "./summary-table";
import type { Words } from "../words";

/**
 * A unit's level counts from a members or collectives table: the total row, else its only row,
 * else the rows added up. Null when the table holds no figures ("Không có số liệu").
 */
export function tallyFromTable(table: SummaryTable): LevelTally | null {
  if (table.total) return tallyFromRow(table.total);
  const tallies = table.rows.map(tallyFromRow).filter((x): x is LevelTally => x !== null);
  return tallies.length ? tallies.reduce(addTallies) : null;
}

export function tallyFromRow(row: TableRow): LevelTally | null {
  const total = figureAt(row, L.total);
  if (total === null) return null;
  const counts = { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
  LEVEL_KEYS.forEach((level, i) => (counts[level] = figureAt(row, L.firstLevel + 2 * i) ?? 0));
  return {
    total,
    notClassified: figureAt(row, L.notClassified) ?? 0,
    unrecognized: figureAt(row, L.unrecognized) ?? 0,
    counts,
  };
}

/**
 * Rows of a submitted members table that carried their own cap verdict (each a grassroots unit)
 * and how many of them exceeded it. Only a table of several rows says anything about the units below.
 */
export function capRowsOf(table: SummaryTable): { checked: number; exceeded: number } {
  const result = { checked: 0, exceeded: 0 };
  if (table.rows.length < 2) return result;
  for (const row of table.rows) {
    const limit = figureAt(row, L.capLimit);
    if (limit === null) continue;
    result.checked++;
    if ((figureAt(row, L.firstLevel) ?? 0) > limit) result.exceeded++;
  }
  return result;
}

/**
 * A unit's meetings from the meetings table: its only row as it is; several rows (a roll-up)
 * added up where adding makes sense. Attendance is a ratio of counts the table does not give,
 * so a sum of several rows has none rather than an average.
 */
export function meetingsFromTable(table: SummaryTable, words: Words): MeetingResults | null {
  const width = table.marker.markerColumn;
  const gradeCols: number[] = [];
  for (let c = M.firstGrade; c < width - M.trailing; c++) gradeCols.push(c);
  const parsed = table.rows
    .map((row) => meetingsFromRow(row, table.headers, gradeCols, width, words))
    .filter((x): x is MeetingResults => x !== null);
  if (parsed.length <= 1) return parsed[0] ?? null;
  const grades: Record<string, number> = {};
  for (const m of parsed)
    for (const [grade, n] of Object.entries(m.grades)) grades[grade] = (grades[grade] ?? 0) + n;
  return {
    regular: parsed.reduce((s, m) => s + m.regular, 0),
    thematic: parsed.reduce((s, m) => s + m.thematic, 0),
    attendance: null,
    grades,
    yearGrade: null,
    missingMonths: [],
    missingQuarters: [],
  };
}

function meetingsFromRow(
  row: TableRow,
  headers: readonly string[],
  gradeCols: readonly number[],
  width: number,
  words: Words,
): MeetingResults | null {
  const regular = figureAt(row, M.regular);
  if (regular === null) return null;
  const grades: Record<string, number> = {};
  // Like the engine, a grade no meeting got is left out rather than counted 0.
  for (const c of gradeCols) {
    const count = figureAt(row, c);
    if (headers[c] && count) grades[headers[c]] = count;
  }
  const yearGrade = row.shown[width - M.trailing];
  const missing = row.shown[width - M.trailing + 1];
  return {
    regular,
    thematic: figureAt(row, M.thematic) ?? 0,
    attendance: figureAt(row, M.attendance),
    grades,
    yearGrade: gradeText(yearGrade, words),
    ...parseMissing(typeof missing === "string" ? missing : "", words),
  };
}

/** The year grade as written; "—" (the criteria define none) or a blank is no grade. */
function gradeText(value: unknown, words: Words): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  return text && !words.inEveryLanguage("summary.yearGradeUndefined").includes(text) ? text : null;
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

/**
 * "Tháng 3, 4; chuyên đề Quý II" (as build.ts writes it, in either language) back into numbers;
 * quarters written as digits by earlier versions ("quý 2") are read too.
 */
export function parseMissing(
  text: string,
  words: Words,
): { missingMonths: number[]; missingQuarters: number[] } {
  const result = { missingMonths: [] as number[], missingQuarters: [] as number[] };
  for (const part of text.split(";").map((p) => p.trim())) {
    if (!part) continue;
    const monthTemplates = words.inEveryLanguage("summary.missingMonths", { months: "\u0000" });
    const quarterTemplates = words.inEveryLanguage("summary.missingQuarters", { quarters: "\u0000" });
    for (const [months, quarters] of monthTemplates.map((m, i) => [m, quarterTemplates[i]] as const)) {
      const monthList = matchTemplate(months, part);
      if (monthList) {
        result.missingMonths = monthList;
        break;
      }
      const quarterList = matchTemplate(quarters, part);
      if (quarterList) {
        result.missingQuarters = quarterList;
        break;
      }
    }
  }
  return result;
}

function matchTemplate(template: string, text: string): number[] | null {
  const [before, after] = template.split("\u0000");
  const pattern = new RegExp(`^${escape(before)}([\\dIV,\\s]+)${escape(after ?? "")}$`, "i");
  const match = pattern.exec(text);
  return match
    ? match[1]
        .split(",")
        .map((n) => ROMAN[n.trim().toUpperCase()] ?? Number(n.trim()))
        .filter((n) => Number.isInteger(n) && n > 0)
    : null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
