import type { Criteria } from "../schema";
import { fourMeetingGrades } from "./meeting-grades";
import { DOC, source, WHERE } from "./sources";
import { defaultLevelSpellings, defaultNotClassifiedSpellings } from "./spellings";

const HD21 = "Hướng dẫn 21-HD/BTCTW (18/10/2019)";
const HD12_2018 = "Hướng dẫn 12-HD/BTCTW (06/7/2018)";

/**
 * Party card number: 2-digit committee code, a dot, a 6-digit serial (Hướng dẫn 12-HD/BTCTW, 2022).
 * Sheets often split the serial with one more dot ("01.234.567"), which is accepted too.
 */
export const CARD_NUMBER_PATTERN = String.raw`^\d{2}\.(?:\d{6}|\d{3}\.\d{3}|\d{2}\.\d{4}|\d{4}\.\d{2}|\d\.\d{5}|\d{5}\.\d)$`;

/** Source lines that hold for the meeting and card rules of the 2019–2024 presets. */
export const MEETING_AND_CARD_SOURCES_2018: readonly string[] = [
  `${HD12_2018}: sinh hoạt chi bộ đạt chất lượng`,
  "Điều lệ Đảng, Điều 24: chi bộ sinh hoạt thường kỳ mỗi tháng một lần",
  "Hướng dẫn 12-HD/BTCTW (2022): số thẻ đảng viên",
];

/** Member rating 2019–2022: Quy định 132-QĐ/TW with Hướng dẫn 21-HD/BTCTW; meetings by Hướng dẫn 12. */
export const hd21Preset: Criteria = {
  id: "hd21-2019",
  title: "Đánh giá, xếp loại theo Quy định 132-QĐ/TW và Hướng dẫn 21-HD/BTCTW",
  regulation: "Quy định 132-QĐ/TW; Hướng dẫn 21-HD/BTCTW; Hướng dẫn 12-HD/BTCTW",
  year: 2019,
  sources: [
    "Quy định 132-QĐ/TW (2018): kiểm điểm, đánh giá, xếp loại chất lượng hằng năm",
    "Hướng dẫn 16-HD/BTCTW (2018)",
    `${HD21}: tỷ lệ Hoàn thành xuất sắc nhiệm vụ, các trường hợp không xếp loại, điều kiện xếp loại tập thể`,
    ...MEETING_AND_CARD_SOURCES_2018,
    "Không có thang điểm xếp loại đảng viên trước năm 2025",
  ],
  levels: defaultLevelSpellings(),
  notClassified: defaultNotClassifiedSpellings(),
  scoreBands: null,
  cap: {
    ratio: 0.2,
    denominator: "HTTNV",
    rounding: "down",
    scope: "grassroots-unit",
    source: `${HD21}: "không vượt quá 20% số đảng viên được xếp loại Hoàn thành tốt nhiệm vụ" ở mỗi đảng bộ cơ sở; cách làm tròn (xuống) là cách hiểu mặc định`,
    collectives: false,
    groupBy: "none",
    exceptionPercent: null,
    exceptionDecision: null,
  },
  exclusions: [
    {
      key: "new-member",
      label: "Đảng viên mới kết nạp chưa đủ 6 tháng",
      keywords: ["kết nạp chưa đủ 6 tháng", "mới kết nạp", "chưa đủ 6 tháng"],
    },
    {
      key: "new-unit",
      label: "Tổ chức đảng mới thành lập chưa đủ 6 tháng",
      keywords: ["thành lập chưa đủ 6 tháng", "mới thành lập"],
    },
    {
      key: "exempted",
      label: "Đảng viên được miễn công tác và sinh hoạt đảng",
      keywords: ["miễn công tác và sinh hoạt đảng", "miễn sinh hoạt", "miễn công tác"],
    },
    {
      key: "suspended",
      label: "Đảng viên bị đình chỉ sinh hoạt đảng",
      keywords: ["đình chỉ sinh hoạt"],
    },
  ],
  memberCaps: {
    sickLeave: {
      minMonths: 3,
      maxLevel: "HTNV",
      keywords: ["nghỉ ốm", "ốm đau", "nghỉ bệnh", "điều trị bệnh"],
    },
    discipline: {
      level: "KHTNV",
      keywords: ["kỷ luật", "khiển trách", "cảnh cáo", "cách chức", "khai trừ"],
      remedyKeywords: [],
      earlierYearKeywords: [],
    },
  },
  memberRules: { topLevelMinExceededPercent: null, civilService: true, residenceComment: false },
  collective: {
    topLevelMinShareAtLeastHTNV: 100,
    topLevelMinShareAtLeastHTTNV: 80,
    source: `${HD21}: chi bộ Hoàn thành xuất sắc nhiệm vụ có 100% đảng viên từ Hoàn thành nhiệm vụ trở lên và ít nhất 80% từ Hoàn thành tốt nhiệm vụ trở lên`,
  },
  meeting: {
    rubric: null,
    grades: fourMeetingGrades(),
    gradeConditions: [],
    yearRule: null,
    minDurationMinutes: 90,
    combinedMinDurationMinutes: null,
    smallCellMaxMembers: null,
    smallCellMinDurationMinutes: null,
    documentsDaysAhead: null,
    gradedBy: "points",
    source: `${HD12_2018}: sinh hoạt ít nhất 90 phút, chi ủy họp chuẩn bị trước, biên bản đầy đủ; xếp loại Tốt, Khá, Trung bình, Kém theo tiêu chí, không theo điểm. Ngưỡng 90/70/50 điểm là ngưỡng thường dùng ở các khung chấm điểm của tỉnh (chưa kiểm chứng)`,
  },
  attendance: {
    excusedLeaveDenominator: false,
    minPercent: 85,
    strictlyAbove: true,
    noUnexcusedAbsence: true,
    maxExcusedStreak: 3,
    source: `${HD12_2018}: trên 85% đảng viên dự, không có đảng viên vắng không lý do, không ai vắng có lý do quá 3 lần liên tiếp; tỷ lệ = số dự ÷ (đảng số − số được miễn)`,
  },
  cadence: {
    regularPerYear: 12,
    thematicPerQuarter: 1,
    fixedDay: null,
    source: `Điều lệ Đảng, Điều 24; ${HD12_2018}: sinh hoạt thường kỳ mỗi tháng, chuyên đề ít nhất mỗi quý một lần (không thay sinh hoạt thường kỳ)`,
  },
  cardNumberPattern: CARD_NUMBER_PATTERN,
  percentDecimals: 1,
  modelCell: null,
  ruleSources: hd21Sources(),
};

/** The sources of the 2019–2022 rules; the later presets replace what changed. */
function hd21Sources() {
  const { archive, notFound } = WHERE;
  return [
    source("levels", DOC.QD132, "", archive, true, "Bốn mức xếp loại đảng viên và tổ chức đảng"),
    source(
      "cap",
      DOC.HD21,
      "",
      archive,
      true,
      "“không vượt quá 20% số đảng viên được xếp loại Hoàn thành tốt nhiệm vụ” trong từng tổ chức cơ sở đảng; cách làm tròn (xuống) và mẫu số là cách hiểu mặc định, sửa được",
    ),
    source(
      "exclusions",
      DOC.HD21,
      "",
      archive,
      true,
      "Không xếp loại: tổ chức, đảng viên mới dưới 6 tháng, đảng viên được miễn công tác và sinh hoạt đảng, bị đình chỉ sinh hoạt",
    ),
    source(
      "sickLeave",
      DOC.HD21,
      "",
      archive,
      true,
      "Nghỉ ốm từ 03 tháng trở lên trong năm: “không xếp loại đạt mức Hoàn thành tốt nhiệm vụ trở lên”; nghỉ thai sản: theo thời gian công tác thực tế",
    ),
    source(
      "discipline",
      DOC.HD21,
      "",
      archive,
      true,
      "Bị kỷ luật trong năm: Không hoàn thành nhiệm vụ; “một vi phạm bị xử lý kỷ luật chỉ tính một lần”",
    ),
    source(
      "civilService",
      DOC.HD21,
      "",
      archive,
      true,
      "Đảng viên là cán bộ, công chức, viên chức: xếp Hoàn thành xuất sắc nhiệm vụ khi là công chức cũng Hoàn thành xuất sắc; Không hoàn thành nhiệm vụ khi là công chức Không hoàn thành",
    ),
    source(
      "collective",
      "Chưa xác định được văn bản",
      "",
      notFound,
      false,
      "Chi bộ Hoàn thành xuất sắc có 100% đảng viên từ Hoàn thành nhiệm vụ và ít nhất 80% từ Hoàn thành tốt: không tìm thấy trong văn bản nào, giữ làm tùy chọn, chỉ cảnh báo",
    ),
    source("meetingDuration", DOC.HD12_2018, "", archive, true, "Sinh hoạt ít nhất 90 phút"),
    source(
      "meetingGrades",
      DOC.HD12_2018,
      "",
      archive,
      false,
      "Hướng dẫn 12 xếp loại Tốt, Khá, Trung bình, Kém theo tiêu chí, không theo điểm; ngưỡng 90/70/50 điểm là ngưỡng thường dùng ở khung chấm điểm của các tỉnh",
    ),
    source(
      "attendance",
      DOC.HD12_2018,
      "",
      archive,
      true,
      "Đạt chất lượng khi trên 85% đảng viên dự, không có đảng viên vắng không lý do; tỷ lệ = số dự ÷ (đảng số − số được miễn, lực lượng vũ trang làm nhiệm vụ đặc biệt)",
    ),
    source(
      "absenceStreak",
      DOC.HD12_2018,
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
      "Chi bộ sinh hoạt thường kỳ mỗi tháng một lần; Hướng dẫn 12: sinh hoạt chuyên đề ít nhất mỗi quý một lần, không thay sinh hoạt thường kỳ",
    ),
    source(
      "cardNumber",
      DOC.HD12_2022,
      "",
      archive,
      true,
      "Số thẻ đảng viên: 2 chữ số mã đảng bộ, dấu chấm, 6 chữ số",
    ),
  ];
}
