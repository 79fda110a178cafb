import { Workbook } from "exceljs";

/**
 * A workbook held by the ExcelJS port, with what ExcelJS forgets after loading and what the
 * saved file still needs fixing for.
 */
export interface XlsxBook {
  readonly workbook: Workbook;
  /**
   * The font of the workbook's Normal style. Cells without a font of their own are shown in it,
   * and old lists typed in TCVN3 often have ".VnTime" there; null when unknown.
   */
  readonly defaultFont: string | null;
  /** Internal links written by applySheetSpecs; writeXlsx rewrites them (see internal-links.ts). */
  internalLinks: number;
}

/** The font ExcelJS gives a new workbook's Normal style. */
const EXCELJS_DEFAULT_FONT = "Calibri";

/** A new, empty workbook (the roll-up writes into one). */
export function createXlsxBook(): XlsxBook {
  return { workbook: new Workbook(), defaultFont: EXCELJS_DEFAULT_FONT, internalLinks: 0 };
}
