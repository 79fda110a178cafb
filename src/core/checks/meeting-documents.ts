import type { IssueCode } from "../issues/codes";
import { ruleSeverity } from "../criteria/rule-ids";
import type { Criteria } from "../criteria/schema";
import { toA1 } from "../grid/address";
import type { IssueSink } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import { readDate } from "../grid/cell";

/** Emits: meeting-date (variant "documents"). */
export const EMITS: readonly IssueCode[] = ["meeting-date"];

function dayNumber(date: { year: number; month: number; day: number }): number {
  return Date.UTC(date.year, date.month - 1, date.day) / 86400000;
}

function shown(date: { year: number; month: number; day: number }): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
}

/**
 * Hướng dẫn 42-HD/BTCTW: the meeting's documents are posted in the Sổ tay đảng viên app at least
 * one day ahead. Checked where a column records the posting date and the meeting has a full date.
 */
export function checkMeetingDocuments(
  table: RecognizedTable,
  r: number,
  criteria: Criteria,
  sink: IssueSink,
): void {
  const days = criteria.meeting.documentsDaysAhead;
  const postedCol = table.columns.get("documentsPosted");
  const dateCol = table.columns.get("date");
  if (days === null || postedCol === undefined || dateCol === undefined) return;
  const meeting = readDate(table.text.raw(r, dateCol));
  const posted = readDate(table.text.raw(r, postedCol));
  if (meeting.kind !== "date" || posted.kind !== "date") return;
  if (dayNumber(meeting) - dayNumber(posted) >= days) return;
  sink.add("meeting-date", {
    sheet: table.info.name,
    cell: toA1(r, postedCol),
    row: r + 1,
    column: "documentsPosted",
    value: shown(posted),
    severity: ruleSeverity(criteria, "meetingDocuments", "warning"),
    params: { variant: "documents", date: shown(meeting), posted: shown(posted), days },
  });
}
