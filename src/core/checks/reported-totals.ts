import { toA1 } from "../grid/address";
import type { IssueCode } from "../issues/codes";
import type { IssueSink } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import type { FieldName } from "../types";
import { readNumber } from "../grid/cell";

/** Issue codes this check can emit. */
export const EMITS: readonly IssueCode[] = ["count-mismatch"];

/**
 * A summary's total line ("Tổng cộng" under one line per cell) must hold the sums of the lines
 * above it, column by column: total, assessed, not assessed and each level's count. Reported at the total's cell;
 * `what` is the column's header text as the user wrote it.
 */
export function checkReportedTotals(table: RecognizedTable, sink: IssueSink): void {
  const fields = [...table.columns].filter(([field]) => isCountField(field));
  for (const sum of table.extent.sums) {
    if (sum.kind !== "total" || sum.records.length < 2) continue;
    for (const [, col] of fields) {
      const stated = readNumber(table.text.raw(sum.row, col));
      if (stated.kind !== "number" && stated.kind !== "text-number") continue;
      let computed = 0;
      let complete = true;
      for (const r of sum.records) {
        const part = readNumber(table.text.raw(r, col));
        if (part.kind === "number" || part.kind === "text-number") computed += part.value;
        else if (part.kind !== "blank") complete = false;
      }
      if (!complete || Math.abs(computed - stated.value) < 1e-9) continue;
      sink.add("count-mismatch", {
        sheet: table.info.name,
        cell: toA1(sum.row, col),
        row: sum.row + 1,
        value: stated.value,
        params: { what: headerOf(table, col), stated: stated.value, computed },
      });
    }
  }
}

function isCountField(field: FieldName): boolean {
  return (
    field === "total" || field === "assessed" || field === "notAssessed" || field.startsWith("levelCount:")
  );
}

/** The column's header texts, top to bottom ("Hoàn thành nhiệm vụ – Số lượng"). */
function headerOf(table: RecognizedTable, col: number): string {
  const texts = table.header?.texts[col] ?? [];
  return texts.slice(-2).join(" – ") || toA1(table.header?.rows[0] ?? 0, col);
}
