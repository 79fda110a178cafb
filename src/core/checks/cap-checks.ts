import type { IssueCode } from "../issues/codes";
import { capParams, capResult, effectiveCapRule, tallyRows, type LevelTally } from "../compute/levels";
import { ruleSeverity } from "../criteria/rule-ids";
import type { Criteria } from "../criteria/schema";
import type { IssueSink } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import { foldText } from "../text";
import type { FieldName } from "../types";
import type { RatedRow } from "../extract/rated-rows";

/** Emits: cap-exceeded. */
export const EMITS: readonly IssueCode[] = ["cap-exceeded"];

export interface CapSubject {
  /** The collectives sheet (Quy định 366: the cap holds for collectives too). */
  collectives?: boolean;
  /** The group of similar position, as its column writes it. */
  group?: string;
}

/**
 * The cap on HTXSNV for one tally (the unit's members, its collectives, or one group). Over the
 * usual share but within the exception's, the message says only the competent level's decision
 * allows it; with the decision recorded in the criteria, the exception's share is the limit.
 */
export function checkCapRule(
  table: RecognizedTable,
  tally: LevelTally,
  criteria: Criteria,
  sink: IssueSink,
  subject: CapSubject,
  cell: string | null,
): void {
  const rule = criteria.cap;
  if (!rule || (subject.collectives && !rule.collectives)) return;
  const cap = capResult(tally, effectiveCapRule(rule), criteria.percentDecimals);
  if (!cap.exceeded) return;
  const decided = effectiveCapRule(rule) !== rule;
  const withinException =
    !decided &&
    rule.exceptionPercent !== null &&
    !capResult(tally, { ...rule, ratio: rule.exceptionPercent / 100 }, criteria.percentDecimals).exceeded;
  const variant = [
    subject.collectives ? "collectives" : subject.group !== undefined ? "group" : null,
    withinException ? "needs-decision" : null,
  ]
    .filter((part) => part !== null)
    .join("-");
  const severity = subject.collectives
    ? ruleSeverity(criteria, "capCollectives", "error")
    : subject.group !== undefined
      ? ruleSeverity(criteria, "capGroups", "error")
      : "error";
  sink.add("cap-exceeded", {
    sheet: table.info.name,
    cell,
    value: cap.actual,
    severity,
    params: {
      ...capParams(cap),
      ...(variant ? { variant } : {}),
      ...(subject.group !== undefined ? { group: subject.group } : {}),
      ...(rule.exceptionPercent !== null ? { exceptionRatio: rule.exceptionPercent } : {}),
    },
  });
}

const GROUP_FIELDS: Record<"category" | "position", FieldName> = {
  category: "category",
  position: "position",
};

/**
 * Quy định 366, Điều 11: the cap is judged "theo đối tượng có vị trí, vai trò… tương đồng". Where the
 * criteria name the grouping column and the list has it, each group is judged on its own (the unit
 * as a whole is judged by the caller). Members with the column blank form no group.
 */
export function checkCapGroups(
  table: RecognizedTable,
  rows: Iterable<RatedRow>,
  criteria: Criteria,
  sink: IssueSink,
): void {
  const groupBy = criteria.cap?.groupBy ?? "none";
  if (groupBy === "none") return;
  const col = table.columns.get(GROUP_FIELDS[groupBy]);
  if (col === undefined) return;
  const groups = new Map<string, { label: string; rows: RatedRow[] }>();
  for (const row of rows) {
    if (row.sheet !== table.info.name) continue;
    const label = table.text.text(row.row, col).trim();
    if (!label) continue;
    const key = foldText(label).replace(/\s+/g, " ");
    const group = groups.get(key) ?? { label, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  if (groups.size < 2) return;
  for (const group of groups.values())
    checkCapRule(table, tallyRows(group.rows), criteria, sink, { group: group.label }, null);
}
