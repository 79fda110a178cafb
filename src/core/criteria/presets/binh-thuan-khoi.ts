import type { Criteria } from "../schema";
import { withGroupItems, withMeetingFramework } from "./derive";
import { anPhuRubric } from "./an-phu-rubric";
import { qd366Preset } from "./qd366-2025";
import { source, WHERE } from "./sources";

const BINH_THUAN = "Đảng ủy Khối Bình Thuận";

/**
 * Đảng ủy Khối Bình Thuận: "Tốt" needs 90 points and full marks on attendance, duration, members
 * speaking and minutes; 90 points without them is "Khá". The framework's own form was not read, so the
 * rubric is the An Phú ward's example rubric with the two tagged items split out (the split is a placeholder).
 */
export const binhThuanKhoiPreset: Criteria = withMeetingFramework(qd366Preset, {
  id: "binh-thuan-khoi",
  title: `Sinh hoạt chi bộ theo tiêu chí của ${BINH_THUAN}; đảng viên theo Quy định 366-QĐ/TW`,
  regulation: `Tiêu chí đánh giá chất lượng sinh hoạt chi bộ của ${BINH_THUAN}`,
  sources: [
    `${BINH_THUAN}: loại Tốt phải đạt từ 90 điểm và đạt điểm tối đa ở các mục tỷ lệ đảng viên dự, thời gian sinh hoạt, đảng viên phát biểu ý kiến, biên bản; đạt 90 điểm mà thiếu một trong các mục đó thì xếp Khá`,
  ],
  meeting: {
    rubric: withGroupItems(
      anPhuRubric(),
      {
        conduct: [
          { title: "Đảng viên phát biểu ý kiến, thảo luận", max: 10, tag: "speaking" },
          { title: "Các nội dung khác của phần tiến hành sinh hoạt", max: 20 },
        ],
        closing: [
          { title: "Thông qua nghị quyết, kết luận", max: 3 },
          { title: "Ghi biên bản đầy đủ", max: 2, tag: "minutes" },
        ],
      },
      {
        id: "binh-thuan-khoi",
        title:
          "Khung chấm điểm sinh hoạt chi bộ (mượn khung mẫu của Đảng ủy phường An Phú, có mục phát biểu và biên bản)",
        source: `Mượn khung mẫu của Đảng ủy phường An Phú (Kế hoạch 08-KH/ĐU, 2025), chưa kiểm chứng; mẫu phiếu của ${BINH_THUAN} chưa đọc được, điểm các mục “phát biểu” và “biên bản” là tạm tính, sửa theo phiếu của đơn vị`,
      },
    ),
    gradeConditions: [
      {
        grade: "Tốt",
        fullMarksOn: ["attendance", "duration", "speaking", "minutes"],
        otherwise: "Khá",
        source: `${BINH_THUAN}: Tốt cần đạt điểm tối đa ở tỷ lệ dự, thời gian, phát biểu, biên bản`,
      },
    ],
  },
  ruleSources: [
    source(
      "meetingGrades",
      BINH_THUAN,
      "",
      WHERE.unit,
      false,
      "Tốt từ 90 điểm và đạt điểm tối đa ở tỷ lệ dự, thời gian, phát biểu, biên bản; thiếu một mục thì Khá (đọc qua bài viết)",
    ),
    source(
      "meetingRubric",
      BINH_THUAN,
      "",
      WHERE.notFound,
      false,
      "Mẫu phiếu của Khối chưa đọc được: mượn khung mẫu của Đảng ủy phường An Phú, điểm mục phát biểu, biên bản là tạm tính",
    ),
  ],
});
