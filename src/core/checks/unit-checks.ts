import { LEVEL_KEYS, levelRank } from "../criteria/levels";
import { ruleSeverity } from "../criteria/rule-ids";
import type { Criteria } from "../criteria/schema";
import type { LevelTally } from "../compute/levels";
import { assessedOf } from "../compute/levels";
import { percentOf } from "../compute/shares";
import { toA1 } from "../grid/address";
import { term, type IssueParamValue, type IssueSink, type IssueTerm } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import { foldText } from "../text";
import { checkCapRule, type CapSubject } from "./cap-checks";
import { levelAddress, type RatedRow } from "../extract/rated-rows";
import { readNumber } from "../grid/cell";
import type { IssueCode } from "../issues/codes";

/** The issue codes this file can emit (checked against the catalog and the texts by test/core/issue-codes.test.ts). */
export const EMITS: readonly IssueCode[] = [
  "cap-exceeded",
  "collective-level-conflict",
  "count-mismatch",
  "cross-sheet-mismatch",
  "formula-error",
  "invalid-number",
  "percent-mismatch",
  "percent-sum",
];

/** The cap on HTXSNV, reported at the members sheet (at its total cell when there is one). */
export function checkCap(
  table: RecognizedTable,
  tally: LevelTally,
  criteria: Criteria,
  sink: IssueSink,
  subject: CapSubject = {},
): void {
  const topCol = table.columns.get("levelMark:HTXSNV");
  const cell =
    table.extent.totalRow !== null && topCol !== undefined ? toA1(table.extent.totalRow, topCol) : null;
  checkCapRule(table, tally, criteria, sink, subject, cell);
}

/**
 * A cell rated HTXSNV needs its members at HTNV or better and enough at HTTNV or better
 * (Hướng dẫn 21); where the member list names each member's cell, the two sheets must agree.
 */
export function checkCollectives(
  table: RecognizedTable,
  collectives: readonly RatedRow[],
  members: Iterable<RatedRow>,
  criteria: Criteria,
  membersSheet: string | null,
  sink: IssueSink,
): void {
  const byCell = new Map<string, RatedRow[]>();
  for (const member of members) {
    if (!member.cell) continue;
    const key = foldText(member.cell);
    const list = byCell.get(key) ?? [];
    list.push(member);
    byCell.set(key, list);
  }
  if (byCell.size === 0) return;
  const countCol = table.columns.get("memberCount");
  for (const collective of collectives) {
    const list = byCell.get(foldText(collective.name));
    if (!list) continue;
    if (countCol !== undefined && membersSheet) {
      const reading = readNumber(table.text.raw(collective.row, countCol));
      if ((reading.kind === "number" || reading.kind === "text-number") && reading.value !== list.length)
        sink.add("cross-sheet-mismatch", {
          sheet: table.info.name,
          cell: toA1(collective.row, countCol),
          row: collective.row + 1,
          value: reading.value,
          params: {
            what: term("memberCountOf", { name: collective.name }),
            stated: reading.value,
            computed: list.length,
            otherSheet: membersSheet,
          },
        });
    }
    const rule = criteria.collective;
    if (!rule || collective.level !== "HTXSNV") continue;
    const rated = list.filter((m) => m.level);
    if (rated.length === 0) continue;
    const atLeastHTNV = rated.filter((m) => m.level && levelRank(m.level) >= levelRank("HTNV")).length;
    const atLeastHTTNV = rated.filter((m) => m.level && levelRank(m.level) >= levelRank("HTTNV")).length;
    const shareHTNV = percentOf(atLeastHTNV, rated.length, 1);
    const shareHTTNV = percentOf(atLeastHTTNV, rated.length, 1);
    const details: IssueTerm[] = [];
    if (shareHTNV < rule.topLevelMinShareAtLeastHTNV)
      details.push(
        term("shareBelow", { share: shareHTNV, level: "HTNV", min: rule.topLevelMinShareAtLeastHTNV }),
      );
    if (shareHTTNV < rule.topLevelMinShareAtLeastHTTNV)
      details.push(
        term("shareBelow", { share: shareHTTNV, level: "HTTNV", min: rule.topLevelMinShareAtLeastHTTNV }),
      );
    if (details.length)
      sink.add("collective-level-conflict", {
        severity: ruleSeverity(criteria, "collective", "error"),
        sheet: table.info.name,
        cell: levelAddress(collective),
        row: collective.row + 1,
        value: collective.level,
        params: {
          unit: collective.name,
          level: collective.level,
          detail: details[0],
          also: details[1] ? term("andAlso", { detail: details[1] }) : "",
        },
      });
  }
}

interface ReportedFigures {
  members?: LevelTally;
  collectives?: LevelTally;
  membersSheet?: string;
  collectivesSheet?: string;
  /** The members of each cell (a list grouped by cell, or one sheet per cell), by the cell's name. */
  cells?: readonly CellFigures[];
}

export interface CellFigures {
  name: string;
  tally: LevelTally;
  sheet: string;
}

/** "Chi bộ ấp Tân Hòa", "CB ấp Tân Hòa", "Ấp Tân Hòa": the words that name the cell itself. */
function cellWords(folded: string): string {
  return folded
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/^\s*(\d+|[ivx]+)?\s*(chi bo|cb)\s+/, "")
    .trim();
}

/** The cell a summary line is about, by its label. */
function cellOfLine(cells: readonly CellFigures[], folded: string): CellFigures | undefined {
  const words = cellWords(folded);
  if (!words) return undefined;
  return (
    cells.find((c) => cellWords(foldText(c.name)) === words) ??
    cells.find((c) => {
      const name = cellWords(foldText(c.name));
      return name.length > 2 && (` ${words} `.includes(` ${name} `) || ` ${name} `.includes(` ${words} `));
    })
  );
}

/** The label of a summary line: its content column, else its first text. */
function lineLabel(table: RecognizedTable, r: number, contentCol: number | undefined): string {
  if (contentCol !== undefined) return table.text.folded(r, contentCol);
  const line = table.text.grid.rows[r] ?? [];
  for (let c = 0; c < line.length; c++)
    if (typeof line[c] === "string" && table.text.text(r, c)) return table.text.folded(r, c);
  return "";
}

/** A summary sent up: its counts must add up, its percentages must match its counts and add up to 100. */
export function checkReportedSummary(
  table: RecognizedTable,
  figures: ReportedFigures,
  criteria: Criteria,
  sink: IssueSink,
): void {
  const sheet = table.info.name;
  const { columns, text } = table;
  const contentCol = columns.get("content");
  const totalRows = table.extent.sums.filter((sum) => sum.kind === "total").map((sum) => sum.row);
  for (const r of [...table.extent.rows, ...totalRows]) {
    const num = (col: number | undefined, share = false): { value: number; cell: string } | null => {
      if (col === undefined) return null;
      const reading = readNumber(text.raw(r, col), { percentSign: share });
      const cell = toA1(r, col);
      if (reading.kind === "error") {
        sink.add("formula-error", { sheet, cell, row: r + 1, value: reading.error });
        return null;
      }
      if (reading.kind === "invalid") {
        sink.add("invalid-number", {
          sheet,
          cell,
          row: r + 1,
          value: reading.raw,
          params: { field: term("reportedFigures") },
        });
        return null;
      }
      if (reading.kind === "blank") return null;
      return { value: reading.value, cell };
    };
    const total = num(columns.get("total"));
    const assessed = num(columns.get("assessed"));
    const notAssessed = num(columns.get("notAssessed"));
    const counts = LEVEL_KEYS.map((level) => ({ level, figure: num(columns.get(`levelCount:${level}`)) }));
    const percents = sharesInPercent(
      LEVEL_KEYS.map((level) => ({
        level,
        figure: num(columns.get(`levelPercent:${level}`), true),
      })),
    );
    const countSum = counts.reduce((sum, c) => sum + (c.figure?.value ?? 0), 0);
    // Shares are of those assessed, which the level counts add up to: when every count is there,
    // they are the base, so that one wrong "assessed" cell is reported once, not as four wrong shares.
    const allCounts = counts.every((c) => c.figure);
    const base = allCounts ? countSum : (assessed?.value ?? countSum);
    if (assessed && allCounts && countSum !== assessed.value)
      sink.add("count-mismatch", {
        sheet,
        cell: assessed.cell,
        row: r + 1,
        value: assessed.value,
        params: { what: term("assessed"), stated: assessed.value, computed: countSum },
      });
    if (total && assessed && assessed.value > total.value)
      sink.add("count-mismatch", {
        sheet,
        cell: assessed.cell,
        row: r + 1,
        value: assessed.value,
        params: { what: term("assessedAboveTotal"), stated: assessed.value, computed: total.value },
      });
    for (let i = 0; i < LEVEL_KEYS.length; i++) {
      const percent = percents[i].figure;
      const count = counts[i].figure;
      if (!percent || !count || base <= 0) continue;
      const decimals = decimalsOf(percent.value);
      const exact = (count.value * 100) / base;
      // Largest-remainder rounding may move a share by one unit of its last decimal.
      const tolerance = 10 ** -decimals + 1e-9;
      if (Math.abs(percent.value - exact) > tolerance)
        sink.add("percent-mismatch", {
          sheet,
          cell: percent.cell,
          row: r + 1,
          value: percent.value,
          params: {
            stated: percent.value,
            computed: percentOf(count.value, base, Math.max(decimals, criteria.percentDecimals)),
            count: count.value,
            base,
          },
        });
    }
    const stated = percents.filter((p) => p.figure);
    if (stated.length === LEVEL_KEYS.length) {
      const sum = Math.round(stated.reduce((s, p) => s + (p.figure?.value ?? 0), 0) * 1000) / 1000;
      if (Math.abs(sum - 100) > 1e-6)
        sink.add("percent-sum", {
          sheet,
          cell: stated[0].figure?.cell ?? null,
          row: r + 1,
          value: sum,
          params: { sum },
        });
    }
    const content = lineLabel(table, r, contentCol);
    const cell = figures.cells?.length ? cellOfLine(figures.cells, content) : undefined;
    const isCollectives = !cell && /\b(chi bo|to chuc|dang bo)\b/.test(content);
    const wholeList = totalRows.includes(r) && Boolean(figures.cells?.length);
    const computed = cell
      ? cell.tally
      : isCollectives
        ? figures.collectives
        : /dang vien/.test(content) || wholeList
          ? figures.members
          : undefined;
    const otherSheet = cell ? cell.sheet : isCollectives ? figures.collectivesSheet : figures.membersSheet;
    if (computed && otherSheet) {
      const compare = (
        figure: { value: number; cell: string } | null,
        value: number,
        what: IssueParamValue,
      ) => {
        if (figure && figure.value !== value)
          sink.add("cross-sheet-mismatch", {
            sheet,
            cell: figure.cell,
            row: r + 1,
            value: figure.value,
            params: { what, stated: figure.value, computed: value, otherSheet },
          });
      };
      compare(total, computed.total, term("total"));
      compare(assessed, assessedOf(computed), term("assessed"));
      compare(notAssessed, computed.notClassified, term("notAssessed"));
      counts.forEach((c) => compare(c.figure, computed.counts[c.level], c.level));
    }
  }
}

/**
 * Shares kept as fractions and shown with a % format (0.121 shown as 12,1%) come as fractions:
 * when every share of the line is at most 1 (shares in percent of one whole add up to 100), they are.
 */
function sharesInPercent<T extends { figure: { value: number; cell: string } | null }>(shares: T[]): T[] {
  const stated = shares.filter((s) => s.figure);
  const sum = stated.reduce((total, s) => total + (s.figure?.value ?? 0), 0);
  const fractions = stated.length > 1 && sum > 0 && stated.every((s) => (s.figure?.value ?? 0) <= 1);
  if (!fractions) return shares;
  return shares.map((s) =>
    s.figure ? { ...s, figure: { ...s.figure, value: Math.round(s.figure.value * 1e8) / 1e6 } } : s,
  );
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : Math.min(3, text.length - dot - 1);
}
