import type { Criteria } from "../schema";
import { withMeetingFramework } from "./derive";
import { qd366Preset } from "./qd366-2025";

const TRA_VINH = "Tỉnh ủy Trà Vinh";

/**
 * Trà Vinh (hamlet and ward cells, graded yearly): attendance of at least 90% (not strictly above).
 * Two rules have no field in the schema yet and are kept as source notes: personal excused absences at
 * most 3 a year, and a member disciplined at reprimand or above makes the cell "Kém".
 */
export const traVinhPreset: Criteria = withMeetingFramework(qd366Preset, {
  id: "tra-vinh",
  title: `Sinh hoạt chi bộ ấp, khóm theo tiêu chí của ${TRA_VINH}; đảng viên theo Quy định 366-QĐ/TW`,
  regulation: `Tiêu chí đánh giá chất lượng sinh hoạt chi bộ ấp, khóm của ${TRA_VINH}`,
  sources: [
    `${TRA_VINH}: chi bộ ấp, khóm đánh giá hằng năm; tỷ lệ đảng viên dự sinh hoạt từ 90% trở lên`,
    `${TRA_VINH}: mỗi đảng viên vắng có lý do việc riêng không quá 3 lần trong năm (chưa kiểm tra tự động)`,
    `${TRA_VINH}: chi bộ có đảng viên bị kỷ luật từ khiển trách trở lên thì xếp loại Kém (chưa kiểm tra tự động)`,
  ],
  meeting: {
    source: `${TRA_VINH}: xếp loại theo Hướng dẫn 42-HD/BTCTW (28/10/2025), Tốt từ 90, Khá từ 70, Trung bình từ 50, Kém dưới 50 (chưa kiểm chứng); có đảng viên bị kỷ luật từ khiển trách trở lên thì Kém`,
  },
  attendance: {
    minPercent: 90,
    strictlyAbove: false,
    source: `${TRA_VINH}: tỷ lệ dự từ 90% trở lên; vắng có lý do việc riêng không quá 3 lần một năm`,
  },
});
