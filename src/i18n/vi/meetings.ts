/** Meeting texts (vi): the conditions of a model cell (chi bộ kiểu mẫu). Keys are shared with ../en/meetings.ts. */
export const meetingsText = {
  "meetings.modelCell.attendance": "Tỷ lệ đảng viên dự sinh hoạt chưa đạt mức của chi bộ kiểu mẫu.",
  "meetings.modelCell.attendanceUnknown":
    "Chưa tính được tỷ lệ đảng viên dự sinh hoạt (thiếu số liệu trong sổ theo dõi sinh hoạt).",
  "meetings.modelCell.meetingScore": "Có kỳ sinh hoạt chưa đạt số điểm của chi bộ kiểu mẫu.",
  "meetings.modelCell.meetingScoresUnknown": "Chưa có điểm chấm các kỳ sinh hoạt.",
  "meetings.modelCell.members":
    "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên chưa đạt mức của chi bộ kiểu mẫu.",
  "meetings.modelCell.membersUnknown": "Chưa có kết quả xếp loại đảng viên.",
  "meetings.modelCell.cellLevel": "Mức xếp loại của chi bộ chưa đạt mức của chi bộ kiểu mẫu.",
  "meetings.modelCell.cellLevelUnknown": "Chưa có mức xếp loại của chi bộ.",
  "meetings.modelCell.cadence":
    "Có tháng hoặc quý không sinh hoạt (chi bộ kiểu mẫu phải sinh hoạt đủ các kỳ).",
  "meetings.modelCell.cadenceUnknown": "Chưa có sổ theo dõi sinh hoạt, không đếm được các kỳ sinh hoạt.",
};
