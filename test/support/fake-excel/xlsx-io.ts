import ExcelJS from "exceljs";
import { readFile, writeFile } from "node:fs/promises";
import { parseAddress, type Box } from "./a1";
import {
  dateToSerial,
  FakeWorkbook,
  type BorderSide,
  type FakeCell,
  type FakeValue,
  type Visibility,
} from "./workbook-model";

/**
 * Seeds the fake host from a real .xlsx and saves it back, through ExcelJS. Node only (file
 * access): the browser tests seed the host from grids or from bytes they fetched.
 */

/** Width in characters (what .xlsx stores) to points (what Office.js reports), for the default font. */
function charactersToPoints(width: number): number {
  return Math.round((width * 7 + 5) * 0.75 * 100) / 100;
}

function pointsToCharacters(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

type Scalar = number | string | boolean | Date | { error: string } | null | undefined;

function scalar(value: Scalar): FakeValue {
  if (value === undefined || value === null || value === "") return null;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") return { error: value.error };
  // Excel cannot hold NaN or infinities (a file may still say <v>NaN</v>): the cell is empty.
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}

/** The value Excel shows for an ExcelJS cell (the cached result of a formula, the text of rich text). */
export function cellValueOf(cell: ExcelJS.Cell): { value: FakeValue; formula?: string } {
  if (cell.type === ExcelJS.ValueType.Merge) return { value: null };
  const raw = cell.value as unknown;
  if (raw === null || raw === undefined) return { value: null };
  if (raw instanceof Date || typeof raw !== "object") return { value: scalar(raw as Scalar) };
  const object = raw as Record<string, unknown>;
  if ("formula" in object || "sharedFormula" in object) {
    const formula = (cell.formula as string | undefined) ?? (object.formula as string | undefined);
    return { value: scalar(object.result as Scalar), formula: formula ? `=${formula}` : undefined };
  }
  if ("richText" in object)
    return { value: (object.richText as { text: string }[]).map((run) => run.text).join("") || null };
  if ("hyperlink" in object) return { value: scalar(object.text as Scalar) };
  if ("error" in object) return { value: { error: String(object.error) } };
  return { value: null };
}

function argb(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const value = color?.argb;
  return value ? `#${value.slice(-6)}` : undefined;
}

function fakeCellOf(cell: ExcelJS.Cell): FakeCell | undefined {
  const { value, formula } = cellValueOf(cell);
  const out: Record<string, unknown> = { value };
  if (formula) out.formula = formula;
  if (cell.numFmt && cell.numFmt !== "General") out.numberFormat = cell.numFmt;
  const font = cell.font;
  if (font) {
    const fake: Record<string, unknown> = {};
    if (font.name) fake.name = font.name;
    if (font.size) fake.size = font.size;
    if (font.bold) fake.bold = true;
    if (font.italic) fake.italic = true;
    const color = argb(font.color);
    if (color) fake.color = color;
    if (Object.keys(fake).length) out.font = fake;
  }
  const fill = cell.fill;
  if (fill && fill.type === "pattern" && fill.pattern === "solid") out.fill = argb(fill.fgColor);
  if (cell.alignment?.horizontal) out.horizontal = cell.alignment.horizontal;
  if (cell.alignment?.vertical) out.vertical = cell.alignment.vertical;
  if (cell.alignment?.wrapText) out.wrap = true;
  const borders: Partial<Record<BorderSide, string>> = {};
  for (const side of ["top", "bottom", "left", "right"] as const) {
    const style = cell.border?.[side]?.style;
    if (style) borders[side] = style;
  }
  if (Object.keys(borders).length) out.borders = borders;
  const raw = cell.value as unknown;
  if (raw && typeof raw === "object" && "hyperlink" in (raw as Record<string, unknown>)) {
    const target = String((raw as { hyperlink: string }).hyperlink);
    out.hyperlink = target.startsWith("#") ? { documentReference: target.slice(1) } : { address: target };
  }
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return Object.keys(out).length > 1 || value !== null ? (out as unknown as FakeCell) : undefined;
}

const VISIBILITY: Readonly<Record<string, Visibility>> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/** A fake workbook with the sheets, cells, formats, merges, widths and page setup of an ExcelJS workbook. */
export function workbookFromExcelJs(source: ExcelJS.Workbook): FakeWorkbook {
  const workbook = new FakeWorkbook();
  for (const ws of source.worksheets) {
    const sheet = workbook.addSheet(ws.name, VISIBILITY[ws.state] ?? "Visible");
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const fake = fakeCellOf(cell);
        if (fake) sheet.setCell(rowNumber - 1, colNumber - 1, fake);
      });
    });
    const merges: Box[] = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map((range) =>
      parseAddress(range),
    );
    sheet.setMerges(merges);
    (ws.columns ?? []).forEach((column, index) => {
      if (column.width) sheet.setColumnWidth(index, charactersToPoints(column.width));
      if (column.hidden) sheet.setColumnHidden(index, true);
    });
    const frozen = ws.views?.find((view) => view.state === "frozen") as { ySplit?: number } | undefined;
    if (frozen?.ySplit) sheet.setFreezeRows(frozen.ySplit);
    const setup = ws.pageSetup;
    if (setup) {
      sheet.setPageLayout({
        orientation:
          setup.orientation === "landscape"
            ? "Landscape"
            : setup.orientation === "portrait"
              ? "Portrait"
              : undefined,
        paperSize: setup.paperSize === 9 ? "A4" : undefined,
        zoom: setup.fitToPage
          ? { horizontalFitToPages: setup.fitToWidth, verticalFitToPages: setup.fitToHeight }
          : undefined,
        printArea: setup.printArea || undefined,
        printTitleRows: setup.printTitlesRow || undefined,
      });
    }
  }
  return workbook;
}

/** An ExcelJS workbook holding what the fake workbook holds (formulas keep their last value). */
export function workbookToExcelJs(workbook: FakeWorkbook): ExcelJS.Workbook {
  const out = new ExcelJS.Workbook();
  for (const sheet of workbook.sheets) {
    const ws = out.addWorksheet(sheet.name, {
      state:
        sheet.visibility === "Visible" ? "visible" : sheet.visibility === "Hidden" ? "hidden" : "veryHidden",
    });
    for (let r = 0; r < sheet.rowSpan; r++) {
      sheet.rowCells(r).forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        const value = cell.value;
        if (cell.formula)
          target.value = {
            formula: cell.formula.slice(1),
            result: typeof value === "object" && value !== null ? undefined : (value ?? undefined),
          };
        else if (cell.hyperlink && typeof value === "string") {
          const link = cell.hyperlink.documentReference
            ? `#${cell.hyperlink.documentReference}`
            : (cell.hyperlink.address ?? "");
          target.value = { text: value, hyperlink: link };
        } else if (value !== null && typeof value === "object")
          target.value = { error: value.error as ExcelJS.CellErrorValue["error"] };
        else target.value = value;
        if (cell.numberFormat) target.numFmt = cell.numberFormat;
        if (cell.font) {
          target.font = {
            name: cell.font.name,
            size: cell.font.size,
            bold: cell.font.bold,
            italic: cell.font.italic,
            color: cell.font.color ? { argb: `FF${cell.font.color.replace("#", "")}` } : undefined,
          };
        }
        if (cell.fill)
          target.fill = {
            type: "pattern",
            pattern: "solid",
            fgColor: { argb: `FF${cell.fill.replace("#", "")}` },
          };
        if (cell.horizontal || cell.vertical || cell.wrap) {
          target.alignment = {
            horizontal: cell.horizontal?.toLowerCase() as ExcelJS.Alignment["horizontal"],
            vertical: (cell.vertical === "Center"
              ? "middle"
              : cell.vertical?.toLowerCase()) as ExcelJS.Alignment["vertical"],
            wrapText: cell.wrap,
          };
        }
        if (cell.borders) {
          const border: Partial<ExcelJS.Borders> = {};
          for (const [side, style] of Object.entries(cell.borders)) {
            border[side as BorderSide] = {
              style: (style === "Continuous" ? "thin" : style) as ExcelJS.BorderStyle,
            };
          }
          target.border = border;
        }
      });
    }
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const [col, points] of sheet.columnWidths) ws.getColumn(col + 1).width = pointsToCharacters(points);
    for (const col of sheet.hiddenColumns) ws.getColumn(col + 1).hidden = true;
    for (const [row, points] of sheet.rowHeights) ws.getRow(row + 1).height = points;
    if (sheet.freezeRows > 0) ws.views = [{ state: "frozen", ySplit: sheet.freezeRows, xSplit: 0 }];
    const page = sheet.pageLayout;
    if (page.orientation)
      ws.pageSetup.orientation = page.orientation === "Landscape" ? "landscape" : "portrait";
    if (page.paperSize === "A4") ws.pageSetup.paperSize = 9 as ExcelJS.PageSetup["paperSize"];
    if (page.zoom?.horizontalFitToPages !== undefined) {
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = page.zoom.horizontalFitToPages;
      ws.pageSetup.fitToHeight = page.zoom.verticalFitToPages ?? 0;
    }
    if (page.printArea) ws.pageSetup.printArea = page.printArea.replace(/^.*!/, "");
    if (page.printTitleRows)
      ws.pageSetup.printTitlesRow = page.printTitleRows.replace(/^.*!/, "").replace(/\$/g, "");
  }
  return out;
}

/** Reads an .xlsx file (path or bytes) into a fake workbook. */
export async function loadXlsx(source: string | ArrayBuffer | Uint8Array): Promise<FakeWorkbook> {
  const bytes = typeof source === "string" ? await readFile(source) : source;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as ArrayBuffer);
  return workbookFromExcelJs(workbook);
}

/** Writes a fake workbook as .xlsx bytes, and to a file when a path is given. */
export async function saveXlsx(workbook: FakeWorkbook, path?: string): Promise<Uint8Array> {
  const buffer = new Uint8Array(await workbookToExcelJs(workbook).xlsx.writeBuffer());
  if (path) await writeFile(path, buffer);
  return buffer;
}
