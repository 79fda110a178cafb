import { checkMeetingScore, EMITS as SCORE_CHECKS } from "../../checks/meeting-score";
import type { SheetKindDef } from "../kind";
import { meetingScoreShape } from "./shape";

/** One meeting's score sheet (or a year's): items against their maximum, totals, the grade. */
export const meetingScoreKind: SheetKindDef = {
  kind: "meeting-score",
  shape: meetingScoreShape,
  emits: SCORE_CHECKS,
  read(table, { criteria, sink }) {
    checkMeetingScore(table, criteria, sink);
  },
};
