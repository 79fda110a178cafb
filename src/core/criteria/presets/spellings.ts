import type { Criteria } from "../schema";

/**
 * The spellings of each level seen in real sheets (domain.md, "Levels"), shared by every preset.
 * They are matched after folding, so case, spacing and composition do not need their own entries.
 */
export function defaultLevelSpellings(): Criteria["levels"] {
  return {
    HTXSNV: ["HTXSNV", "HTXS NV", "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành xuất sắc NV", "Xuất sắc"],
    HTTNV: ["HTTNV", "HTT NV", "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt NV", "HTTTNV"],
    HTNV: ["HTNV", "HT NV", "Hoàn thành nhiệm vụ", "Hoàn thành NV"],
    KHTNV: ["KHTNV", "Không HTNV", "Không hoàn thành nhiệm vụ", "Không hoàn thành NV"],
  };
}

/** Texts that mean "not rated this year" (Hướng dẫn 21: a separate bucket, not an error). */
export function defaultNotClassifiedSpellings(): string[] {
  return ["Không xếp loại", "Không đánh giá, xếp loại", "Không đánh giá xếp loại", "Chưa xếp loại"];
}
