import type { IssueCode } from "../issues/codes";
import { ruleSeverity } from "../criteria/rule-ids";
import type { Criteria } from "../criteria/schema";
import { toA1 } from "../grid/address";
import { isCellError, type CellValue } from "../grid/types";
import type { IssueSink } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import { foldText } from "../text";
import { columnLabel } from "../extract/number-cell";
import { displayValue } from "../grid/cell";

/** Emits: meeting-duration, and invalid-number for a length that cannot be read. */
export const EMITS: readonly IssueCode[] = ["meeting-duration", "invalid-number"];

/** How long a meeting lasted, and the cell that says so. */
export interface MeetingLength {
  minutes: number;
  cell: string;
}

const MINUTES_PER_DAY = 1440;

/** A time of day in minutes: an Excel time (a fraction of a day), a date-time, "19h30", "19:30", "7 giờ 30". */
export function readClock(value: CellValue): number | null {
  if (value instanceof Date) return value.getUTCHours() * 60 + value.getUTCMinutes();
  if (typeof value === "number") return value >= 0 && value < 1 ? Math.round(value * MINUTES_PER_DAY) : null;
  if (typeof value !== "string") return null;
  const match = /^(\d{1,2})\s*(?:h|gio|:|g)\s*(\d{1,2})?\s*(?:phut|p|')?$/.exec(foldText(value).trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** A length as written: 90, "90 phút", "1 giờ 30", "1h30", "1,5 giờ", an Excel time, or a range "19h30 - 21h00". */
export function readLength(value: CellValue): number | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value <= 0) return null;
    return value < 1 ? Math.round(value * MINUTES_PER_DAY) : value;
  }
  if (value instanceof Date) return value.getUTCHours() * 60 + value.getUTCMinutes() || null;
  if (typeof value !== "string") return null;
  const folded = foldText(value).replace(/\s+/g, " ").trim();
  const range = /^(.+?)\s*(?:-|–|—|den|toi)\s*(.+)$/.exec(folded);
  if (range) {
    const from = readClock(range[1]);
    const to = readClock(range[2]);
    if (from !== null && to !== null && to > from) return to - from;
  }
  const minutes = /^(\d+)\s*(?:phut|p|ph|')?$/.exec(folded);
  if (minutes) return Number(minutes[1]);
  const hours = /^(\d+(?:[.,]\d+)?)\s*(?:gio|h|tieng)(?:\s*(\d{1,2})\s*(?:phut|p|ph)?)?$/.exec(folded);
  if (hours) return Math.round(Number(hours[1].replace(",", ".")) * 60) + Number(hours[2] ?? 0);
  return null;
}

/**
 * The length of the meeting on row `r`: the duration column, else the start and end columns. An
 * unreadable duration is reported (invalid-number) and gives no length.
 */
export function readMeetingLength(table: RecognizedTable, r: number, sink: IssueSink): MeetingLength | null {
  const durationCol = table.columns.get("duration");
  if (durationCol !== undefined) {
    const raw = table.text.raw(r, durationCol);
    const cell = toA1(r, durationCol);
    if (raw !== null && raw !== "" && !isCellError(raw)) {
      const minutes = readLength(raw);
      if (minutes !== null) return { minutes, cell };
      sink.add("invalid-number", {
        sheet: table.info.name,
        cell,
        row: r + 1,
        column: "duration",
        value: displayValue(raw),
        params: { value: displayValue(raw), field: columnLabel(table, "duration") },
      });
      return null;
    }
  }
  const startCol = table.columns.get("startTime");
  const endCol = table.columns.get("endTime");
  if (startCol === undefined || endCol === undefined) return null;
  const start = readClock(table.text.raw(r, startCol));
  const end = readClock(table.text.raw(r, endCol));
  if (start === null || end === null || end <= start) return null;
  return { minutes: end - start, cell: toA1(r, endCol) };
}

/**
 * Chỉ thị 50-CT/TW and Hướng dẫn 42-HD/BTCTW: at least 90 minutes, 120 when the thematic and the
 * regular meeting are held in one session; the committee's own minimum for small cells where set.
 */
export function checkMeetingDuration(
  table: RecognizedTable,
  r: number,
  meeting: { regular: boolean; thematic: boolean; members: number | null },
  length: MeetingLength | null,
  criteria: Criteria,
  sink: IssueSink,
): void {
  if (!length) return;
  const rules = criteria.meeting;
  const combined = meeting.regular && meeting.thematic && rules.combinedMinDurationMinutes !== null;
  const small =
    !combined &&
    rules.smallCellMaxMembers !== null &&
    rules.smallCellMinDurationMinutes !== null &&
    meeting.members !== null &&
    meeting.members <= rules.smallCellMaxMembers;
  const min = combined
    ? rules.combinedMinDurationMinutes
    : small
      ? rules.smallCellMinDurationMinutes
      : rules.minDurationMinutes;
  if (min === null || length.minutes >= min) return;
  const rule = combined ? "meetingCombinedDuration" : small ? "meetingSmallCell" : "meetingDuration";
  sink.add("meeting-duration", {
    sheet: table.info.name,
    cell: length.cell,
    row: r + 1,
    column: "duration",
    value: length.minutes,
    severity: ruleSeverity(criteria, rule, "warning"),
    params: {
      ...(combined ? { variant: "combined" } : small ? { variant: "small-cell" } : {}),
      minutes: length.minutes,
      min,
    },
  });
}
