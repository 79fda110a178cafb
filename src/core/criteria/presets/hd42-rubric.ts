import type { MeetingRubric } from "../schema";

export const HD42 = "Hướng dẫn 42-HD/BTCTW (28/10/2025)";

/**
 * The 100-point rubric of Hướng dẫn 42-HD/BTCTW as transcribed in domain.md (unverified: the
 * transcription could not be checked against the full text). Group tags let grade conditions name them.
 */
export function hd42Rubric(): MeetingRubric {
  return {
    id: "hd42-2025",
    title: "Khung chấm điểm chất lượng sinh hoạt chi bộ (thang 100 điểm)",
    source: `${HD42}, bản chép lại chưa kiểm chứng; tỷ lệ dự: từ 90% được 4 điểm, 75–<90%: 3, 65–<75%: 2, thấp hơn hoặc có đảng viên vắng không lý do: 1, cộng 1 điểm thưởng`,
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
