import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { analyzeWorkbook, type SheetMapping } from "../../../src/core/analyze";
import { validateCriteria } from "../../../src/core/criteria-schema";
import type { CellValue } from "../../../src/core/grid/types";
import type { Analysis } from "../../../src/core/types";
import { OfficeWorkbookPort } from "../../../src/excel/port";
import { XlsxWorkbookPort } from "../../../src/xlsx/port";
import { installFakeOffice } from "../../support/fake-excel/install";
import { loadXlsx } from "../../support/fake-excel/xlsx-io";
import { VI } from "../../support/words";

export const SAMPLES_DIR = resolve(__dirname, "../../../../shared/samples");
export const ROOT = resolve(__dirname, "../../..");
export const DIST = resolve(ROOT, "dist");
/**
 * Where the end-to-end tests put their screenshots: an ignored folder, so that running the tests
 * never changes a tracked file. `npm run screenshots` points it at docs/screenshots instead.
 */
export const SCREENSHOTS = process.env.CHIBO_SCREENSHOTS
  ? resolve(ROOT, process.env.CHIBO_SCREENSHOTS)
  : resolve(ROOT, "test-output/screenshots");
export const FAKE_OFFICE_BUNDLE = resolve(ROOT, "test-output/e2e/fake-office.js");

export interface MustReport {
  code: string;
  sheet: string;
  cell?: string;
}

export function samplePath(name: string): string {
  return resolve(SAMPLES_DIR, `${name}.xlsx`);
}

export function sampleBytes(name: string): Uint8Array {
  const data = readFileSync(samplePath(name));
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export function mustReport(name: string): MustReport[] {
  const expected = JSON.parse(readFileSync(resolve(SAMPLES_DIR, `${name}.expected.json`), "utf8")) as {
    mustReport: MustReport[];
  };
  return expected.mustReport;
}

/**
 * The analysis the pane must show inside Excel: the same sample read through the same Office.js
 * port over the same fake host, here in Node.
 */
export async function analysisThroughFakeExcel(
  name: string,
  mappings: Record<string, SheetMapping> = {},
): Promise<Analysis> {
  const workbook = await loadXlsx(samplePath(name));
  const scope = globalThis as unknown as Record<string, unknown>;
  const installation = installFakeOffice(scope, workbook);
  try {
    const port = new OfficeWorkbookPort({
      run: installation.host.excelRun,
      isSetSupported: installation.host.isSetSupported,
      lang: "vi",
    });
    return analyzeWorkbook(await port.readSheets(), { words: VI, mappings, validateCriteria });
  } finally {
    installation.uninstall();
  }
}

/** The analysis the pane must show in browser mode: the sample read by the ExcelJS port. */
export async function analysisThroughExcelJs(name: string): Promise<Analysis> {
  const port = await XlsxWorkbookPort.open(sampleBytes(name));
  return analyzeWorkbook(await port.readSheets(), { words: VI, validateCriteria });
}

/**
 * A planted value the shared sample lost: its cell holds NaN, which no spreadsheet holds as a
 * number. Then the right report is that the cell is not a number (as the acceptance test says).
 */
export async function cellHoldsNaN(name: string, sheet: string, cell: string): Promise<boolean> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(samplePath(name));
  const value = book.getWorksheet(sheet)?.getCell(cell).value;
  return typeof value === "number" && Number.isNaN(value);
}

/** A saved sheet's values as a grid of plain values (formula results, rich text as text). */
export function sheetValues(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const line: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const raw = cell.value as unknown;
      let value: CellValue = null;
      if (raw === null || raw === undefined) value = null;
      else if (typeof raw !== "object" || raw instanceof Date) value = raw as CellValue;
      else if ("result" in (raw as object)) value = (raw as { result: CellValue }).result ?? null;
      else if ("richText" in (raw as object))
        value = (raw as { richText: { text: string }[] }).richText.map((t) => t.text).join("");
      else if ("text" in (raw as object)) value = (raw as { text: string }).text;
      line[c - 1] = value;
    });
    rows[r - 1] = line;
  });
  return rows;
}
