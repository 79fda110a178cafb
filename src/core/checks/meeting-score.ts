import type { Criteria, MeetingRubric } from "../criteria/schema";
import { toA1 } from "../grid/address";
import { gridWidth, isBlank } from "../grid/types";
import type { IssueSink } from "../issues/issue";
import { headerWords } from "../recognize/match";
import type { RecognizedTable } from "../recognize/table";
import { readNumberCell, sameNumber, shownNumber, valueOf, type NumberCell } from "../extract/number-cell";
import { gradeForScore, rulesJudgeableWith, sameGrade } from "../compute/meeting-grade";
import { bestRubric, type SheetRubricGroup } from "./meeting-rubric-match";
import type { IssueCode } from "../issues/codes";

/** The issue codes this file can emit (checked against the catalog and the texts by test/core/issue-codes.test.ts). */
export const EMITS: readonly IssueCode[] = [
  "level-score-mismatch",
  "score-above-max",
  "score-negative",
  "total-mismatch",
];

export interface MeetingScoreResult {
  /** The total the grade is computed from: the upper level's when it scored, else the cell's own. */
  total: number | null;
  grade: string | null;
  /** The rubric the sheet follows (criteria's or a preset's), or null. */
  rubricId: string | null;
}

type Scorer = "selfScore" | "upperScore";
const SCORERS: readonly Scorer[] = ["selfScore", "upperScore"];

/** One line of the score sheet: a group (I, II…), an item (1, 2…) or a sub-item (a, b…). */
interface ScoreLine {
  row: number;
  depth: number;
  label: string;
  max: NumberCell | null;
  scores: Partial<Record<Scorer, NumberCell>>;
  children: ScoreLine[];
}

/** Lowercase single letters are sub-items (a, b); uppercase I, V, X runs are groups. */
const ROMAN = /^(?=[IVXL])L?X{0,3}(IX|IV|V?I{0,3})$/;

/** The depth a numbering gives: 0 for I, II…; 1 for 1, 2…; 2 for 1.1, a, b…; null when there is none. */
function depthOfNumbering(numbering: string): number | null {
  const value = numbering.trim().replace(/[.):]+$/, "");
  if (!value) return null;
  if (ROMAN.test(value)) return 0;
  if (/^\d+$/.test(value)) return 1;
  if (/^\d+\.\d+$/.test(value) || /^[a-zđ]$/.test(value)) return 2;
  return null;
}

function startsWithGradeLabel(folded: string): boolean {
  return headerWords(folded).startsWith("xep loai");
}

/** The label of a line: its criterion text, else its numbering. */
function lineLabel(table: RecognizedTable, r: number): string {
  const criterion = table.columns.get("criterion");
  const index = table.columns.get("index");
  return (
    (criterion !== undefined ? table.text.text(r, criterion) : "") ||
    (index !== undefined ? table.text.text(r, index) : "") ||
    toA1(r, 0)
  );
}

function lineDepth(table: RecognizedTable, r: number): number | null {
  const index = table.columns.get("index");
  const byIndex = index !== undefined ? depthOfNumbering(table.text.text(r, index)) : null;
  if (byIndex !== null) return byIndex;
  const criterion = table.columns.get("criterion");
  const prefix =
    criterion !== undefined
      ? /^\s*([IVXL]+|\d+(?:\.\d+)?|[a-zđ])[.)]\s/.exec(table.text.text(r, criterion))
      : null;
  return prefix ? depthOfNumbering(prefix[1]) : null;
}

/** Reads the lines into a tree (groups over items over sub-items), reporting unreadable numbers. */
function readLines(table: RecognizedTable, scorers: readonly Scorer[], sink: IssueSink): ScoreLine[] {
  const top: ScoreLine[] = [];
  const open: ScoreLine[] = [];
  const maxCol = table.columns.get("maxScore");
  for (const r of table.extent.rows) {
    const criterion = table.columns.get("criterion");
    if (criterion !== undefined && startsWithGradeLabel(table.text.folded(r, criterion))) continue;
    const depth = lineDepth(table, r);
    // A line with no numbering, no maximum and no score is a note or a heading, not part of the rubric.
    if (
      depth === null &&
      [maxCol, ...scorers.map((s) => table.columns.get(s))].every(
        (c) => c === undefined || isBlank(table.text.raw(r, c)),
      )
    )
      continue;
    const line: ScoreLine = {
      row: r,
      depth: depth ?? 1,
      label: lineLabel(table, r),
      max: maxCol !== undefined ? readNumberCell(table, r, maxCol, "maxScore", sink) : null,
      scores: {},
      children: [],
    };
    for (const scorer of scorers) {
      const col = table.columns.get(scorer);
      if (col !== undefined) line.scores[scorer] = readNumberCell(table, r, col, scorer, sink);
    }
    // The nearest open line above it that is shallower is its parent.
    while (open.length > 0 && open[open.length - 1].depth >= line.depth) open.pop();
    const parent = open[open.length - 1];
    if (parent) parent.children.push(line);
    else top.push(line);
    open.push(line);
  }
  return top;
}

/** A column nobody filled in yet (the upper level has not scored) is not checked. */
function scorersWithScores(table: RecognizedTable): Scorer[] {
  const rows = [...table.extent.rows, ...(table.extent.totalRow !== null ? [table.extent.totalRow] : [])];
  return SCORERS.filter((scorer) => {
    const col = table.columns.get(scorer);
    return col !== undefined && rows.some((r) => !isBlank(table.text.raw(r, col)));
  });
}

/** The value of a line for a scorer: as written, else the sum of its parts; null when unknown. */
function effectiveScore(line: ScoreLine, scorer: Scorer): number | null {
  const cell = line.scores[scorer];
  if (cell?.state === "value") return cell.value;
  if (cell?.state === "bad" || line.children.length === 0) return null;
  return sumOf(line.children.map((child) => effectiveScore(child, scorer)));
}

function effectiveMax(line: ScoreLine): number | null {
  if (line.max?.state === "value") return line.max.value;
  if (line.max?.state === "bad" || line.children.length === 0) return null;
  return sumOf(line.children.map(effectiveMax));
}

function sumOf(values: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const value of values) {
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

function walk(lines: readonly ScoreLine[], visit: (line: ScoreLine) => void): void {
  for (const line of lines) {
    visit(line);
    walk(line.children, visit);
  }
}

/**
 * Checks one meeting's score sheet (TT | Tiêu chí | Thang điểm | chi ủy chấm | cấp trên chấm):
 * every score a number within 0 and its maximum, groups and the "Tổng cộng" row equal to the sum of
 * their parts, maxima adding up, and the "Xếp loại" under the total matching the total's grade.
 * An unreadable score is reported once (invalid-number) and every check that depends on it skipped.
 */
export function checkMeetingScore(
  table: RecognizedTable,
  criteria: Criteria,
  sink: IssueSink,
): MeetingScoreResult {
  const scorers = scorersWithScores(table);
  const lines = readLines(table, scorers, sink);
  const sheet = table.info.name;
  const mismatch = (
    cell: string,
    row: number,
    column: string,
    what: string,
    stated: number,
    computed: number,
  ): void =>
    sink.add("total-mismatch", {
      sheet,
      cell,
      row: row + 1,
      column,
      value: stated,
      params: { what, stated: shownNumber(stated), computed: shownNumber(computed) },
    });

  // Maxima: each group's items add up to the group's maximum.
  walk(lines, (line) => {
    const stated = valueOf(line.max);
    const parts = sumOf(line.children.map(effectiveMax));
    if (
      line.max &&
      stated !== null &&
      line.children.length > 0 &&
      parts !== null &&
      !sameNumber(stated, parts)
    )
      mismatch(line.max.cell, line.row, "maxScore", `Thang điểm “${line.label}”`, stated, parts);
  });

  // Scores: within range, and groups equal to the sum of their items.
  for (const scorer of scorers) {
    walk(lines, (line) => {
      const cell = line.scores[scorer];
      if (!cell || cell.state !== "value") return;
      checkRange(table, line.row, cell, scorer, line.label, effectiveMax(line), sink);
      const parts = sumOf(line.children.map((child) => effectiveScore(child, scorer)));
      if (line.children.length > 0 && parts !== null && !sameNumber(cell.value, parts))
        mismatch(cell.cell, line.row, scorer, line.label, cell.value, parts);
    });
  }

  const totals = checkTotalRow(table, lines, scorers, sink, mismatch);
  const chosen: Scorer | null =
    scorers.includes("upperScore") && totals.upperScore !== undefined
      ? "upperScore"
      : scorers.includes("selfScore")
        ? "selfScore"
        : null;
  const total = chosen ? (totals[chosen] ?? null) : null;
  const rubric = bestRubric(sheetGroups(lines), criteria);
  if (total === null || chosen === null) return { total: null, grade: null, rubricId: rubric?.id ?? null };
  const { known, full } = fullMarks(lines, rubric, chosen);
  const rules = rulesJudgeableWith(criteria.meeting, known);
  const grade = gradeForScore(total, rules, rules.gradeConditions.length > 0 ? full : undefined);
  checkGradeRow(table, grade, total, sink);
  return { total, grade, rubricId: rubric?.id ?? null };
}

function checkRange(
  table: RecognizedTable,
  r: number,
  cell: NumberCell & { state: "value" },
  scorer: Scorer,
  item: string,
  max: number | null,
  sink: IssueSink,
): void {
  const common = { sheet: table.info.name, cell: cell.cell, row: r + 1, column: scorer, value: cell.value };
  const params = { score: shownNumber(cell.value), item, max: max !== null ? shownNumber(max) : "—" };
  if (cell.value < 0) sink.add("score-negative", { ...common, params });
  else if (max !== null && cell.value > max + 1e-9) sink.add("score-above-max", { ...common, params });
}

/**
 * The "Tổng cộng" row: its maximum against the groups' maxima, each scorer's total against the sum
 * of the groups. Returns each scorer's total: as written when readable, else the sum when it is
 * known (no total row), null when it depends on an unreadable cell; a scorer whose total is blank
 * and cannot be summed is left out (undefined).
 */
function checkTotalRow(
  table: RecognizedTable,
  lines: readonly ScoreLine[],
  scorers: readonly Scorer[],
  sink: IssueSink,
  mismatch: (
    cell: string,
    row: number,
    column: string,
    what: string,
    stated: number,
    computed: number,
  ) => void,
): Partial<Record<Scorer, number | null>> {
  const r = table.extent.totalRow;
  const totals: Partial<Record<Scorer, number | null>> = {};
  const groupsMax = sumOf(lines.map(effectiveMax));
  let totalMax = groupsMax;
  const label = r !== null ? totalLabel(table, r) : "";
  const maxCol = table.columns.get("maxScore");
  if (r !== null && maxCol !== undefined) {
    const cell = readNumberCell(table, r, maxCol, "maxScore", sink);
    if (cell.state === "value") {
      totalMax = cell.value;
      if (groupsMax !== null && !sameNumber(cell.value, groupsMax))
        mismatch(cell.cell, r, "maxScore", "Thang điểm", cell.value, groupsMax);
    } else if (cell.state === "bad") totalMax = null;
  }
  for (const scorer of scorers) {
    const parts = sumOf(lines.map((line) => effectiveScore(line, scorer)));
    const col = table.columns.get(scorer);
    const cell = r !== null && col !== undefined ? readNumberCell(table, r, col, scorer, sink) : null;
    if (cell?.state === "bad") {
      totals[scorer] = null;
      continue;
    }
    if (cell?.state === "value") {
      totals[scorer] = cell.value;
      if (r !== null) checkRange(table, r, cell, scorer, label, totalMax, sink);
      if (parts !== null && r !== null && !sameNumber(cell.value, parts))
        mismatch(cell.cell, r, scorer, label, cell.value, parts);
      continue;
    }
    if (parts !== null || hasUnreadable(lines, scorer)) totals[scorer] = parts;
  }
  return totals;
}

function hasUnreadable(lines: readonly ScoreLine[], scorer: Scorer): boolean {
  let bad = false;
  walk(lines, (line) => {
    if (line.scores[scorer]?.state === "bad") bad = true;
  });
  return bad;
}

function totalLabel(table: RecognizedTable, r: number): string {
  const width = Math.min(gridWidth(table.text.grid), 6);
  for (let c = 0; c < width; c++) {
    const text = table.text.text(r, c);
    if (text) return text;
  }
  return "Tổng cộng";
}

/** The groups as the rubric matcher needs them. */
function sheetGroups(lines: readonly ScoreLine[]): SheetRubricGroup[] {
  return lines.map((line) => ({
    title: line.label,
    max: effectiveMax(line),
    itemMaxima: line.children.map(effectiveMax),
  }));
}

/**
 * Which rubric tags got full marks, by matching the sheet's lines to the rubric's groups and items
 * position by position; only tags that could be matched are known.
 */
function fullMarks(
  lines: readonly ScoreLine[],
  rubric: MeetingRubric | null,
  scorer: Scorer,
): { known: Set<string>; full: Set<string> } {
  const known = new Set<string>();
  const full = new Set<string>();
  if (!rubric || rubric.groups.length !== lines.length) return { known, full };
  const mark = (line: ScoreLine, tag: string | undefined, rubricMax: number): void => {
    if (!tag) return;
    const score = effectiveScore(line, scorer);
    if (score === null) return;
    known.add(tag);
    if (sameNumber(score, effectiveMax(line) ?? rubricMax)) full.add(tag);
  };
  rubric.groups.forEach((group, i) => {
    const line = lines[i];
    mark(line, group.tag, group.max);
    if (group.items.length === line.children.length)
      group.items.forEach((item, j) => mark(line.children[j], item.tag, item.max));
  });
  return { known, full };
}

/** The few rows under the total (or the last line) where "Xếp loại" is written. */
function findGradeRow(table: RecognizedTable): { row: number; col: number; grade: string } | null {
  const { rows, totalRow, footerRow } = table.extent;
  const width = Math.min(gridWidth(table.text.grid), 40);
  // Under the total row; without one, among the last lines and just below them.
  const start = totalRow ?? (rows.length > 0 ? rows[Math.max(0, rows.length - 3)] : 0);
  const below = totalRow ?? (rows.length > 0 ? rows[rows.length - 1] : 0);
  const end = Math.min(footerRow ?? Number.MAX_SAFE_INTEGER, below + 6, table.text.grid.rows.length);
  for (let r = start; r < end; r++) {
    for (let c = 0; c < width; c++) {
      if (!startsWithGradeLabel(table.text.folded(r, c))) continue;
      const rest = table.text.text(r, c).replace(/^\s*x\S*p\s+lo\S*i\s*[:.\-–]?\s*/iu, "");
      if (rest) return { row: r, col: c, grade: rest };
      for (let next = c + 1; next < width; next++) {
        const grade = table.text.text(r, next);
        if (grade) return { row: r, col: next, grade };
      }
      return null;
    }
  }
  return null;
}

function checkGradeRow(table: RecognizedTable, grade: string, total: number, sink: IssueSink): void {
  const found = findGradeRow(table);
  if (!found || sameGrade(found.grade, grade)) return;
  sink.add("level-score-mismatch", {
    sheet: table.info.name,
    cell: toA1(found.row, found.col),
    row: found.row + 1,
    column: "grade",
    value: found.grade,
    params: { stated: found.grade, score: shownNumber(total), expected: grade },
  });
}
