import type { Criteria } from "../schema";
import { anPhuRubric } from "./an-phu-rubric";
import { withMeetingFramework } from "./derive";
import { fourMeetingGrades } from "./meeting-grades";
import { qd366Preset } from "./qd366-2025";
import { DOC, source, WHERE } from "./sources";

/**
 * An example of a committee's own meeting rubric: Đảng ủy phường An Phú, Kế hoạch 08-KH/ĐU (2025),
 * on top of the national rules of 2025. Chosen as a setting by a committee that uses this form.
 */
export const anPhuKh08Preset: Criteria = withMeetingFramework(qd366Preset, {
  id: "an-phu-kh08-2025",
  title:
    "Sinh hoạt chi bộ theo khung điểm của Đảng ủy phường An Phú (ví dụ khung của cấp ủy); đảng viên theo Quy định 366-QĐ/TW",
  regulation: DOC.AN_PHU,
  sources: [
    `${DOC.AN_PHU}: khung chấm điểm sinh hoạt chi bộ thang 100 điểm của cấp ủy (ví dụ một khung của cấp ủy, không phải của Hướng dẫn 42-HD/BTCTW)`,
    `${DOC.AN_PHU}: chi bộ từ 30 đảng viên trở lên sinh hoạt 120 phút (chưa kiểm tra tự động)`,
  ],
  meeting: {
    rubric: anPhuRubric(),
    grades: fourMeetingGrades(),
    gradeConditions: [],
    yearRule: null,
    source: `${DOC.AN_PHU}: Tốt từ 90, Khá từ 70, Trung bình từ 50, Kém dưới 50 (bản chép lại, chưa kiểm chứng)`,
  },
  ruleSources: [
    source(
      "meetingRubric",
      DOC.AN_PHU,
      "",
      WHERE.unit,
      false,
      "Khung 100 điểm: thời gian 5, tỷ lệ dự 5, chuẩn bị 10, tiến hành 30, chủ trì 10, nguyên tắc 5, kết quả nghị quyết kỳ trước 30, kết thúc 5; bản chép lại chưa kiểm chứng",
    ),
    source(
      "meetingGrades",
      DOC.AN_PHU,
      "",
      WHERE.unit,
      false,
      "Tốt từ 90, Khá từ 70, Trung bình từ 50, Kém dưới 50",
    ),
  ],
});
