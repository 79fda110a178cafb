import type { Criteria } from "../schema";
import { withMeetingFramework } from "./derive";
import { fourMeetingGrades } from "./meeting-grades";
import { qd366Preset } from "./qd366-2025";
import { source, WHERE } from "./sources";

const PHU_THO = "Đảng ủy Khối các cơ quan tỉnh Phú Thọ";

/**
 * Đảng ủy Khối các cơ quan tỉnh Phú Thọ: four groups 15/20/45/20 and the grade bands were read in the
 * published guidance; the split of the groups into items comes from a sample form (unverified).
 */
export const phuThoKhoiCoQuanPreset: Criteria = withMeetingFramework(qd366Preset, {
  id: "phu-tho-khoi-co-quan",
  title: `Sinh hoạt chi bộ theo hướng dẫn của ${PHU_THO}; đảng viên theo Quy định 366-QĐ/TW`,
  regulation: `Hướng dẫn đánh giá, xếp loại chất lượng sinh hoạt chi bộ của ${PHU_THO}`,
  sources: [
    `${PHU_THO}: chấm điểm sinh hoạt chi bộ hằng tháng theo thang 100 điểm: công tác chuẩn bị 15, tỷ lệ đảng viên tham dự 20, tổ chức sinh hoạt 45, kết thúc hội nghị 20`,
    `${PHU_THO}: xếp loại cả năm Tốt khi 100% kỳ sinh hoạt thường kỳ từ Khá trở lên và ít nhất 7 kỳ Tốt; Khá khi 100% kỳ từ Trung bình trở lên (mức Khá cả năm chưa kiểm tra tự động)`,
  ],
  meeting: {
    rubric: {
      id: "phu-tho-khoi-co-quan",
      title: "Phiếu chấm điểm chất lượng sinh hoạt chi bộ hằng tháng (thang 100 điểm)",
      source: `${PHU_THO}: điểm 4 nhóm đã đọc; chia mục con theo mẫu phiếu, chưa kiểm chứng`,
      verified: false,
      groups: [
        {
          code: "I",
          title: "Công tác chuẩn bị",
          max: 15,
          tag: "preparation",
          items: [
            { title: "Chi ủy họp chuẩn bị nội dung", max: 8, tag: "committee-meeting" },
            { title: "Chuẩn bị dự thảo nghị quyết, tài liệu", max: 7, tag: "documents" },
          ],
        },
        { code: "II", title: "Tỷ lệ đảng viên tham dự", max: 20, tag: "attendance", items: [] },
        {
          code: "III",
          title: "Tổ chức sinh hoạt",
          max: 45,
          tag: "conduct",
          items: [
            { title: "Thực hiện đúng trình tự", max: 15, tag: "procedure" },
            {
              title: "Đánh giá kết quả thực hiện nghị quyết tháng trước",
              max: 15,
              tag: "resolution-results",
            },
            { title: "Đảng viên phát biểu ý kiến, thảo luận", max: 15, tag: "speaking" },
          ],
        },
        {
          code: "IV",
          title: "Kết thúc hội nghị",
          max: 20,
          tag: "closing",
          items: [
            { title: "Thông qua nghị quyết, biểu quyết", max: 10, tag: "resolution" },
            { title: "Ghi biên bản đầy đủ", max: 10, tag: "minutes" },
          ],
        },
      ],
    },
    grades: fourMeetingGrades(),
    gradeConditions: [],
    yearRule: {
      topGrade: "Tốt",
      minTopMeetings: 7,
      allAtLeast: "Khá",
      source: `${PHU_THO}: Tốt cả năm khi mọi kỳ sinh hoạt thường kỳ từ Khá trở lên và ít nhất 7 kỳ Tốt`,
    },
    source: `${PHU_THO}: Tốt từ 90 điểm, Khá từ 70 đến dưới 90, Trung bình từ 50 đến dưới 70, Kém dưới 50`,
  },
  ruleSources: [
    source(
      "meetingRubric",
      PHU_THO,
      "",
      WHERE.unit,
      false,
      "Thang 100 điểm: chuẩn bị 15, tỷ lệ dự 20, tổ chức sinh hoạt 45, kết thúc 20 (đã đọc); chia mục con theo mẫu phiếu, chưa kiểm chứng",
    ),
    source(
      "meetingGrades",
      PHU_THO,
      "",
      WHERE.unit,
      true,
      "Tốt từ 90 điểm, Khá từ 70 đến dưới 90, Trung bình từ 50 đến dưới 70, Kém dưới 50",
    ),
    source(
      "meetingYearRule",
      PHU_THO,
      "",
      WHERE.unit,
      true,
      "Cả năm Tốt khi mọi kỳ sinh hoạt thường kỳ từ Khá trở lên và ít nhất 7 kỳ Tốt; Khá khi mọi kỳ từ Trung bình trở lên",
    ),
  ],
});
