import type { IssueCode } from "../issues/codes";
import type { LevelMatcher } from "../criteria/level-matcher";
import type { Criteria } from "../criteria/schema";
import type { IssueSink } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import { checkCivilServiceLevel, EMITS as CIVIL_SERVICE } from "./civil-service";
import type { RatedRow } from "../extract/rated-rows";
import { checkResidenceComment, EMITS as RESIDENCE } from "./residence-comment";
import { checkTopLevelConditions, EMITS as TOP_LEVEL } from "./top-level-conditions";

export const EMITS: readonly IssueCode[] = [...TOP_LEVEL, ...CIVIL_SERVICE, ...RESIDENCE];

/**
 * The member checks that need a column some lists have (Quy định 366 and the texts around it): the
 * HTXSNV conditions, the civil-service rating, the residence cell's comment. Each runs only where
 * its column was found or mapped.
 */
export function checkMemberColumns(
  table: RecognizedTable,
  rows: Iterable<RatedRow>,
  criteria: Criteria,
  levels: LevelMatcher,
  sink: IssueSink,
): void {
  checkTopLevelConditions(table, rows, criteria, sink);
  checkCivilServiceLevel(table, rows, criteria, levels, sink);
  checkResidenceComment(table, rows, criteria, sink);
}
