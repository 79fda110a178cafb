import type { PageSetup, SheetSpec } from "../core";
import type { ExcelFeatures } from "./api-sets";
import { boxToA1, columnsA1, rowsA1 } from "./office-address";
import { layoutSpec, type CellStyle } from "./spec-layout";

/** Printed reports use Times New Roman, the font of Vietnamese administrative documents. */
export const REPORT_FONT = "Times New Roman";

type Horizontal = "Left" | "Center" | "Right";
type Vertical = "Top" | "Center" | "Bottom";
type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

const HORIZONTAL: Readonly<Record<NonNullable<CellStyle["horizontal"]>, Horizontal>> = {
  left: "Left",
  center: "Center",
  right: "Right",
};

const VERTICAL: Readonly<Record<NonNullable<CellStyle["vertical"]>, Vertical>> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
};

function applyStyle(range: Excel.Range, style: CellStyle, box: { rows: number; columns: number }): void {
  const format = range.format;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap) format.wrapText = true;
  if (style.border) {
    const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (box.columns > 1) edges.push("InsideVertical");
    if (box.rows > 1) edges.push("InsideHorizontal");
    for (const edge of edges) format.borders.getItem(edge).style = "Continuous";
  }
}

/** Page setup needs the PageLayout API (ExcelApi 1.9); without it the sheet prints with defaults. */
function applyPage(sheet: Excel.Worksheet, page: PageSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = page.paperSize;
  // One page wide, as many pages tall as needed (0 = automatic), the usual way reports are printed.
  if (page.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: page.fitToHeight ?? 0 };
  if (page.printArea) layout.setPrintArea(page.printArea);
  if (page.printTitleRows) layout.setPrintTitleRows(rowsA1(page.printTitleRows[0], page.printTitleRows[1]));
}

/**
 * Queues everything needed to build a sheet from its spec; nothing reaches Excel before the
 * caller syncs. The text number format goes on before the values, so that text that looks like
 * a formula or a number is stored as text.
 */
export function queueSheetBuild(sheet: Excel.Worksheet, spec: SheetSpec, features: ExcelFeatures): void {
  const layout = layoutSpec(spec);
  if (layout.rows > 0 && layout.columns > 0) {
    const all = sheet.getRange(
      boxToA1({ top: 0, left: 0, bottom: layout.rows - 1, right: layout.columns - 1 }),
    );
    all.format.font.name = spec.font?.name ?? REPORT_FONT;
    if (spec.font) all.format.font.size = spec.font.size;
    all.numberFormat = layout.numberFormats;
    all.values = layout.values;
  }
  for (const { box, style } of layout.styles) {
    const size = { rows: box.bottom - box.top + 1, columns: box.right - box.left + 1 };
    applyStyle(sheet.getRange(boxToA1(box)), style, size);
  }
  for (const merge of layout.merges) sheet.getRange(boxToA1(merge)).merge(false);
  for (const { col, points } of layout.columnWidths)
    sheet.getRange(columnsA1(col)).format.columnWidth = points;
  for (const col of layout.hiddenColumns) sheet.getRange(columnsA1(col)).columnHidden = true;
  for (const { row, points } of spec.rowHeights ?? [])
    sheet.getRange(rowsA1(row + 1)).format.rowHeight = points;
  // freezeRows is the 0-based row of the header's last row: that many rows plus one stay in view.
  if (spec.freezeRows !== undefined && spec.freezeRows >= 0)
    sheet.freezePanes.freezeRows(spec.freezeRows + 1);
  if (features.pageLayout) applyPage(sheet, spec.page);
  for (const link of layout.links) {
    const hyperlink: Excel.RangeHyperlink = { documentReference: link.reference };
    if (link.text !== null) hyperlink.textToDisplay = link.text;
    sheet.getRange(boxToA1({ top: link.row, left: link.col, bottom: link.row, right: link.col })).hyperlink =
      hyperlink;
  }
}
