import type { MeetingRules } from "../schema";

/**
 * The four meeting grades used by Hướng dẫn 42-HD/BTCTW and most provincial frameworks:
 * Tốt from 90, Khá from 70, Trung bình from 50, Kém below 50 (0 is the floor of the scale).
 */
export function fourMeetingGrades(): MeetingRules["grades"] {
  return [
    { grade: "Tốt", min: 90 },
    { grade: "Khá", min: 70 },
    { grade: "Trung bình", min: 50 },
    { grade: "Kém", min: 0 },
  ];
}
