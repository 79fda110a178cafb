import type { Criteria } from "./criteria/schema";
import type { Grid } from "./grid/types";
import type { Lang } from "../i18n/types";
import type { Analysis, FieldName, SheetKind } from "./types";

/** An explicit reading of one sheet, saved with the workbook; it wins over the guess. */
export interface SheetMapping {
  kind?: SheetKind;
  /** 1-based header rows. */
  headerRows?: number[];
  firstDataRow?: number;
  lastDataRow?: number;
  /** Field → column letters. */
  columns?: Partial<Record<FieldName, string>>;
}

export interface AnalyzeOptions {
  /** The criteria set; when omitted, the preset for the workbook's year is used. */
  criteria?: Criteria;
  /** Mapping overrides by sheet name. */
  mappings?: Record<string, SheetMapping>;
  lang?: Lang;
}

/** Recognizes, checks and computes a workbook's sheets. Pure: no I/O. */
export function analyzeWorkbook(grids: readonly Grid[], options: AnalyzeOptions = {}): Analysis {
  void grids;
  void options;
  throw new Error("analyzeWorkbook: not implemented yet");
}
