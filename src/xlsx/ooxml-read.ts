import type { Grid } from "../core/grid/types";
import { XlsxReadError } from "./errors";
import { ReadBudget } from "./grid-builder";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits";
import { readSharedStrings, readStyles, readWorkbookInfo, type WorkbookInfo } from "./ooxml-parts";
import { readSheetXml } from "./ooxml-sheet";
import { openZip, type RawInflate, type ZipArchive } from "./zip";

export interface GridsReadOptions {
  limits?: ReadLimits;
  onProgress?: (done: number, total: number) => void;
  /** A faster inflater where the platform has one (Node's zlib); fflate otherwise. */
  inflate?: RawInflate;
}

/**
 * Reads an .xlsx or .xlsm (a zip already sniffed as one) straight into grids, one worksheet at a
 * time, following the package's relationships rather than fixed part names, so that workbooks
 * written by Excel, LibreOffice, WPS Office, openpyxl or SheetJS read alike. Chart sheets and
 * dialog sheets are skipped, as the ExcelJS reference reader skips them. Pure: works in Node and browsers.
 */
export function readOoxmlGrids(zip: ZipArchive, info: WorkbookInfo, options: GridsReadOptions = {}): Grid[] {
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const worksheets = info.sheets.flatMap((sheet) => {
    const rel = info.rels.get(sheet.relId);
    return rel && rel.type === "worksheet" && rel.target && zip.entry(rel.target)
      ? [{ name: sheet.name, part: rel.target }]
      : [];
  });
  if (worksheets.length === 0) throw new XlsxReadError("not-xlsx", "no worksheet in the file");
  if (worksheets.length > limits.maxSheets)
    throw XlsxReadError.limit("sheets", worksheets.length, limits.maxSheets);

  let stylesPart: string | null = null;
  let stringsPart: string | null = null;
  for (const rel of info.rels.values()) {
    if (rel.type === "styles" && rel.target) stylesPart = rel.target;
    if (rel.type === "sharedStrings" && rel.target) stringsPart = rel.target;
  }
  const context = {
    strings: readSharedStrings(zip, stringsPart),
    styles: readStyles(zip, stylesPart),
    date1904: info.date1904,
    budget: new ReadBudget(limits),
  };
  return worksheets.map((sheet, i) => {
    const grid = readSheetXml(zip.read(sheet.part) ?? new Uint8Array(0), sheet.part, sheet.name, context);
    options.onProgress?.(i + 1, worksheets.length);
    return grid;
  });
}

/** Opens the zip and finds the workbook; null when the zip holds no workbook (a .docx, an .ods). */
export function openOoxml(
  bytes: Uint8Array,
  limits: ReadLimits,
  inflate: RawInflate,
): { zip: ZipArchive; info: WorkbookInfo | null } {
  const zip = openZip(bytes, limits, inflate);
  return { zip, info: readWorkbookInfo(zip) };
}
