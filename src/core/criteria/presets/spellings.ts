import type { Criteria } from "../schema";

/**
 * The spellings of each level seen in real sheets (domain.md, "Levels"), shared by every preset.
 * They are matched after folding, so case, spacing and composition do not need their own entries.
 */
export function defaultLevelSpellings(): Criteria["levels"] {
  return {
    HTXSNV: [
      "HTXSNV",
      "HTXS NV",
      "Hoàn thành xuất sắc nhiệm vụ",
      "Hoàn thành xuất sắc NV",
      "Xuất sắc",
      "HTXS",
      "Hoàn thành xuất sắc",
    ],
    HTTNV: [
      "HTTNV",
      "HTT NV",
      "Hoàn thành tốt nhiệm vụ",
      "Hoàn thành tốt NV",
      "HTTTNV",
      "HTT",
      "Tốt",
      "Hoàn thành tốt",
    ],
    HTNV: ["HTNV", "HT NV", "Hoàn thành nhiệm vụ", "Hoàn thành NV", "HT", "Hoàn thành"],
    KHTNV: [
      "KHTNV",
      "Không HTNV",
      "Không hoàn thành nhiệm vụ",
      "Không hoàn thành NV",
      "KHT",
      "Không HT",
      "Không hoàn thành",
    ],
  };
}

/** Texts that mean "not rated this year" (Hướng dẫn 21: a separate bucket, not an error). */
export function defaultNotClassifiedSpellings(): string[] {
  return [
    "Không xếp loại",
    "Không đánh giá, xếp loại",
    "Không đánh giá xếp loại",
    "Chưa xếp loại",
    // The reasons themselves, written in the level column (Điều 5 QĐ 366; HD 21).
    "Miễn sinh hoạt",
    "Miễn sinh hoạt đảng",
    "Miễn công tác và sinh hoạt đảng",
    "Miễn công tác và sinh hoạt",
    "Miễn công tác, sinh hoạt đảng",
    "Đình chỉ sinh hoạt",
    "Đình chỉ sinh hoạt đảng",
    "Mới kết nạp",
    "Đảng viên mới kết nạp",
    "Chưa đủ 6 tháng",
    "Kết nạp chưa đủ 6 tháng",
    "Mới kết nạp chưa đủ 6 tháng",
  ];
}
