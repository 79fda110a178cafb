import { LEVEL_KEYS } from "../criteria/levels";
import { toA1 } from "../grid/address";
import { readNumber } from "../grid/cell";
import type { IssueCode } from "../issues/codes";
import { term, type IssueSink } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import type { FieldName } from "../types";

/** Issue codes this check can emit. */
export const EMITS: readonly IssueCode[] = ["count-mismatch"];

/**
 * On each line of a summary sent up (and on its subtotal and total lines), "Tổng số" must equal
 * those assessed plus those not assessed ("Trong đó: Số được đánh giá | Không đánh giá"); without an
 * assessed column, the level counts plus those not assessed. Reported at the "Tổng số" cell, since
 * that is the one figure the other two are a split of. Only where the summary has a not-assessed
 * column: without it, a total above the assessed may be right (those exempted are not written), and
 * unit-checks already reports an assessed count above the total.
 */
export function checkReportedHeadcount(table: RecognizedTable, sink: IssueSink): void {
  const { columns } = table;
  const totalCol = columns.get("total");
  const notAssessedCol = columns.get("notAssessed");
  if (totalCol === undefined || notAssessedCol === undefined) return;
  const assessedCol = columns.get("assessed");
  const levelCols = LEVEL_KEYS.map((level) => columns.get(`levelCount:${level}` as FieldName));
  const parts =
    assessedCol !== undefined
      ? { cols: [assessedCol], what: term("totalOfAssessed") }
      : levelCols.every((c) => c !== undefined)
        ? { cols: levelCols as number[], what: term("totalOfLevels") }
        : null;
  if (!parts) return;
  const lines = [...table.extent.rows, ...table.extent.sums.map((sum) => sum.row)];
  for (const r of lines) {
    const total = countAt(table, r, totalCol);
    if (total === null || total === "unreadable") continue;
    // A blank part of a line that states its total means none ("Không đánh giá" left empty when 0);
    // a line whose assessed count is blank too is not split at all, and not judged.
    const assessed = parts.cols.map((c) => countAt(table, r, c));
    if (assessed.every((a) => a === null) || assessed.includes("unreadable")) continue;
    const notAssessed = countAt(table, r, notAssessedCol);
    if (notAssessed === "unreadable") continue;
    const computed =
      assessed.reduce<number>((sum, a) => sum + (typeof a === "number" ? a : 0), 0) + (notAssessed ?? 0);
    if (Math.abs(computed - total) < 1e-9) continue;
    sink.add("count-mismatch", {
      sheet: table.info.name,
      cell: toA1(r, totalCol),
      row: r + 1,
      value: total,
      params: { what: parts.what, stated: total, computed },
    });
  }
}

/**
 * A count typed as a number, as text ("42") or as a formula's cached value; null when blank.
 * An error or a text that is no number is reported by the summary's own check, so it only stops
 * this one ("unreadable").
 */
function countAt(table: RecognizedTable, r: number, col: number): number | null | "unreadable" {
  const reading = readNumber(table.text.raw(r, col));
  if (reading.kind === "number" || reading.kind === "text-number") return reading.value;
  return reading.kind === "blank" ? null : "unreadable";
}
