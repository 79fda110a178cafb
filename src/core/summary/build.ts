import type { Lang } from "../../i18n/types";
import type { Analysis } from "../types";
import type { SheetSpec } from "./spec";

export const SUMMARY_SHEET_NAMES = {
  members: "TH Đảng viên",
  collectives: "TH Tổ chức đảng",
  meetings: "TH Sinh hoạt chi bộ",
  check: "Kết quả kiểm tra",
} as const;

export interface SummaryOptions {
  lang?: Lang;
  /** The date printed in the header ("…, ngày 20 tháng 12 năm 2025"); today when omitted. */
  date?: Date;
}

/** The four printable summary sheets for an analysis. */
export function buildSummarySheets(analysis: Analysis, options: SummaryOptions = {}): SheetSpec[] {
  void analysis;
  void options;
  throw new Error("buildSummarySheets: not implemented yet");
}
