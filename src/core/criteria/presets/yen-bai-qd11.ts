import type { Criteria } from "../schema";
import { withMeetingFramework } from "./derive";
import { qd366Preset } from "./qd366-2025";
import { source, WHERE } from "./sources";

const QD11 = "Quy định 11 (22/6/2018) của Tỉnh ủy Yên Bái";

/**
 * Yên Bái, Quy định 11 (from the seed article): a meeting is "loại 1" from 98 points, and the criteria
 * of a model cell. The lower classes and the rubric were not read, so the rubric is left empty.
 */
export const yenBaiQd11Preset: Criteria = withMeetingFramework(qd366Preset, {
  id: "yen-bai-qd11",
  title: `Sinh hoạt chi bộ và chi bộ kiểu mẫu theo ${QD11}; đảng viên theo Quy định 366-QĐ/TW`,
  regulation: QD11,
  sources: [
    `${QD11}: buổi sinh hoạt đạt loại 1 từ 98 điểm trở lên; các loại dưới và khung điểm chưa đọc được (chưa kiểm chứng)`,
    `${QD11}: chi bộ kiểu mẫu có 100% đảng viên dự sinh hoạt (không tính đảng viên được miễn và vắng có báo cáo), không có đảng viên đi làm ăn xa không giữ liên lạc, 100% đảng viên từ Hoàn thành tốt nhiệm vụ trở lên, chi bộ Hoàn thành xuất sắc nhiệm vụ, mọi kỳ sinh hoạt đạt loại 1`,
  ],
  meeting: {
    rubric: null,
    grades: [
      { grade: "Loại 1", min: 98 },
      { grade: "Dưới loại 1", min: 0 },
    ],
    gradeConditions: [],
    yearRule: null,
    source: `${QD11}: loại 1 từ 98 điểm (ngưỡng các loại dưới chưa rõ)`,
  },
  attendance: {
    excusedLeaveDenominator: true,
    source: `${QD11}: tỷ lệ dự không tính đảng viên được miễn sinh hoạt và vắng có báo cáo`,
  },
  modelCell: {
    attendancePercent: 100,
    minMeetingScore: 98,
    membersAtLeastHTTNVPercent: 100,
    cellLevel: "HTXSNV",
    source: `${QD11}: chi bộ kiểu mẫu`,
  },
  ruleSources: [
    source(
      "meetingGrades",
      QD11,
      "",
      WHERE.notFound,
      false,
      "Buổi sinh hoạt loại 1 từ 98 điểm (đọc qua bài viết); các loại dưới chưa rõ",
    ),
    source(
      "attendance",
      QD11,
      "",
      WHERE.notFound,
      false,
      "Tỷ lệ dự không tính đảng viên được miễn và vắng có báo cáo (đọc qua bài viết)",
    ),
    source(
      "modelCell",
      QD11,
      "",
      WHERE.notFound,
      false,
      "Chi bộ kiểu mẫu: 100% dự, 100% đảng viên từ Hoàn thành tốt, chi bộ Hoàn thành xuất sắc, mọi kỳ loại 1 (đọc qua bài viết)",
    ),
  ],
});
