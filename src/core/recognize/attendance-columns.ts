import { foldText } from "../text";

/** What a meeting column's header of an attendance register says about the meeting. */
export interface MeetingHeader {
  /** 1–12 when the header names the month ("T1", "Tháng 1", "01/2025", "05/01/2025"), else null. */
  month: number | null;
  /** A thematic meeting ("Chuyên đề Q1", "CĐ quý 2"). */
  thematic: boolean;
}

const MONTH = /^(?:t|th|thang)\s*\.?\s*(\d{1,2})(?:\s*[/.-]\s*\d{2,4})?$/;
const MONTH_YEAR = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const DAY_MONTH = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*\d{2,4})?$/;
const NUMBERED = /^(?:ky|buoi|lan|ky sinh hoat|buoi sinh hoat)\s*(\d{1,2})$/;
const THEMATIC = /^(?:cd|chuyen de)\b/;

function validMonth(n: number): number | null {
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : null;
}

/**
 * Reads a register's column header as a meeting, or null when it is not one. Kept to shapes that no
 * other column of a register has, so that "STT", "Họ và tên" or "Ghi chú" are never taken for one.
 */
export function readMeetingHeader(header: string): MeetingHeader | null {
  const folded = foldText(header).replace(/\s+/g, " ").trim();
  if (!folded) return null;
  if (THEMATIC.test(folded)) {
    const month = /\b(?:t|thang)\s*(\d{1,2})\b/.exec(folded);
    return { month: month ? validMonth(Number(month[1])) : null, thematic: true };
  }
  let match = MONTH.exec(folded);
  if (match) return validMonth(Number(match[1])) ? { month: Number(match[1]), thematic: false } : null;
  match = MONTH_YEAR.exec(folded);
  if (match) return validMonth(Number(match[1])) ? { month: Number(match[1]), thematic: false } : null;
  match = DAY_MONTH.exec(folded);
  if (match && Number(match[1]) >= 1 && Number(match[1]) <= 31 && validMonth(Number(match[2])))
    return { month: Number(match[2]), thematic: false };
  if (NUMBERED.test(folded)) return { month: null, thematic: false };
  return null;
}
