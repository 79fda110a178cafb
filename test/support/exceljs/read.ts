import JSZip from "jszip";
import { Workbook } from "exceljs";
import type { Grid } from "../../../src/core";
import { XlsxReadError } from "../../../src/xlsx/errors";
import { sniffFileKind } from "../../../src/xlsx/sniff";
import { sheetToGrid } from "./sheet-grid";

/**
 * The ExcelJS reference reader: the reader chibo shipped before the lean reader
 * (src/xlsx/read-grids.ts), kept for tests only. test/xlsx/lean-parity.test.ts compares the lean
 * reader with it, other tests open written workbooks with it, and `npm run bench` uses it as the
 * baseline. ExcelJS is a dev dependency: no shipped code path may import this folder.
 */

/** A workbook opened with ExcelJS, with the Normal style's font that ExcelJS forgets after loading. */
export interface XlsxBook {
  readonly workbook: Workbook;
  /**
   * The font of the workbook's Normal style. Cells without a font of their own are shown in it,
   * and old lists typed in TCVN3 often have ".VnTime" there; null when unknown.
   */
  readonly defaultFont: string | null;
}

/**
 * Opens an .xlsx from its bytes. Never crashes on a bad file: every failure is an
 * XlsxReadError with a reason the front ends can explain (see src/xlsx/errors.ts).
 */
export async function readXlsx(data: Uint8Array | ArrayBuffer): Promise<XlsxBook> {
  const bytes = ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
  switch (sniffFileKind(bytes)) {
    case "empty":
      throw new XlsxReadError("empty");
    case "ole-encrypted":
      throw new XlsxReadError("encrypted", "the workbook is protected by a password");
    case "ole-legacy":
      throw new XlsxReadError("legacy-xls", "an Excel 97-2003 .xls file");
    case "other":
      throw new XlsxReadError("not-xlsx", "not a zip file");
    case "zip":
      break;
  }

  const workbook = new Workbook();
  const fonts = captureDefaultFont(workbook);
  try {
    // ExcelJS hands the bytes to JSZip, which takes a Uint8Array in Node and in browsers alike;
    // its type says Buffer only because its typings were written for Node.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    const reason = (await hasWorkbookPart(bytes)) === false ? "not-xlsx" : "corrupt";
    throw new XlsxReadError(reason, error instanceof Error ? error.message : String(error));
  }
  // A zip without xl/workbook.xml (a .docx, an .ods) loads as a workbook without sheets.
  if (workbook.worksheets.length === 0) throw new XlsxReadError("not-xlsx", "no worksheet in the file");
  return { workbook, defaultFont: fonts.name };
}

export interface GridReadOptions {
  onProgress?: (done: number, total: number) => void;
}

/** Every worksheet as a core grid, in tab order. */
export function gridsFromBook(book: XlsxBook, options: GridReadOptions = {}): Grid[] {
  const sheets = book.workbook.worksheets;
  return sheets.map((ws, i) => {
    const grid = sheetToGrid(ws, book.defaultFont);
    options.onProgress?.(i + 1, sheets.length);
    return grid;
  });
}

/**
 * ExcelJS reads styles.xml but drops it after loading, and with it the Normal style's font,
 * which every unstyled cell is shown in. Its loader passes the parsed model to
 * `reconcile(model)` before dropping the styles, so the font is picked up there. If a later
 * ExcelJS changes that, the font stays unknown (null) and nothing else breaks.
 */
function captureDefaultFont(workbook: Workbook): { name: string | null } {
  const captured: { name: string | null } = { name: null };
  const xlsx = workbook.xlsx as unknown as { reconcile?: (model: unknown, options: unknown) => unknown };
  const original = xlsx.reconcile;
  if (typeof original !== "function") return captured;
  xlsx.reconcile = function (this: unknown, model: unknown, options: unknown) {
    captured.name = normalFontName(model);
    return original.call(this, model, options);
  };
  return captured;
}

function normalFontName(model: unknown): string | null {
  const styles = (model as { styles?: { model?: { fonts?: unknown[] } } } | null)?.styles;
  const first = styles?.model?.fonts?.[0];
  const name = (first as { name?: unknown } | undefined)?.name;
  return typeof name === "string" && name.trim() !== "" ? name : null;
}

/** Whether a zip holds xl/workbook.xml; null when it cannot even be opened as a zip. */
async function hasWorkbookPart(bytes: Uint8Array): Promise<boolean | null> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    return zip.file("xl/workbook.xml") !== null;
  } catch {
    return null;
  }
}
