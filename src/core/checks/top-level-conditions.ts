import type { IssueCode } from "../issues/codes";
import { ruleSeverity } from "../criteria/rule-ids";
import type { Criteria } from "../criteria/schema";
import { toA1 } from "../grid/address";
import type { IssueSink } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import type { FieldName } from "../types";
import { readCondition } from "../extract/condition-cell";
import { columnLabel } from "../extract/number-cell";
import type { RatedRow } from "../extract/rated-rows";

/** Emits: top-level-condition. */
export const EMITS: readonly IssueCode[] = ["top-level-condition"];

/** Conditions that must hold in full (100%), and the one with a minimum share. */
const FULL_CONDITIONS: readonly FieldName[] = ["tasksDone", "faultsRemedied"];

/**
 * Quy định 366, Điều 11: a member rated HTXSNV has done every task, at least 30% of them beyond
 * requirement, and remedied 100% of the faults named at the last review. Checked where a column
 * records a condition; the issue names the condition by the column's own header.
 */
export function checkTopLevelConditions(
  table: RecognizedTable,
  rows: Iterable<RatedRow>,
  criteria: Criteria,
  sink: IssueSink,
): void {
  const min = criteria.memberRules.topLevelMinExceededPercent;
  if (min === null) return;
  const severity = ruleSeverity(criteria, "topLevelConditions", "error");
  const sheet = table.info.name;
  // The condition columns this list has, found once rather than for each HTXSNV row.
  const checked: { field: FieldName; col: number }[] = [];
  for (const field of [...FULL_CONDITIONS, "tasksExceeded"] as const) {
    const col = table.columns.get(field);
    if (col !== undefined) checked.push({ field, col });
  }
  if (checked.length === 0) return;
  for (const row of rows) {
    if (row.level !== "HTXSNV") continue;
    for (const { field, col } of checked) {
      const text = table.text.text(row.row, col);
      const reading = readCondition(table.text.raw(row.row, col), text);
      const needed = field === "tasksExceeded" ? min : 100;
      const fails = reading.kind === "no" || (reading.kind === "percent" && reading.value + 1e-9 < needed);
      if (!fails) continue;
      const common = {
        sheet,
        cell: toA1(row.row, col),
        row: row.row + 1,
        column: field,
        value: text,
        severity,
      };
      const condition = columnLabel(table, field);
      if (field === "tasksExceeded" && reading.kind === "percent")
        sink.add("top-level-condition", {
          ...common,
          params: {
            variant: "exceeded",
            name: row.name,
            condition,
            percent: reading.value,
            min,
            value: text,
          },
        });
      else sink.add("top-level-condition", { ...common, params: { name: row.name, condition, value: text } });
    }
  }
}
