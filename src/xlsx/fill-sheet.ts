import type { Alignment, Borders, Fill, Font, Style, Worksheet } from "exceljs";
import { columnLetter, parseA1 } from "../core";
import type { PageSetup, SheetSpec, SpecCell, SpecMerge } from "../core";
import { XlsxWriteError } from "./errors";

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;
const MAX_TEXT_LENGTH = 32767;
const MAX_COLUMN_WIDTH = 255;
/** Paper size code of A4 in SpreadsheetML. */
const PAPER_A4 = 9;
/** Excel's own hyperlink colour. */
const LINK_COLOR = "FF0563C1";
const THIN_BORDER: Partial<Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/**
 * Writes a complete spec into an empty worksheet. Throws XlsxWriteError("invalid-spec") for
 * anything that cannot be written; the caller then drops the half-built sheet.
 * Returns the number of internal links written.
 */
export function fillWorksheet(ws: Worksheet, spec: SheetSpec): number {
  const fail = (detail: string): never => {
    throw new XlsxWriteError("invalid-spec", spec.name, detail);
  };
  checkMerges(spec.merges, fail);
  let links = 0;
  spec.cells.forEach((line, r) => {
    if (r >= MAX_ROWS) fail(`row ${r + 1} is beyond the last row of a sheet`);
    line?.forEach((cell, c) => {
      if (!cell) return;
      if (c >= MAX_COLUMNS) fail(`column ${c + 1} is beyond the last column of a sheet`);
      if (writeCell(ws, r, c, cell, spec.font, fail)) links++;
    });
  });
  for (const m of spec.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  spec.columnWidths.forEach((width, c) => {
    if (!Number.isFinite(width) || width < 0 || width > MAX_COLUMN_WIDTH)
      fail(`column ${c + 1} has width ${width}`);
    ws.getColumn(c + 1).width = width;
  });
  for (const c of spec.hiddenColumns) {
    if (!Number.isInteger(c) || c < 0 || c >= MAX_COLUMNS) fail(`hidden column ${c} does not exist`);
    ws.getColumn(c + 1).hidden = true;
  }
  for (const { row, points } of spec.rowHeights ?? []) {
    if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS || !(points > 0 && points <= 409))
      fail(`row ${row + 1} has height ${points}`);
    ws.getRow(row + 1).height = points;
  }
  applyPage(ws, spec.page, fail);
  if (spec.freezeRows !== undefined) {
    const header = spec.freezeRows;
    if (!Number.isInteger(header) || header < 0 || header >= MAX_ROWS - 1)
      fail(`cannot freeze below row ${header + 1}`);
    // freezeRows is the 0-based header row: the rows up to and including it stay in view.
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: header + 1, topLeftCell: `A${header + 2}` }];
  }
  return links;
}

/** Writes one cell; returns whether it is an internal link. */
function writeCell(
  ws: Worksheet,
  r: number,
  c: number,
  spec: SpecCell,
  sheetFont: SheetSpec["font"],
  fail: (detail: string) => never,
): boolean {
  const address = `${columnLetter(c)}${r + 1}`;
  const { value } = spec;
  const type = typeof value;
  if (value !== null && type !== "string" && type !== "number" && type !== "boolean") {
    fail(`${address} holds a ${type === "object" ? "non-scalar" : type} value`);
  }
  if (typeof value === "number" && !Number.isFinite(value)) fail(`${address} holds the number ${value}`);
  if (typeof value === "string" && value.length > MAX_TEXT_LENGTH)
    fail(`${address} holds more than 32767 characters`);
  const link = spec.link === undefined ? null : linkTarget(spec.link, address, fail);
  const isText = typeof value === "string" || link !== null;

  const style: Partial<Style> = {};
  // Text always gets "@" so that a name such as "=SUM(A1)" or "+84 123" stays text when a user
  // edits the cell later; the value itself is stored as a string, never as a formula.
  const numFmt = isText ? "@" : spec.numberFormat;
  if (numFmt !== undefined) style.numFmt = numFmt;
  const font = fontOf(spec, sheetFont, link !== null, address, fail);
  if (font) style.font = font;
  const alignment = alignmentOf(spec);
  if (alignment) style.alignment = alignment;
  if (spec.border) style.border = { ...THIN_BORDER };
  if (spec.fill !== undefined) style.fill = solidFill(argb(spec.fill, address, fail));

  const cell = ws.getCell(r + 1, c + 1);
  cell.style = style as Style; // before the value, as the safety rules ask
  if (link !== null) {
    cell.value = { text: value === null ? "" : String(value), hyperlink: `#${link}` };
  } else {
    cell.value = value;
  }
  return link !== null;
}

/** "'Sheet name'!H29" (a leading "#" is accepted too). */
function linkTarget(link: string, address: string, fail: (detail: string) => never): string {
  const target = link.startsWith("#") ? link.slice(1) : link;
  const bang = target.lastIndexOf("!");
  if (bang <= 0 || !parseA1(target.slice(bang + 1).split(":")[0] ?? "")) {
    fail(`${address} links to "${link}", which is not a cell address such as 'Sheet'!H29`);
  }
  return target;
}

function fontOf(
  spec: SpecCell,
  sheetFont: SheetSpec["font"],
  isLink: boolean,
  address: string,
  fail: (detail: string) => never,
): Partial<Font> | null {
  const font: Partial<Font> = {};
  // Every cell names the sheet's font: a bold cell without a name would print in the default font.
  if (sheetFont) {
    font.name = sheetFont.name;
    font.size = sheetFont.size;
  }
  if (spec.bold) font.bold = true;
  if (spec.italic) font.italic = true;
  if (spec.fontSize !== undefined) {
    if (!Number.isFinite(spec.fontSize) || spec.fontSize < 1 || spec.fontSize > 409) {
      fail(`${address} has font size ${spec.fontSize}`);
    }
    font.size = spec.fontSize;
  }
  if (spec.fontColor !== undefined) font.color = { argb: argb(spec.fontColor, address, fail) };
  else if (isLink) font.color = { argb: LINK_COLOR };
  if (isLink) font.underline = true;
  return Object.keys(font).length > 0 ? font : null;
}

function alignmentOf(spec: SpecCell): Partial<Alignment> | null {
  const alignment: Partial<Alignment> = {};
  if (spec.horizontal) alignment.horizontal = spec.horizontal;
  if (spec.vertical) alignment.vertical = spec.vertical;
  if (spec.wrap) alignment.wrapText = true;
  return Object.keys(alignment).length > 0 ? alignment : null;
}

function solidFill(color: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: color } };
}

/** "#D9E1F2", "D9E1F2" or "FFD9E1F2" → "FFD9E1F2". */
function argb(color: string, address: string, fail: (detail: string) => never): string {
  const hex = color.startsWith("#") ? color.slice(1) : color;
  if (/^[0-9a-fA-F]{6}$/.test(hex)) return `FF${hex.toUpperCase()}`;
  if (/^[0-9a-fA-F]{8}$/.test(hex)) return hex.toUpperCase();
  return fail(`${address} has the colour "${color}", not a hex colour such as #D9E1F2`);
}

function checkMerges(merges: readonly SpecMerge[], fail: (detail: string) => never): void {
  merges.forEach((m, i) => {
    const parts = [m.top, m.left, m.bottom, m.right];
    const label = `merge ${i + 1} (${parts.join(", ")})`;
    if (!parts.every((n) => Number.isInteger(n) && n >= 0))
      fail(`${label} has a position that is not a row or column`);
    if (m.bottom < m.top || m.right < m.left) fail(`${label} ends before it starts`);
    if (m.top === m.bottom && m.left === m.right) fail(`${label} covers a single cell`);
    if (m.bottom >= MAX_ROWS || m.right >= MAX_COLUMNS) fail(`${label} goes beyond the sheet`);
    for (let j = 0; j < i; j++) {
      const o = merges[j];
      const apart = m.bottom < o.top || o.bottom < m.top || m.right < o.left || o.right < m.left;
      if (!apart) fail(`${label} overlaps merge ${j + 1}`);
    }
  });
}

function applyPage(ws: Worksheet, page: PageSetup, fail: (detail: string) => never): void {
  if (page.paperSize !== "A4") fail(`paper size ${String(page.paperSize)} is not supported`);
  ws.pageSetup.paperSize = PAPER_A4;
  ws.pageSetup.orientation = page.orientation;
  if (page.fitToWidth) {
    // One page wide, as many pages tall as needed unless the spec says how many.
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = page.fitToHeight ?? 0;
  }
  if (page.printArea !== undefined) ws.pageSetup.printArea = printAreaFor(page.printArea, fail);
  if (page.printTitleRows !== undefined) {
    const [first, last] = page.printTitleRows;
    if (!Number.isInteger(first) || !Number.isInteger(last) || first < 1 || last < first) {
      fail(`print title rows ${first}:${last} are not rows`);
    }
    ws.pageSetup.printTitlesRow = `${first}:${last}`;
  }
}

/**
 * ExcelJS writes the print area as `'Sheet'!$<from>:$<to>`, putting "$" before the column only;
 * handing it "A$1" makes the reference absolute in both ("$A$1"), as Excel writes it.
 */
function printAreaFor(area: string, fail: (detail: string) => never): string {
  const [from = "", to = from, ...rest] = area.replace(/\$/g, "").split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b || rest.length > 0 || b.row < a.row || b.col < a.col)
    fail(`print area "${area}" is not a range`);
  const absoluteRow = (address: string) =>
    address
      .trim()
      .toUpperCase()
      .replace(/(\d+)$/, "$$$1");
  return `${absoluteRow(from)}:${absoluteRow(to)}`;
}
