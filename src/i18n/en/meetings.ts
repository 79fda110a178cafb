/** Meeting texts (en): the conditions of a model cell (chi bộ kiểu mẫu). Keys are shared with ../vi/meetings.ts. */
export const meetingsText = {
  "meetings.modelCell.attendance": "Meeting attendance is below the level a model cell needs.",
  "meetings.modelCell.attendanceUnknown":
    "Meeting attendance could not be computed (the meetings log lacks the figures).",
  "meetings.modelCell.meetingScore": "Some meetings scored below what a model cell needs.",
  "meetings.modelCell.meetingScoresUnknown": "No meeting scores yet.",
  "meetings.modelCell.members":
    "The share of members rated HTTNV or better is below what a model cell needs.",
  "meetings.modelCell.membersUnknown": "No member ratings yet.",
  "meetings.modelCell.cellLevel": "The cell's own level is below what a model cell needs.",
  "meetings.modelCell.cellLevelUnknown": "The cell's own level is not known yet.",
  "meetings.modelCell.cadence": "Some months or quarters had no meeting (every meeting must be held).",
  "meetings.modelCell.cadenceUnknown": "No meetings log, so the meetings held cannot be counted.",
};
