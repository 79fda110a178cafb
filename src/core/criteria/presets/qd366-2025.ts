import type { Criteria } from "../schema";
import { CARD_NUMBER_PATTERN } from "./hd21-2019";
import { fourMeetingGrades } from "./meeting-grades";
import { qd124Preset } from "./qd124-2023";
import { DOC, source, WHERE } from "./sources";

const QD366 = DOC.QD366;
const HD43 = DOC.HD43;
const HD42 = DOC.HD42;
const CT50 = DOC.CT50;
const HD12 = DOC.HD12_2018;

/**
 * The current rules (from the 2025 ratings): Quy định 366-QĐ/TW with Hướng dẫn 43-HD/BTCTW for members
 * and collectives, Hướng dẫn 42-HD/BTCTW and Chỉ thị 50-CT/TW for meetings (domain.md, 2025 section).
 * Hướng dẫn 42 gives no 100-point rubric: meetings are graded by a committee's own rubric, chosen as a
 * setting (the An Phú ward's plan is one example, preset `an-phu-kh08-2025`).
 */
export const qd366Preset: Criteria = withQd366Changes(qd124Preset);

function withQd366Changes(base: Criteria): Criteria {
  const discipline = base.memberCaps.discipline;
  return {
    ...base,
    id: "qd366-2025",
    title: "Đánh giá, xếp loại theo Quy định 366-QĐ/TW và Hướng dẫn 43-HD/BTCTW",
    regulation: "Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW; Hướng dẫn 42-HD/BTCTW; Chỉ thị 50-CT/TW",
    year: 2025,
    sources: [
      `${QD366}: kiểm điểm, đánh giá, xếp loại chất lượng hằng năm theo thang 100 điểm (Điều 5, Điều 11)`,
      `${HD43}: mục 3, 7.5–7.7`,
      `${CT50} và ${HD42}: sinh hoạt tối thiểu 90 phút (120 phút khi sinh hoạt chuyên đề cùng thường kỳ); tài liệu đưa lên ứng dụng Sổ tay đảng viên trước ít nhất một ngày; Hướng dẫn 42 không có khung 100 điểm`,
      `${HD12}: sinh hoạt chi bộ đạt chất lượng (tỷ lệ dự, vắng có lý do liên tiếp)`,
      "Điều lệ Đảng, Điều 24: chi bộ sinh hoạt thường kỳ mỗi tháng một lần",
      "Hướng dẫn 12-HD/BTCTW (2022): số thẻ đảng viên; thẻ được cấp đổi năm 2025 (Chỉ thị 51), kiểm tra theo mẫu có thể sửa",
      "Nguồn của từng quy tắc: xem phần “Nguồn của từng quy tắc” ở cuối trang",
    ],
    scoreBands: {
      scale: 100,
      HTXSNV: 90,
      HTTNV: 70,
      HTNV: 50,
      verified: true,
      source: `${QD366}, Điều 11: Hoàn thành xuất sắc nhiệm vụ từ 90 điểm, Hoàn thành tốt từ 70 đến dưới 90, Hoàn thành từ 50 đến dưới 70, Không hoàn thành dưới 50`,
    },
    cap: {
      ratio: 0.2,
      denominator: "HTTNV",
      rounding: "down",
      scope: "grassroots-unit",
      source: `${QD366}, Điều 11: “không vượt quá 20% tổng số tập thể, cá nhân được xếp loại Hoàn thành tốt nhiệm vụ theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng”; làm tròn xuống là cách hiểu mặc định`,
      collectives: true,
      groupBy: "none",
      exceptionPercent: 25,
      exceptionDecision: null,
    },
    memberCaps: {
      // Hướng dẫn 43, 7.5: sick leave of 3 months or more and maternity leave are rated on the work done: no cap.
      sickLeave: null,
      discipline: discipline && {
        ...discipline,
        remedyKeywords: [
          "tự phát hiện",
          "đã khắc phục",
          "chủ động khắc phục",
          "tự giác khắc phục",
          "tự nhận",
          "đã sửa chữa",
        ],
        earlierYearKeywords: [
          "vi phạm năm trước",
          "vi phạm từ năm",
          "vi phạm các năm trước",
          "vi phạm trước năm",
          "vi phạm trong năm trước",
        ],
      },
    },
    memberRules: { topLevelMinExceededPercent: 30, civilService: true, residenceComment: true },
    meeting: {
      rubric: null,
      grades: fourMeetingGrades(),
      gradeConditions: [],
      yearRule: null,
      minDurationMinutes: 90,
      combinedMinDurationMinutes: 120,
      smallCellMaxMembers: null,
      smallCellMinDurationMinutes: null,
      documentsDaysAhead: 1,
      gradedBy: "points",
      source: `${CT50}, ${HD42}: tối thiểu 90 phút, 120 phút khi sinh hoạt chuyên đề cùng thường kỳ; Hướng dẫn 42 không có khung chấm điểm: khung điểm và ngưỡng Tốt 90, Khá 70, Trung bình 50 là của cấp ủy (chưa kiểm chứng)`,
    },
    attendance: {
      excusedLeaveDenominator: false,
      minPercent: 85,
      strictlyAbove: true,
      noUnexcusedAbsence: true,
      maxExcusedStreak: 3,
      source: `${HD12}: trên 85% đảng viên dự, không có đảng viên vắng không lý do, không ai vắng có lý do quá 3 lần liên tiếp; tỷ lệ = số dự ÷ (đảng số − số được miễn, lực lượng vũ trang làm nhiệm vụ đặc biệt)`,
    },
    cardNumberPattern: CARD_NUMBER_PATTERN,
    ruleSources: qd366Sources(),
  };
}

function qd366Sources() {
  const { archive, quoted2025, quotedMeetings, notFound } = WHERE;
  return [
    source("levels", QD366, "Điều 11", quoted2025, true, "Bốn mức xếp loại, chung cho tập thể và cá nhân"),
    source(
      "scoreBands",
      QD366,
      "Điều 11",
      quoted2025,
      true,
      "Hoàn thành xuất sắc nhiệm vụ “đạt từ 90 điểm trở lên”; Hoàn thành tốt từ 70 đến dưới 90; Hoàn thành từ 50 đến dưới 70; Không hoàn thành dưới 50 hoặc thuộc các trường hợp được liệt kê",
    ),
    source(
      "topLevelConditions",
      QD366,
      "Điều 11",
      quoted2025,
      true,
      "Hoàn thành xuất sắc còn cần: mọi nhiệm vụ được giao hoàn thành đúng tiến độ, “ít nhất 30% nhiệm vụ hoàn thành vượt mức yêu cầu”, “đã khắc phục 100% các hạn chế, khuyết điểm được chỉ ra ở thời điểm kiểm điểm trước (nếu có)”; kiểm tra ở những cột ghi các điều kiện này",
    ),
    source(
      "cap",
      QD366,
      "Điều 11",
      quoted2025,
      true,
      "“không vượt quá 20% tổng số tập thể, cá nhân được xếp loại Hoàn thành tốt nhiệm vụ”; cách làm tròn không nêu: mặc định làm tròn xuống (tùy chọn)",
    ),
    source(
      "capCollectives",
      QD366,
      "Điều 11",
      quoted2025,
      true,
      "Tỷ lệ áp dụng cho tập thể cũng như cá nhân",
    ),
    source(
      "capGroups",
      QD366,
      "Điều 11",
      quoted2025,
      true,
      "“theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng, do cấp có thẩm quyền xem xét, quyết định”: cột phân nhóm (Đối tượng, Chức vụ) là tùy chọn; mặc định cả đơn vị",
    ),
    source(
      "capException",
      QD366,
      "Điều 11",
      quoted2025,
      true,
      "Nơi có kết quả nổi bật, cấp có thẩm quyền quyết định “không vượt quá 25%”: tắt mặc định, bật bằng cách ghi số quyết định",
    ),
    source(
      "exclusions",
      QD366,
      "Điều 5",
      quoted2025,
      true,
      "Không xếp loại: đảng viên được miễn công tác và sinh hoạt đảng, bị đình chỉ sinh hoạt, mới kết nạp chưa đủ 6 tháng",
    ),
    source(
      "exclusions",
      DOC.HD21,
      "",
      archive,
      false,
      "Tổ chức đảng mới thành lập chưa đủ 6 tháng: không thấy trong văn bản năm 2025, giữ theo Hướng dẫn 21 làm tùy chọn",
    ),
    source(
      "sickLeave",
      HD43,
      "mục 7.5",
      quoted2025,
      true,
      "“Đảng viên nghỉ ốm với tổng thời gian trong năm từ 03 tháng trở lên hoặc đảng viên nghỉ thai sản thì kết quả xếp loại chất lượng trong năm được căn cứ vào kết quả làm việc thực tế của năm đó”: từ năm 2025 không còn mức trần (quy tắc không áp dụng)",
    ),
    source(
      "discipline",
      QD366,
      "Điều 11",
      quoted2025,
      true,
      "Bị kỷ luật từ khiển trách trở lên trong năm: Không hoàn thành nhiệm vụ; khuyết điểm tự phát hiện, tự khắc phục, và vi phạm của năm trước bị kỷ luật trong năm: cấp có thẩm quyền xem xét (cảnh báo, không báo lỗi)",
    ),
    source(
      "civilService",
      DOC.HD21,
      "",
      archive,
      true,
      "Là công chức Hoàn thành xuất sắc mới được xếp đảng viên Hoàn thành xuất sắc; công chức Không hoàn thành thì đảng viên Không hoàn thành; từ 2025 công chức được đánh giá theo Nghị định 335/2025/NĐ-CP với cùng bốn mức",
    ),
    source(
      "collective",
      "Chưa xác định được văn bản",
      "",
      notFound,
      false,
      "Chi bộ Hoàn thành xuất sắc có 100% đảng viên từ Hoàn thành nhiệm vụ và ít nhất 80% từ Hoàn thành tốt: không tìm thấy trong văn bản nào, giữ làm tùy chọn, chỉ cảnh báo",
    ),
    source(
      "residenceComment",
      DOC.QD213,
      "",
      archive,
      true,
      "Hằng năm chi bộ nơi cư trú nhận xét đảng viên đang công tác ở nơi khác (Hướng dẫn 33-HD/BTCTW, 30/10/2020); trừ lực lượng vũ trang làm nhiệm vụ đặc biệt, học sinh, sinh viên xa nhà",
    ),
    source(
      "meetingDuration",
      CT50,
      "",
      quotedMeetings,
      true,
      "“thời lượng sinh hoạt chi bộ phải bảo đảm tối thiểu 90 phút” (Hướng dẫn 42-HD/BTCTW nhắc lại)",
    ),
    source(
      "meetingCombinedDuration",
      HD42,
      "",
      quotedMeetings,
      true,
      "120 phút khi sinh hoạt chuyên đề kết hợp sinh hoạt thường kỳ trong một buổi",
    ),
    source(
      "meetingSmallCell",
      HD42,
      "",
      quotedMeetings,
      true,
      "Cấp ủy có thể quy định thời lượng khác cho chi bộ ít đảng viên: tùy chọn, mặc định không có",
    ),
    source(
      "meetingDocuments",
      HD42,
      "",
      quotedMeetings,
      true,
      "Tài liệu sinh hoạt đưa lên ứng dụng Sổ tay đảng viên trước ít nhất 01 ngày; kiểm tra ở cột ghi ngày đưa tài liệu",
    ),
    source(
      "meetingGrades",
      HD42,
      "",
      quotedMeetings,
      false,
      "Hướng dẫn 42 không có khung 100 điểm: ngưỡng Tốt 90, Khá 70, Trung bình 50 là ngưỡng thường dùng ở khung của các cấp ủy, chỉ cảnh báo",
    ),
    source(
      "attendance",
      HD12,
      "",
      archive,
      true,
      "Đạt chất lượng khi “trên 85%” đảng viên dự, không có đảng viên vắng không lý do; không tính đảng viên được miễn và lực lượng vũ trang làm nhiệm vụ đặc biệt",
    ),
    source(
      "absenceStreak",
      HD12,
      "",
      archive,
      true,
      "Không có đảng viên “vắng mặt có lý do quá 03 lần liên tiếp trong năm”",
    ),
    source(
      "cadence",
      DOC.DIEU_LE,
      "Điều 24",
      archive,
      true,
      "Chi bộ sinh hoạt thường kỳ mỗi tháng một lần; Hướng dẫn 12: chuyên đề ít nhất mỗi quý một lần",
    ),
    source(
      "cardNumber",
      DOC.HD12_2022,
      "",
      archive,
      false,
      "Số thẻ: 2 chữ số, dấu chấm, 6 chữ số; thẻ được cấp đổi năm 2025 (Chỉ thị 51), dạng số mới chưa kiểm chứng: mẫu sửa được",
    ),
  ];
}
