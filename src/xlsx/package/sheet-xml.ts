import { columnLetter, parseA1 } from "../../core";
import type { PageSetup, SheetSpec, SpecCell, SpecMerge } from "../../core";
import { XlsxWriteError } from "../errors";
import { LINK_COLOR, type CellLook, type StyleBook } from "./styles";
import { escapeAttr, escapeText } from "./xml";

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;
/** Excel's limit on the text of one cell. */
export const MAX_TEXT_LENGTH = 32767;
const MAX_COLUMN_WIDTH = 255;
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Paper size code of A4 in SpreadsheetML. */
const PAPER_A4 = 9;
const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A sheet ready to go into the package, and what workbook.xml must say about it. */
export interface SheetPart {
  /** The worksheet XML, with `s="…"` indices relative to our first cell format (see resolveStyles). */
  xml: string;
  /** Workbook-level names for this sheet: print area and print titles, as formulas. */
  printArea: string | null;
  printTitles: string | null;
}

/** Marks the style index in a sheet's XML until the workbook index of our first format is known. */
const STYLE_MARK = "\u0001s";

/**
 * Writes a complete spec as worksheet XML, checking it first: anything that cannot be written
 * throws XlsxWriteError("invalid-spec") before the package is touched.
 */
export function sheetXml(spec: SheetSpec, styles: StyleBook, sheetName: string): SheetPart {
  const fail = (detail: string): never => {
    throw new XlsxWriteError("invalid-spec", spec.name, detail);
  };
  checkMerges(spec.merges, fail);
  const heights = new Map<number, number>();
  for (const { row, points } of spec.rowHeights ?? []) {
    if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS || !(points > 0 && points <= 409))
      fail(`row ${row + 1} has height ${points}`);
    heights.set(row, points);
  }
  const rows: string[] = [];
  const links: string[] = [];
  let lastRow = 0;
  let lastCol = 0;
  const rowCount = Math.max(spec.cells.length, ...[...heights.keys()].map((r) => r + 1));
  if (rowCount > MAX_ROWS) fail(`row ${rowCount} is beyond the last row of a sheet`);
  const covered = coveredCells(spec);
  for (let r = 0; r < rowCount; r++) {
    const line = withCovered(spec.cells[r] ?? [], covered.get(r));
    const cells: string[] = [];
    line.forEach((cell, c) => {
      if (!cell) return;
      if (c >= MAX_COLUMNS) fail(`column ${c + 1} is beyond the last column of a sheet`);
      const address = `${columnLetter(c)}${r + 1}`;
      const { xml, link } = cellXml(cell, spec.font, address, styles, fail);
      cells.push(xml);
      if (link !== null) {
        const display = cell.value === null ? "" : String(cell.value);
        links.push(
          `<hyperlink ref="${address}" location="${escapeAttr(link)}" display="${escapeAttr(display)}"/>`,
        );
      }
      lastCol = Math.max(lastCol, c);
      lastRow = r;
    });
    const height = heights.get(r);
    if (cells.length === 0 && height === undefined) continue;
    const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : "";
    rows.push(`<row r="${r + 1}"${ht}>${cells.join("")}</row>`);
  }

  const parts: string[] = [];
  parts.push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
  parts.push(`<worksheet ${NS}>`);
  if (spec.page.fitToWidth) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="A1:${columnLetter(lastCol)}${lastRow + 1}"/>`);
  parts.push(`<sheetViews><sheetView workbookViewId="0">${paneXml(spec, fail)}</sheetView></sheetViews>`);
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  parts.push(colsXml(spec, fail));
  parts.push(`<sheetData>${rows.join("")}</sheetData>`);
  if (spec.merges.length) {
    const refs = spec.merges.map(
      (m) => `<mergeCell ref="${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}"/>`,
    );
    parts.push(`<mergeCells count="${refs.length}">${refs.join("")}</mergeCells>`);
  }
  if (links.length) parts.push(`<hyperlinks>${links.join("")}</hyperlinks>`);
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  parts.push(pageSetupXml(spec.page, fail));
  parts.push("</worksheet>");
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  return {
    xml: parts.join(""),
    printArea:
      spec.page.printArea !== undefined ? `${quoted}!${absoluteRange(spec.page.printArea, fail)}` : null,
    printTitles: printTitles(spec.page, quoted, fail),
  };
}

/**
 * The cells a merged area covers besides its first one, each with the first cell's look and no
 * value: Excel draws a merged area's borders and fonts from every cell in it, and a reader that
 * asks a covered cell for its font should get the area's.
 */
function coveredCells(spec: SheetSpec): Map<number, Map<number, SpecCell>> {
  const covered = new Map<number, Map<number, SpecCell>>();
  for (const m of spec.merges) {
    const first = spec.cells[m.top]?.[m.left];
    if (!first) continue;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the value and link stay with the first cell
    const { value, link, ...look } = first;
    for (let r = m.top; r <= m.bottom; r++) {
      const row = covered.get(r) ?? new Map<number, SpecCell>();
      for (let c = m.left; c <= m.right; c++)
        if ((r !== m.top || c !== m.left) && !spec.cells[r]?.[c]) row.set(c, { ...look, value: null });
      covered.set(r, row);
    }
  }
  return covered;
}

function withCovered(
  line: readonly (SpecCell | null | undefined)[],
  covered: Map<number, SpecCell> | undefined,
): readonly (SpecCell | null | undefined)[] {
  if (!covered || covered.size === 0) return line;
  const filled = [...line];
  for (const [c, cell] of covered) filled[c] = cell;
  return filled;
}

/** Replaces the style marks by workbook indices once styles.xml has been merged. */
export function resolveStyles(xml: string, base: number): string {
  // eslint-disable-next-line no-control-regex -- the mark is a control character so no text can hold it (text is escaped)
  return xml.replace(/\u0001s(\d+)/g, (_, i: string) => String(base + Number(i)));
}

function cellXml(
  spec: SpecCell,
  sheetFont: SheetSpec["font"],
  address: string,
  styles: StyleBook,
  fail: (detail: string) => never,
): { xml: string; link: string | null } {
  const { value } = spec;
  const type = typeof value;
  if (value !== null && type !== "string" && type !== "number" && type !== "boolean")
    fail(`${address} holds a ${type === "object" ? "non-scalar" : type} value`);
  if (typeof value === "number" && !Number.isFinite(value)) fail(`${address} holds the number ${value}`);
  if (typeof value === "string" && value.length > MAX_TEXT_LENGTH)
    fail(`${address} holds more than ${MAX_TEXT_LENGTH} characters`);
  const link = spec.link === undefined ? null : linkTarget(spec.link, address, fail);
  const isText = typeof value === "string" || link !== null;
  const look: CellLook = {};
  // Text always gets "@" so that a name such as "=SUM(A1)" stays text when a user edits it later;
  // the value itself is an inline string, never a formula.
  const numFmt = isText ? "@" : spec.numberFormat;
  if (numFmt !== undefined) look.numFmt = numFmt;
  // Every cell names the sheet's font: a bold cell without a name would print in the default font.
  if (sheetFont) {
    look.fontName = sheetFont.name;
    look.size = sheetFont.size;
  }
  if (spec.bold) look.bold = true;
  if (spec.italic) look.italic = true;
  if (spec.fontSize !== undefined) {
    if (!Number.isFinite(spec.fontSize) || spec.fontSize < 1 || spec.fontSize > 409)
      fail(`${address} has font size ${spec.fontSize}`);
    look.size = spec.fontSize;
  }
  if (spec.fontColor !== undefined) look.color = argb(spec.fontColor, address, fail);
  else if (link !== null) look.color = LINK_COLOR;
  if (link !== null) look.underline = true;
  if (spec.fill !== undefined) look.fill = argb(spec.fill, address, fail);
  if (spec.border) look.border = true;
  if (spec.horizontal) look.horizontal = spec.horizontal;
  if (spec.vertical) look.vertical = spec.vertical;
  if (spec.wrap) look.wrap = true;
  const s = `${STYLE_MARK}${styles.register(look)}`;
  const text = link !== null && value === null ? "" : value;
  let xml: string;
  if (text === null) xml = `<c r="${address}" s="${s}"/>`;
  else if (typeof text === "number") xml = `<c r="${address}" s="${s}"><v>${String(text)}</v></c>`;
  else if (typeof text === "boolean") xml = `<c r="${address}" s="${s}" t="b"><v>${text ? 1 : 0}</v></c>`;
  else {
    const str = String(text);
    const space = /^\s|\s$|\n/.test(str) ? ' xml:space="preserve"' : "";
    xml = `<c r="${address}" s="${s}" t="inlineStr"><is><t${space}>${escapeText(str)}</t></is></c>`;
  }
  return { xml, link };
}

/** "'Sheet name'!H29" (a leading "#" is accepted too). */
function linkTarget(link: string, address: string, fail: (detail: string) => never): string {
  const target = link.startsWith("#") ? link.slice(1) : link;
  const bang = target.lastIndexOf("!");
  if (bang <= 0 || !parseA1(target.slice(bang + 1).split(":")[0] ?? ""))
    fail(`${address} links to "${link}", which is not a cell address such as 'Sheet'!H29`);
  return target;
}

/** "#D9E1F2", "D9E1F2" or "FFD9E1F2" → "FFD9E1F2". */
function argb(color: string, address: string, fail: (detail: string) => never): string {
  const hex = color.startsWith("#") ? color.slice(1) : color;
  if (/^[0-9a-fA-F]{6}$/.test(hex)) return `FF${hex.toUpperCase()}`;
  if (/^[0-9a-fA-F]{8}$/.test(hex)) return hex.toUpperCase();
  return fail(`${address} has the colour "${color}", not a hex colour such as #D9E1F2`);
}

function checkMerges(merges: readonly SpecMerge[], fail: (detail: string) => never): void {
  // Sorted by top row, so that only merges whose rows can meet are compared (near-linear).
  const order = merges.map((m, i) => ({ m, i }));
  merges.forEach((m, i) => {
    const parts = [m.top, m.left, m.bottom, m.right];
    const label = `merge ${i + 1} (${parts.join(", ")})`;
    if (!parts.every((n) => Number.isInteger(n) && n >= 0))
      fail(`${label} has a position that is not a row or column`);
    if (m.bottom < m.top || m.right < m.left) fail(`${label} ends before it starts`);
    if (m.top === m.bottom && m.left === m.right) fail(`${label} covers a single cell`);
    if (m.bottom >= MAX_ROWS || m.right >= MAX_COLUMNS) fail(`${label} goes beyond the sheet`);
  });
  order.sort((a, b) => a.m.top - b.m.top);
  const open: { m: SpecMerge; i: number }[] = [];
  for (const current of order) {
    for (let k = open.length - 1; k >= 0; k--) if (open[k].m.bottom < current.m.top) open.splice(k, 1);
    for (const other of open) {
      const apart = current.m.right < other.m.left || other.m.right < current.m.left;
      if (!apart) {
        const [a, b] = current.i > other.i ? [current, other] : [other, current];
        const m = a.m;
        fail(`merge ${a.i + 1} (${[m.top, m.left, m.bottom, m.right].join(", ")}) overlaps merge ${b.i + 1}`);
      }
    }
    open.push(current);
  }
}

function paneXml(spec: SheetSpec, fail: (detail: string) => never): string {
  if (spec.freezeRows === undefined) return "";
  const header = spec.freezeRows;
  if (!Number.isInteger(header) || header < 0 || header >= MAX_ROWS - 1)
    fail(`cannot freeze below row ${header + 1}`);
  // freezeRows is the 0-based header row: the rows up to and including it stay in view.
  return (
    `<pane ySplit="${header + 1}" topLeftCell="A${header + 2}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A${header + 2}" sqref="A${header + 2}"/>`
  );
}

function colsXml(spec: SheetSpec, fail: (detail: string) => never): string {
  const hidden = new Set<number>();
  for (const c of spec.hiddenColumns) {
    if (!Number.isInteger(c) || c < 0 || c >= MAX_COLUMNS) fail(`hidden column ${c} does not exist`);
    hidden.add(c);
  }
  const count = Math.max(spec.columnWidths.length, ...[...hidden].map((c) => c + 1), 0);
  const cols: string[] = [];
  for (let c = 0; c < count; c++) {
    const width = spec.columnWidths[c];
    if (width !== undefined && (!Number.isFinite(width) || width < 0 || width > MAX_COLUMN_WIDTH))
      fail(`column ${c + 1} has width ${width}`);
    if (width === undefined && !hidden.has(c)) continue;
    const w = width ?? DEFAULT_COLUMN_WIDTH;
    cols.push(
      `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"${hidden.has(c) ? ' hidden="1"' : ""}/>`,
    );
  }
  return cols.length ? `<cols>${cols.join("")}</cols>` : "";
}

function pageSetupXml(page: PageSetup, fail: (detail: string) => never): string {
  if (page.paperSize !== "A4") fail(`paper size ${String(page.paperSize)} is not supported`);
  if (page.orientation !== "portrait" && page.orientation !== "landscape")
    fail(`orientation ${String(page.orientation)} is not supported`);
  // One page wide, as many pages tall as needed unless the spec says how many.
  const fit = page.fitToWidth ? ` fitToWidth="1" fitToHeight="${page.fitToHeight ?? 0}"` : "";
  return `<pageSetup paperSize="${PAPER_A4}" orientation="${page.orientation}"${fit}/>`;
}

function printTitles(page: PageSetup, quoted: string, fail: (detail: string) => never): string | null {
  if (page.printTitleRows === undefined) return null;
  const [first, last] = page.printTitleRows;
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < 1 || last < first)
    fail(`print title rows ${first}:${last} are not rows`);
  return `${quoted}!$${first}:$${last}`;
}

/** "A1:H20" → "$A$1:$H$20", as Excel writes a print area. */
function absoluteRange(area: string, fail: (detail: string) => never): string {
  const [from = "", to = from, ...rest] = area.replace(/\$/g, "").split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b || rest.length > 0 || b.row < a.row || b.col < a.col)
    fail(`print area "${area}" is not a range`);
  const abs = (address: string) =>
    address
      .trim()
      .toUpperCase()
      .replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `${abs(from)}:${abs(to)}`;
}
