import type { LevelMatcher } from "../criteria/level-matcher";
import type { Criteria } from "../criteria/schema";
import type { IssueSink } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import { checkCivilServiceLevel } from "./civil-service";
import type { RatedRow } from "../extract/rated-rows";
import { checkResidenceComment } from "./residence-comment";
import { checkTopLevelConditions } from "./top-level-conditions";

/**
 * The member checks that need a column some lists have (Quy định 366 and the texts around it): the
 * HTXSNV conditions, the civil-service rating, the residence cell's comment. Each runs only where
 * its column was found or mapped.
 */
export function checkMemberColumns(
  table: RecognizedTable,
  rows: readonly RatedRow[],
  criteria: Criteria,
  levels: LevelMatcher,
  sink: IssueSink,
): void {
  checkTopLevelConditions(table, rows, criteria, sink);
  checkCivilServiceLevel(table, rows, criteria, levels, sink);
  checkResidenceComment(table, rows, criteria, sink);
}
