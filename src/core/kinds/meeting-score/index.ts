import { EMITS as SCORE_CHECKS } from "../../checks/meeting-score";
import { checkMeetingScores } from "../../checks/meeting-score-months";
import { withScoredMonths } from "../../compute/meetings";
import type { SheetKindDef } from "../kind";
import { meetingScoreShape } from "./shape";

/** One meeting's score sheet (or a year's): items against their maximum, totals, the grade. */
export const meetingScoreKind: SheetKindDef = {
  kind: "meeting-score",
  shape: meetingScoreShape,
  emits: SCORE_CHECKS,
  read(table, { criteria, sink, facts }) {
    for (const { month, result } of checkMeetingScores(table, criteria, sink))
      if (month !== null) facts.scoredMonths.push({ month, total: result.total, grade: result.grade });
  },
  // After the meetings kind has given the logs' results (SHEET_KINDS order): the book's months are
  // added to them without counting a meeting twice (see withScoredMonths). A sheet of one meeting,
  // with no month of its own, is checked but not counted: nothing says which meeting it scores.
  contribute({ criteria, facts }, results) {
    if (facts.scoredMonths.length === 0) return;
    results.meetings = withScoredMonths(results.meetings ?? null, facts.scoredMonths, criteria);
  },
};
