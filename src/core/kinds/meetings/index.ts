import { checkMeetingCadence, checkMeetingLog, EMITS as MEETING_CHECKS } from "../../checks/meetings";
import { mergeMeetingResults } from "../../compute/meetings";
import type { SheetKindDef } from "../kind";
import { meetingsShape } from "./shape";

/** Logs of the year's meetings: each meeting checked; cadence judged once over every log sheet. */
export const meetingsKind: SheetKindDef = {
  kind: "meetings",
  shape: meetingsShape,
  emits: MEETING_CHECKS,
  read(table, { criteria, sink, unit, facts }) {
    // Cadence is judged once over every meetings sheet: a year may be split across sheets.
    const result = checkMeetingLog(table, criteria, sink, unit.period, { cadence: false });
    facts.meetings = facts.meetings ? mergeMeetingResults(facts.meetings, result) : result;
    facts.meetingSheets.push(table.info.name);
  },
  finish({ criteria, sink, unit, facts }) {
    if (!facts.meetings) return;
    checkMeetingCadence(facts.meetings, criteria, sink, {
      sheet: facts.meetingSheets.length === 1 ? facts.meetingSheets[0] : null,
      year: unit.period,
    });
  },
  contribute({ facts }, results) {
    if (facts.meetings) results.meetings = facts.meetings;
  },
};
