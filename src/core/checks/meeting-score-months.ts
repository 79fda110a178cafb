import type { Criteria } from "../criteria/schema";
import type { IssueSink } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import type { FieldName } from "../types";
import { checkMeetingScore, type MeetingScoreResult } from "./meeting-score";

/** The month score columns of a year's score sheet, in month order. */
export function monthColumns(table: RecognizedTable): { month: number; col: number }[] {
  const months: { month: number; col: number }[] = [];
  for (const [field, col] of table.columns) {
    const match = /^monthScore:(\d+)$/.exec(field);
    if (match) months.push({ month: Number(match[1]), col });
  }
  return months.sort((a, b) => a.month - b.month);
}

/**
 * A year of meeting scores, the rubric down and the months across, is twelve score sheets side
 * by side: each month's column is checked like one meeting's sheet (its scores within the maxima,
 * its groups and total adding up, its grade against the thresholds), reported at that month's cells.
 * A sheet of one meeting is checked as it is.
 */
export function checkMeetingScores(
  table: RecognizedTable,
  criteria: Criteria,
  sink: IssueSink,
): { month: number | null; result: MeetingScoreResult }[] {
  const months = monthColumns(table);
  if (months.length === 0) return [{ month: null, result: checkMeetingScore(table, criteria, sink) }];
  return months.map(({ month, col }) => {
    const columns = new Map<FieldName, number>();
    for (const [field, c] of table.columns)
      if (!field.startsWith("monthScore:") && field !== "selfScore" && field !== "upperScore")
        columns.set(field, c);
    columns.set("selfScore", col);
    return { month, result: checkMeetingScore({ ...table, columns }, criteria, sink) };
  });
}
