import type { IssueCode } from "../issues/codes";
import { ruleSeverity } from "../criteria/rule-ids";
import type { Criteria } from "../criteria/schema";
import { toA1 } from "../grid/address";
import type { IssueSink } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import { foldText } from "../text";
import type { RatedRow } from "../extract/rated-rows";

/** Emits: residence-comment-missing. */
export const EMITS: readonly IssueCode[] = ["residence-comment-missing"];

/** A workplace cell that says the member does not work elsewhere. */
const NOT_WORKING =
  /^(-|—|khong|nghi huu|huu|huu tri|tu do|noi tro|o nha|lam ruong|that nghiep|khong co)\.?$/;
/** Quy định 213: members exempt from the residence cell's comment (armed forces on special duty, students away). */
const EXEMPT = /luc luong vu trang|llvt|quan doi|cong an|nhiem vu dac biet|hoc sinh|sinh vien/;
/** A comment cell that holds no comment. */
const NO_COMMENT = /^(-|—|chua|chua co|khong|khong co|chua nhan xet)\.?$/;

/**
 * Quy định 213-QĐ/TW and Hướng dẫn 33-HD/BTCTW: each year the residence cell comments on members
 * who work elsewhere. Where a list has a workplace and a residence-comment column, a working member
 * without a comment is a warning at the comment cell.
 */
export function checkResidenceComment(
  table: RecognizedTable,
  rows: Iterable<RatedRow>,
  criteria: Criteria,
  sink: IssueSink,
): void {
  const workCol = table.columns.get("workplace");
  const commentCol = table.columns.get("residenceComment");
  if (!criteria.memberRules.residenceComment || workCol === undefined || commentCol === undefined) return;
  const severity = ruleSeverity(criteria, "residenceComment", "warning");
  for (const row of rows) {
    const workplace = table.text.text(row.row, workCol);
    const folded = foldText(workplace).trim();
    if (!folded || NOT_WORKING.test(folded)) continue;
    if (EXEMPT.test(folded) || EXEMPT.test(foldText(row.notes))) continue;
    const comment = foldText(table.text.text(row.row, commentCol)).trim();
    if (comment && !NO_COMMENT.test(comment)) continue;
    sink.add("residence-comment-missing", {
      sheet: table.info.name,
      cell: toA1(row.row, commentCol),
      row: row.row + 1,
      column: "residenceComment",
      value: table.text.text(row.row, commentCol),
      severity,
      params: { name: row.name, workplace },
    });
  }
}
