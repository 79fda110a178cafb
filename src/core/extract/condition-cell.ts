import type { CellValue } from "../grid/types";
import { foldText } from "../text";

/** A cell that records whether a condition holds: yes, no, a percentage, or nothing readable. */
export type ConditionReading =
  | { kind: "yes" }
  | { kind: "no" }
  /** In percent (a share typed as 0.3 with a "%" format arrives as 0.3 and is read as 30). */
  | { kind: "percent"; value: number }
  | { kind: "blank" }
  | { kind: "unknown" };

const YES =
  /^(co|x|v|dat|da dat|da|roi|xong|hoan thanh|da hoan thanh|da khac phuc|khac phuc xong|yes|y|true|1)\.?$/;
const NO =
  /^(chua|khong|k|ko|chua dat|chua hoan thanh|chua khac phuc|khong dat|khong hoan thanh|con|con han che|no|n|false|0)\.?$/;
/** "Không có (hạn chế)": nothing to remedy, which satisfies a condition that holds "nếu có". */
const NOTHING_TO_DO = /^khong co( han che| khuyet diem| han che khuyet diem)?\.?$/;
const PERCENT = /^(\d+(?:[.,]\d+)?)\s*%$/;

/** Reads a condition cell as clerks fill it: "Có"/"Đã", "Chưa"/"Không", "100%", 0.3, "x". */
export function readCondition(raw: CellValue, text: string): ConditionReading {
  if (typeof raw === "boolean") return { kind: raw ? "yes" : "no" };
  if (typeof raw === "number" && Number.isFinite(raw))
    return { kind: "percent", value: raw > 0 && raw <= 1 && !Number.isInteger(raw) ? raw * 100 : raw };
  const folded = foldText(text).replace(/\s+/g, " ").trim();
  if (!folded) return { kind: "blank" };
  if (NOTHING_TO_DO.test(folded)) return { kind: "yes" };
  const percent = PERCENT.exec(folded);
  if (percent) return { kind: "percent", value: Number(percent[1].replace(",", ".")) };
  if (YES.test(folded)) return { kind: "yes" };
  if (NO.test(folded) || folded.startsWith("chua ")) return { kind: "no" };
  return { kind: "unknown" };
}
