import type { IssueCode } from "../issues/codes";
import type { IssueSink } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import type { RegisterMeeting } from "./attendance-register";
import { readDate, readNumber } from "../grid/cell";

/** Emits: cross-sheet-mismatch (variant "attendance"). */
export const EMITS: readonly IssueCode[] = ["cross-sheet-mismatch"];

interface LoggedMeeting {
  month: number;
  thematic: boolean;
  present: number;
}

/** The month, type and head count of each meeting a log records; rows that lack one are left out. */
function loggedMeetings(log: RecognizedTable): LoggedMeeting[] {
  const monthCol = log.columns.get("month");
  const dateCol = log.columns.get("date");
  const presentCol = log.columns.get("present");
  const typeCol = log.columns.get("meetingType");
  if (presentCol === undefined) return [];
  const found: LoggedMeeting[] = [];
  for (const r of log.extent.rows) {
    const present = readNumber(log.text.raw(r, presentCol));
    if (present.kind !== "number" && present.kind !== "text-number") continue;
    let month: number | null = null;
    if (monthCol !== undefined) {
      const number = readNumber(log.text.raw(r, monthCol));
      const text = /^(?:thang|t)?\s*(\d{1,2})\b/.exec(log.text.folded(r, monthCol));
      month =
        number.kind === "number" || number.kind === "text-number"
          ? number.value
          : text
            ? Number(text[1])
            : null;
    }
    if (month === null && dateCol !== undefined) {
      const date = readDate(log.text.raw(r, dateCol));
      if (date.kind === "date") month = date.month;
    }
    if (month === null || !Number.isInteger(month) || month < 1 || month > 12) continue;
    const type = typeCol !== undefined ? log.text.folded(r, typeCol) : "";
    found.push({
      month,
      thematic: type.includes("chuyen de") && !type.includes("thuong ky"),
      present: present.value,
    });
  }
  return found;
}

/**
 * Each regular meeting of the register against the log's row for the same month: the number present
 * must agree. Compared only where each side has exactly one regular meeting that month.
 */
export function crossCheckAttendance(
  register: RecognizedTable,
  meetings: readonly RegisterMeeting[],
  log: RecognizedTable,
  sink: IssueSink,
): void {
  const logged = loggedMeetings(log).filter((m) => !m.thematic);
  const regular = meetings.filter((m) => !m.thematic && m.month !== null && m.marked > 0);
  for (const meeting of regular) {
    if (regular.filter((m) => m.month === meeting.month).length !== 1) continue;
    const same = logged.filter((m) => m.month === meeting.month);
    if (same.length !== 1 || same[0].present === meeting.present) continue;
    sink.add("cross-sheet-mismatch", {
      sheet: register.info.name,
      cell: meeting.headerCell,
      column: meeting.label,
      value: meeting.present,
      params: {
        variant: "attendance",
        meeting: meeting.label,
        stated: meeting.present,
        computed: same[0].present,
        otherSheet: log.info.name,
        what: meeting.label,
      },
    });
  }
}
