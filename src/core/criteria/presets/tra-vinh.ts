import type { Criteria } from "../schema";
import { withMeetingFramework } from "./derive";
import { qd366Preset } from "./qd366-2025";
import { source, WHERE } from "./sources";

const TRA_VINH = "Tỉnh ủy Trà Vinh";

/**
 * Trà Vinh (hamlet and ward cells, graded yearly): four grades "với 5 tiêu chí chung và các tiêu chí
 * cụ thể ở từng mức độ": graded by criteria, not by points, so no rubric and no grade from a score.
 * Attendance of at least 90% (not strictly above). Two rules have no field in the schema yet and are
 * kept as source notes: personal excused absences at most 3 a year, and a member disciplined at
 * reprimand or above makes the cell "Kém".
 */
export const traVinhPreset: Criteria = withMeetingFramework(qd366Preset, {
  id: "tra-vinh",
  title: `Sinh hoạt chi bộ ấp, khóm theo tiêu chí của ${TRA_VINH}; đảng viên theo Quy định 366-QĐ/TW`,
  regulation: `Tiêu chí đánh giá chất lượng sinh hoạt chi bộ ấp, khóm của ${TRA_VINH}`,
  sources: [
    `${TRA_VINH}: chi bộ ấp, khóm đánh giá hằng năm theo bốn mức “với 5 tiêu chí chung và các tiêu chí cụ thể ở từng mức độ”, không chấm điểm`,
    `${TRA_VINH}: tỷ lệ đảng viên dự sinh hoạt từ 90% trở lên`,
    `${TRA_VINH}: mỗi đảng viên vắng có lý do việc riêng không quá 3 lần trong năm (chưa kiểm tra tự động)`,
    `${TRA_VINH}: chi bộ có đảng viên bị kỷ luật từ khiển trách trở lên thì xếp loại Kém (chưa kiểm tra tự động)`,
  ],
  meeting: {
    rubric: null,
    gradeConditions: [],
    yearRule: null,
    gradedBy: "criteria",
    source: `${TRA_VINH}: xếp loại Tốt, Khá, Trung bình, Kém theo tiêu chí ở từng mức, không theo điểm; có đảng viên bị kỷ luật từ khiển trách trở lên thì Kém`,
  },
  attendance: {
    minPercent: 90,
    strictlyAbove: false,
    source: `${TRA_VINH}: tỷ lệ dự từ 90% trở lên (không tính đảng viên được cử đi công tác); vắng có lý do việc riêng không quá 3 lần một năm`,
  },
  ruleSources: [
    source(
      "meetingGrades",
      TRA_VINH,
      "",
      WHERE.notFound,
      false,
      "Bốn mức theo 5 tiêu chí chung và tiêu chí cụ thể ở từng mức, không theo điểm: chibo không xếp loại buổi sinh hoạt theo điểm (đọc qua bài viết)",
    ),
    source(
      "attendance",
      TRA_VINH,
      "",
      WHERE.notFound,
      false,
      "Tỷ lệ dự từ 90% trở lên, không tính đảng viên được cử đi công tác; vắng có lý do việc riêng không quá 3 lần một năm (đọc qua bài viết)",
    ),
  ],
});
