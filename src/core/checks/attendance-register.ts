import type { IssueCode } from "../issues/codes";
import { ruleSeverity } from "../criteria/rule-ids";
import type { Criteria } from "../criteria/schema";
import { toA1 } from "../grid/address";
import type { IssueSink } from "../issues/issue";
import { readMeetingHeader } from "../recognize/attendance-columns";
import { attendanceColumns } from "../recognize/mapping";
import type { RecognizedTable } from "../recognize/table";
import { readAttendanceMark, type AttendanceMark } from "../extract/attendance-marks";

/** Emits: absence-streak, attendance-low, invalid-level (an unreadable mark). */
export const EMITS: readonly IssueCode[] = ["absence-streak", "attendance-low", "invalid-level"];

/** One meeting column of a register, with its head count. */
export interface RegisterMeeting {
  /** 0-based column, and the header as the user wrote it. */
  col: number;
  label: string;
  headerCell: string;
  month: number | null;
  thematic: boolean;
  present: number;
  excused: number;
  unexcused: number;
  /** Exempt and armed forces on special duty: out of the denominator. */
  outOfCount: number;
  /** Any mark at all: a column with none is a meeting still to come. */
  marked: number;
}

interface Member {
  row: number;
  name: string;
  nameCell: string;
  marks: AttendanceMark[];
}

/**
 * An attendance register (sổ theo dõi đảng viên dự sinh hoạt): members down, meetings across. From
 * it: each meeting's attendance (Hướng dẫn 12: present ÷ (members − exempt − armed forces on duty),
 * excused absences out of the count where the criteria say so), every unexcused absence, and
 * excused absences more than the allowed number of times in a row.
 */
export function checkAttendanceRegister(
  table: RecognizedTable,
  criteria: Criteria,
  sink: IssueSink,
): RegisterMeeting[] {
  const sheet = table.info.name;
  const nameCol = table.columns.get("name") ?? 0;
  const cols = attendanceColumns(table.columns);
  const headerRow = table.header ? table.header.rows[table.header.rows.length - 1] : 0;
  const meetings: RegisterMeeting[] = cols.map((col) => {
    const texts = table.header?.texts[col] ?? [];
    const label = texts[texts.length - 1] ?? "";
    const header = readMeetingHeader(label);
    return {
      col,
      label,
      headerCell: toA1(headerRow, col),
      month: header?.month ?? null,
      thematic: header?.thematic ?? false,
      present: 0,
      excused: 0,
      unexcused: 0,
      outOfCount: 0,
      marked: 0,
    };
  });
  const members: Member[] = [];
  for (const r of table.extent.rows) {
    const name = table.text.text(r, nameCol);
    if (!name) continue;
    const marks = meetings.map((meeting) => {
      const text = table.text.text(r, meeting.col);
      const mark = readAttendanceMark(text);
      if (mark === "unknown")
        sink.add("invalid-level", {
          sheet,
          cell: toA1(r, meeting.col),
          row: r + 1,
          column: meeting.label,
          value: text,
          params: { variant: "attendance-mark", value: text, suggestion: "x / P / K / M" },
        });
      return mark;
    });
    members.push({ row: r, name, nameCell: toA1(r, nameCol), marks });
  }
  for (const member of members) {
    member.marks.forEach((mark, i) => {
      const meeting = meetings[i];
      if (mark !== "blank" && mark !== "unknown") meeting.marked++;
      if (mark === "present") meeting.present++;
      else if (mark === "excused") meeting.excused++;
      else if (mark === "unexcused") {
        meeting.unexcused++;
        if (criteria.attendance.noUnexcusedAbsence)
          sink.add("attendance-low", {
            sheet,
            cell: toA1(member.row, meeting.col),
            row: member.row + 1,
            column: meeting.label,
            value: table.text.text(member.row, meeting.col),
            params: { variant: "unexcused-member", name: member.name, meeting: meeting.label },
          });
      } else if (mark === "exempt" || mark === "on-duty") meeting.outOfCount++;
    });
  }
  for (const meeting of meetings) checkMeetingRate(table, meeting, criteria, sink);
  checkStreaks(table, members, meetings, criteria, sink);
  return meetings;
}

function checkMeetingRate(
  table: RecognizedTable,
  meeting: RegisterMeeting,
  criteria: Criteria,
  sink: IssueSink,
): void {
  const rule = criteria.attendance;
  const expected = meeting.present + meeting.excused + meeting.unexcused;
  const base = rule.excusedLeaveDenominator ? expected - meeting.excused : expected;
  if (meeting.marked === 0 || base <= 0) return;
  const rate = (meeting.present / base) * 100;
  const short = rule.strictlyAbove ? !(rate > rule.minPercent) : !(rate >= rule.minPercent);
  if (!short) return;
  sink.add("attendance-low", {
    sheet: table.info.name,
    cell: meeting.headerCell,
    column: meeting.label,
    value: meeting.present,
    params: {
      rate: Math.round(rate * 10) / 10,
      min: rule.minPercent,
      comparison: rule.strictlyAbove ? ">" : "≥",
      present: meeting.present,
      base,
      unexcused: meeting.unexcused,
      unexcusedNote: "",
    },
  });
}

/** Hướng dẫn 12: nobody "vắng mặt có lý do quá 03 lần liên tiếp trong năm"; one warning per run. */
function checkStreaks(
  table: RecognizedTable,
  members: readonly Member[],
  meetings: readonly RegisterMeeting[],
  criteria: Criteria,
  sink: IssueSink,
): void {
  const max = criteria.attendance.maxExcusedStreak;
  if (max === null) return;
  const severity = ruleSeverity(criteria, "absenceStreak", "warning");
  for (const member of members) {
    let start = -1;
    const close = (end: number) => {
      const count = end - start;
      if (start >= 0 && count > max)
        sink.add("absence-streak", {
          sheet: table.info.name,
          cell: member.nameCell,
          row: member.row + 1,
          column: "name",
          value: member.name,
          severity,
          params: {
            name: member.name,
            count,
            max,
            from: meetings[start].label,
            to: meetings[end - 1].label,
          },
        });
      start = -1;
    };
    member.marks.forEach((mark, i) => {
      if (mark === "excused") {
        if (start < 0) start = i;
      } else if (mark !== "blank" || start >= 0) close(i);
    });
    close(member.marks.length);
  }
}
