import type { Criteria } from "../schema";
import { CARD_NUMBER_PATTERN } from "./hd21-2019";
import { HD42, hd42Rubric } from "./hd42-rubric";
import { fourMeetingGrades } from "./meeting-grades";
import { qd124Preset } from "./qd124-2023";

const QD366 = "Quy định 366-QĐ/TW (30/8/2025)";
const HD43 = "Hướng dẫn 43-HD/BTCTW (31/10/2025)";
const CT50 = "Chỉ thị 50-CT/TW (2025)";

/**
 * The current rules (from the 2025 ratings): Quy định 366-QĐ/TW with Hướng dẫn 43-HD/BTCTW for members
 * and collectives, Hướng dẫn 42-HD/BTCTW and Chỉ thị 50-CT/TW for meetings. Built on Quy định 124.
 */
export const qd366Preset: Criteria = withQd366Changes(qd124Preset);

function withQd366Changes(base: Criteria): Criteria {
  return {
    ...base,
    id: "qd366-2025",
    title: "Đánh giá, xếp loại theo Quy định 366-QĐ/TW và Hướng dẫn 43-HD/BTCTW",
    regulation: "Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW; Hướng dẫn 42-HD/BTCTW; Chỉ thị 50-CT/TW",
    year: 2025,
    sources: [
      `${QD366}: kiểm điểm, đánh giá, xếp loại chất lượng hằng năm theo thang 100 điểm`,
      HD43,
      `${HD42}: đánh giá chất lượng sinh hoạt chi bộ theo thang 100 điểm (bản chép lại chưa kiểm chứng)`,
      `${CT50}: sinh hoạt ít nhất 90 phút (120 phút khi sinh hoạt chuyên đề cùng thường kỳ); tài liệu đưa lên ứng dụng Sổ tay đảng viên trước một ngày`,
      "Hướng dẫn 21-HD/BTCTW (18/10/2019): tỷ lệ 20% Hoàn thành xuất sắc nhiệm vụ, các trường hợp không xếp loại, áp dụng tiếp (chưa kiểm chứng với Hướng dẫn 43)",
      "Quy định 124-QĐ/TW (04/10/2023): ngoại lệ khuyết điểm tự phát hiện và khắc phục, áp dụng tiếp (chưa kiểm chứng với Quy định 366)",
      "Điều lệ Đảng, Điều 24: chi bộ sinh hoạt thường kỳ mỗi tháng một lần",
      "Hướng dẫn 12-HD/BTCTW (2022): số thẻ đảng viên; thẻ được cấp đổi năm 2025 (Chỉ thị 51), kiểm tra theo mẫu có thể sửa",
    ],
    scoreBands: {
      scale: 100,
      HTXSNV: 90,
      HTTNV: 70,
      HTNV: 50,
      verified: false,
      source: `${QD366}: Hoàn thành xuất sắc nhiệm vụ từ 90 điểm (và hoàn thành mọi nhiệm vụ, ít nhất 30% vượt yêu cầu), Hoàn thành tốt từ 70 đến dưới 90, Hoàn thành từ 50 đến dưới 70, Không hoàn thành dưới 50 (chỉ đọc qua bản dịch, chưa kiểm chứng)`,
    },
    meeting: {
      rubric: hd42Rubric(),
      grades: fourMeetingGrades(),
      gradeConditions: [],
      yearRule: null,
      minDurationMinutes: 90,
      source: `${HD42}: Tốt từ 90 điểm, Khá từ 70, Trung bình từ 50, Kém dưới 50 (chưa kiểm chứng); ${CT50}: ít nhất 90 phút`,
    },
    attendance: {
      excusedLeaveDenominator: false,
      minPercent: 90,
      strictlyAbove: false,
      noUnexcusedAbsence: true,
      source: `${HD42}: tỷ lệ dự từ 90% và không có đảng viên vắng không lý do thì đạt điểm cao nhất (chưa kiểm chứng); tỷ lệ = số dự ÷ (đảng số − số được miễn)`,
    },
    cardNumberPattern: CARD_NUMBER_PATTERN,
  };
}
