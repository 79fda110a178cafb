import { LEVEL_KEYS, levelRank } from "../criteria/levels";
import type { Criteria } from "../criteria/schema";
import type { LevelTally } from "../compute/levels";
import { assessedOf, capParams, capResult } from "../compute/levels";
import { percentOf } from "../compute/shares";
import { toA1 } from "../grid/address";
import type { IssueSink } from "../issues/issue";
import { levelMarkColumns } from "../recognize/mapping";
import type { RecognizedTable } from "../recognize/table";
import { foldText } from "../text";
import type { RatedRow } from "../extract/rated-rows";
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

/** The "Tổng cộng" row of an "x"-marked list must state the counts that the marks give. */
export function checkTotalsRow(table: RecognizedTable, tally: LevelTally, sink: IssueSink): void {
  const totalRow = table.extent.totalRow;
  if (totalRow === null) return;
  for (const mark of levelMarkColumns(table.columns)) {
    const reading = readNumber(table.text.raw(totalRow, mark.col));
    if (reading.kind !== "number" && reading.kind !== "text-number") continue;
    const computed = mark.level === "none" ? tally.notClassified : tally.counts[mark.level];
    if (reading.value !== computed)
      sink.add("count-mismatch", {
        sheet: table.info.name,
        cell: toA1(totalRow, mark.col),
        row: totalRow + 1,
        value: reading.value,
        params: {
          what: `Tổng cộng ${mark.level === "none" ? "không xếp loại" : mark.level}`,
          stated: reading.value,
          computed,
        },
      });
  }
}

/** The cap on HTXSNV, reported at the members sheet (at its total cell when there is one). */
export function checkCap(
  table: RecognizedTable,
  tally: LevelTally,
  criteria: Criteria,
  sink: IssueSink,
): void {
  if (!criteria.cap) return;
  const cap = capResult(tally, criteria.cap, criteria.percentDecimals);
  if (!cap.exceeded) return;
  const topCol = table.columns.get("levelMark:HTXSNV");
  const cell =
    table.extent.totalRow !== null && topCol !== undefined ? toA1(table.extent.totalRow, topCol) : null;
  sink.add("cap-exceeded", {
    sheet: table.info.name,
    cell,
    value: cap.actual,
    params: capParams(cap),
  });
}

/**
 * A cell rated HTXSNV needs its members at HTNV or better and enough at HTTNV or better
 * (Hướng dẫn 21); where the member list names each member's cell, the two sheets must agree.
 */
export function checkCollectives(
  table: RecognizedTable,
  collectives: readonly RatedRow[],
  members: readonly RatedRow[],
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
            what: `Đảng số của “${collective.name}”`,
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
    const details: string[] = [];
    if (shareHTNV < rule.topLevelMinShareAtLeastHTNV)
      details.push(`chỉ ${shareHTNV}% đảng viên đạt HTNV trở lên (cần ${rule.topLevelMinShareAtLeastHTNV}%)`);
    if (shareHTTNV < rule.topLevelMinShareAtLeastHTTNV)
      details.push(
        `chỉ ${shareHTTNV}% đảng viên đạt HTTNV trở lên (cần ${rule.topLevelMinShareAtLeastHTTNV}%)`,
      );
    if (details.length)
      sink.add("collective-level-conflict", {
        sheet: table.info.name,
        cell: collective.levelCell,
        row: collective.row + 1,
        value: collective.level,
        params: { unit: collective.name, level: collective.level, detail: details.join("; ") },
      });
  }
}

interface ReportedFigures {
  members?: LevelTally;
  collectives?: LevelTally;
  membersSheet?: string;
  collectivesSheet?: string;
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
  for (const r of table.extent.rows) {
    const num = (col: number | undefined): { value: number; cell: string } | null => {
      if (col === undefined) return null;
      const reading = readNumber(text.raw(r, col));
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
          params: { field: "Số liệu báo cáo" },
        });
        return null;
      }
      if (reading.kind === "blank") return null;
      return { value: reading.value, cell };
    };
    const total = num(columns.get("total"));
    const assessed = num(columns.get("assessed"));
    const counts = LEVEL_KEYS.map((level) => ({ level, figure: num(columns.get(`levelCount:${level}`)) }));
    const percents = LEVEL_KEYS.map((level) => ({
      level,
      figure: num(columns.get(`levelPercent:${level}`)),
    }));
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
        params: { what: "Số được đánh giá", stated: assessed.value, computed: countSum },
      });
    if (total && assessed && assessed.value > total.value)
      sink.add("count-mismatch", {
        sheet,
        cell: assessed.cell,
        row: r + 1,
        value: assessed.value,
        params: { what: "Số được đánh giá (lớn hơn tổng số)", stated: assessed.value, computed: total.value },
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
    const content = contentCol !== undefined ? text.folded(r, contentCol) : "";
    const isCollectives = /\b(chi bo|to chuc|dang bo)\b/.test(content);
    const computed = isCollectives
      ? figures.collectives
      : /dang vien/.test(content)
        ? figures.members
        : undefined;
    const otherSheet = isCollectives ? figures.collectivesSheet : figures.membersSheet;
    if (computed && otherSheet) {
      const compare = (figure: { value: number; cell: string } | null, value: number, what: string) => {
        if (figure && figure.value !== value)
          sink.add("cross-sheet-mismatch", {
            sheet,
            cell: figure.cell,
            row: r + 1,
            value: figure.value,
            params: { what, stated: figure.value, computed: value, otherSheet },
          });
      };
      compare(total, computed.total, "Tổng số");
      compare(assessed, assessedOf(computed), "Số được đánh giá");
      counts.forEach((c) => compare(c.figure, computed.counts[c.level], c.level));
    }
  }
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : Math.min(3, text.length - dot - 1);
}
