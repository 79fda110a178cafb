import type { Criteria } from "../schema";
import { withMeetingFramework } from "./derive";
import { qd366Preset } from "./qd366-2025";
import { source, WHERE } from "./sources";

const QD31 = "Quy định 31-QĐi/TU (14/12/2018) của Tỉnh ủy Hòa Bình";

/**
 * Hòa Bình, Quy định 31-QĐi/TU (from the seed article): yearly "Tốt" from 90 points, "Khá" from 75.
 * Only two lines of the rubric are known (directions completed), so they are kept as source notes and
 * the rubric is left empty; the lower grades are those of Hướng dẫn 42 (unverified for Hòa Bình).
 */
export const hoaBinhQd31Preset: Criteria = withMeetingFramework(qd366Preset, {
  id: "hoa-binh-qd31",
  title: `Chất lượng sinh hoạt chi bộ theo ${QD31}; đảng viên theo Quy định 366-QĐ/TW`,
  regulation: QD31,
  sources: [
    `${QD31}: xếp loại cả năm Tốt từ 90 điểm, Khá từ 75 đến dưới 90 (chưa kiểm chứng)`,
    `${QD31}: hoàn thành từ 90% đến dưới 100% các chỉ đạo trong năm được 13 điểm, từ 80% đến dưới 90% được 11 điểm; các mục khác của khung điểm chưa đọc được (chưa kiểm chứng)`,
  ],
  meeting: {
    rubric: null,
    grades: [
      { grade: "Tốt", min: 90 },
      { grade: "Khá", min: 75 },
      { grade: "Trung bình", min: 50 },
      { grade: "Kém", min: 0 },
    ],
    gradeConditions: [],
    yearRule: null,
    source: `${QD31}: Tốt từ 90, Khá từ 75 đến dưới 90; ngưỡng Trung bình (50) và Kém lấy theo Hướng dẫn 42-HD/BTCTW (28/10/2025), chưa kiểm chứng cho Hòa Bình`,
  },
  ruleSources: [
    source(
      "meetingGrades",
      QD31,
      "",
      WHERE.notFound,
      false,
      "Cả năm Tốt từ 90 điểm, Khá từ 75 đến dưới 90 (đọc qua bài viết); Trung bình, Kém lấy theo ngưỡng thường dùng",
    ),
  ],
});
