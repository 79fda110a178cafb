import { levelRank, type LevelKey } from "../criteria/levels";
import type { Criteria } from "../criteria/schema";
import type { ModelCellResult, Results } from "../types";
import type { LiteralTextKey } from "../text-key";

export interface ModelCellInput {
  /** Attendance over the year's meetings, in percent; null when the log did not give it. */
  attendancePercent: number | null;
  /** The score of each meeting of the year. */
  meetingScores: number[];
  /** Share of members rated HTTNV or better, in percent; null when unknown. */
  membersAtLeastHTTNVPercent: number | null;
  /** The cell's own level; null when unknown. */
  cellLevel: LevelKey | null;
  /**
   * Regular meetings missed (months) and thematic ones (quarters): every meeting of a model cell is
   * held and scored, so a missed one fails it. Null when there is no meeting log; not judged when absent.
   */
  missedMeetings?: { months: readonly number[]; quarters: readonly number[] } | null;
}

/** Text keys of the conditions a cell can miss, worded at the edge in each language. */
export const MODEL_CELL_UNMET = {
  attendance: "meetings.modelCell.attendance",
  attendanceUnknown: "meetings.modelCell.attendanceUnknown",
  meetingScore: "meetings.modelCell.meetingScore",
  meetingScoresUnknown: "meetings.modelCell.meetingScoresUnknown",
  members: "meetings.modelCell.members",
  membersUnknown: "meetings.modelCell.membersUnknown",
  cellLevel: "meetings.modelCell.cellLevel",
  cellLevelUnknown: "meetings.modelCell.cellLevelUnknown",
  cadence: "meetings.modelCell.cadence",
  cadenceUnknown: "meetings.modelCell.cadenceUnknown",
} as const;

/**
 * Whether a cell qualifies as a model cell (chi bộ kiểu mẫu, Yên Bái) under the criteria, with the
 * conditions it misses. A condition that cannot be judged counts as missed, with its own key, so that
 * no cell is called a model cell on missing evidence. Null when the criteria have no such rule.
 */
export function modelCellResult(criteria: Criteria, input: ModelCellInput): ModelCellResult | null {
  const rule = criteria.modelCell;
  if (!rule) return null;
  const unmet: LiteralTextKey[] = [];
  if (input.attendancePercent === null) unmet.push(MODEL_CELL_UNMET.attendanceUnknown);
  else if (input.attendancePercent < rule.attendancePercent) unmet.push(MODEL_CELL_UNMET.attendance);
  if (input.meetingScores.length === 0) unmet.push(MODEL_CELL_UNMET.meetingScoresUnknown);
  else if (input.meetingScores.some((score) => !(score >= rule.minMeetingScore)))
    unmet.push(MODEL_CELL_UNMET.meetingScore);
  if (input.membersAtLeastHTTNVPercent === null) unmet.push(MODEL_CELL_UNMET.membersUnknown);
  else if (input.membersAtLeastHTTNVPercent < rule.membersAtLeastHTTNVPercent)
    unmet.push(MODEL_CELL_UNMET.members);
  if (input.cellLevel === null) unmet.push(MODEL_CELL_UNMET.cellLevelUnknown);
  else if (levelRank(input.cellLevel) < levelRank(rule.cellLevel)) unmet.push(MODEL_CELL_UNMET.cellLevel);
  if (input.missedMeetings === null) unmet.push(MODEL_CELL_UNMET.cadenceUnknown);
  else if (
    input.missedMeetings &&
    input.missedMeetings.months.length + input.missedMeetings.quarters.length > 0
  )
    unmet.push(MODEL_CELL_UNMET.cadence);
  return { eligible: unmet.length === 0, unmet };
}

/**
 * The model-cell inputs a workbook gives: attendance and scores from its meeting logs, members'
 * levels from its member list, and the cell's own level from its organisation list (the row named
 * as the unit). The meeting scores come separately: they are kept beside the results, not in them.
 */
export function modelCellInputOf(
  results: Results,
  meetingScores: readonly number[],
  cellLevel: LevelKey | null,
  /** False when the meetings come from a score book alone, which does not say which were held. */
  cadenceKnown = true,
): ModelCellInput {
  const members = results.members;
  const atLeastHTTNV = members ? members.levels.HTXSNV.count + members.levels.HTTNV.count : 0;
  return {
    attendancePercent: results.meetings?.attendance ?? null,
    meetingScores: [...meetingScores],
    membersAtLeastHTTNVPercent:
      members && members.assessed > 0 ? Math.round((atLeastHTTNV / members.assessed) * 1000) / 10 : null,
    cellLevel,
    missedMeetings:
      results.meetings && cadenceKnown
        ? { months: results.meetings.missingMonths, quarters: results.meetings.missingQuarters }
        : null,
  };
}
