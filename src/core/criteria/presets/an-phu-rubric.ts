import type { MeetingRubric } from "../schema";
import { DOC } from "./sources";

/**
 * A committee's own 100-point meeting rubric: the An Phú ward's plan of 2025 (domain.md). It was once
 * credited to Hướng dẫn 42-HD/BTCTW, which gives no such rubric; it is an example of a committee
 * rubric, chosen as a setting (preset `an-phu-kh08-2025`), never the central guide's.
 */
export function anPhuRubric(): MeetingRubric {
  return {
    id: "an-phu-kh08-2025",
    title: "Khung chấm điểm chất lượng sinh hoạt chi bộ (thang 100 điểm) của Đảng ủy phường An Phú",
    source: `${DOC.AN_PHU}: khung của cấp ủy cơ sở, không phải của Hướng dẫn 42-HD/BTCTW; bản chép lại chưa kiểm chứng; tỷ lệ dự: từ 90% được 4 điểm, 75–<90%: 3, 65–<75%: 2, thấp hơn hoặc có đảng viên vắng không lý do: 1, cộng 1 điểm khi không ai vắng quá 3 lần liên tiếp`,
    verified: false,
    groups: [
      { code: "I", title: "Thời gian sinh hoạt", max: 5, tag: "duration", items: [] },
      { code: "II", title: "Tỷ lệ đảng viên dự sinh hoạt", max: 5, tag: "attendance", items: [] },
      { code: "III", title: "Công tác chuẩn bị", max: 10, tag: "preparation", items: [] },
      { code: "IV", title: "Tiến hành sinh hoạt", max: 30, tag: "conduct", items: [] },
      { code: "V", title: "Chủ trì, điều hành sinh hoạt", max: 10, tag: "chairing", items: [] },
      { code: "VI", title: "Thực hiện nguyên tắc sinh hoạt đảng", max: 5, tag: "principles", items: [] },
      {
        code: "VII",
        title: "Kết quả thực hiện nghị quyết kỳ trước",
        max: 30,
        tag: "resolution-results",
        items: [],
      },
      { code: "VIII", title: "Kết thúc sinh hoạt", max: 5, tag: "closing", items: [] },
    ],
  };
}
