import { XlsxReadError } from "./errors";
import { decodeEntities, XmlCursor } from "./xml-scan";
import type { ZipArchive } from "./zip";

/** A relationship of a part: what it points to, resolved to a part name. */
export interface Relationship {
  readonly id: string;
  /** The last segment of the type URI ("worksheet", "sharedStrings", "officeDocument"). */
  readonly type: string;
  /** Part name inside the zip, without a leading "/"; null for an external target. */
  readonly target: string | null;
}

export interface SheetEntry {
  readonly name: string;
  /** The sheet's relationship id in the workbook ("rId1"). */
  readonly relId: string;
}

export interface WorkbookInfo {
  /** The workbook part's name ("xl/workbook.xml"). */
  readonly part: string;
  readonly date1904: boolean;
  /** Every sheet in tab order (worksheets, chart sheets, dialog sheets alike). */
  readonly sheets: readonly SheetEntry[];
  readonly rels: ReadonlyMap<string, Relationship>;
}

/** Cell formats (cellXfs) as the reader needs them: is the number a date, which font. */
export interface CellStyles {
  readonly isDate: readonly boolean[];
  readonly fontName: readonly (string | null)[];
  /** The font of the Normal style (the first font), shown in cells without a font of their own. */
  readonly defaultFont: string | null;
}

const decoder = new TextDecoder("utf-8");

/** A part's text; null when absent. UTF-8 (with or without a byte order mark), as OOXML requires. */
export function partText(zip: ZipArchive, name: string): string | null {
  const bytes = zip.read(name);
  return bytes === null ? null : decoder.decode(bytes);
}

/** The relationships part beside a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function readRelationships(zip: ZipArchive, sourcePart: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const relsPart = sourcePart === "" ? "_rels/.rels" : relsPartOf(sourcePart);
  const xml = partText(zip, relsPart);
  if (xml === null) return rels;
  const cursor = new XmlCursor(xml, relsPart);
  const base = sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1);
  while (cursor.next()) {
    if (cursor.closing || cursor.name !== "Relationship") continue;
    const id = cursor.attr("Id");
    const type = cursor.attr("Type") ?? "";
    const target = cursor.attr("Target");
    if (id === null || target === null) continue;
    const external = cursor.attr("TargetMode") === "External";
    rels.set(id, {
      id,
      type: type.slice(type.lastIndexOf("/") + 1),
      target: external ? null : resolveTarget(base, target),
    });
  }
  return rels;
}

/** A relationship target relative to the source part's folder, or absolute ("/xl/…"). */
export function resolveTarget(base: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : base + target;
  const parts: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

/** Finds the workbook part through the package's relationships, and reads its sheet list. */
export function readWorkbookInfo(zip: ZipArchive): WorkbookInfo | null {
  const root = readRelationships(zip, "");
  let part: string | null = null;
  for (const rel of root.values()) if (rel.type === "officeDocument" && rel.target) part = rel.target;
  if (part === null || !zip.entry(part)) part = zip.entry("xl/workbook.xml") ? "xl/workbook.xml" : null;
  if (part === null) return null;
  const xml = partText(zip, part) ?? "";
  const cursor = new XmlCursor(xml, part);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let sawWorkbook = false;
  while (cursor.next()) {
    if (cursor.closing) continue;
    switch (cursor.name) {
      case "workbook":
        sawWorkbook = true;
        break;
      case "workbookPr": {
        const flag = cursor.attr("date1904");
        date1904 = flag === "1" || flag === "true";
        break;
      }
      case "sheet": {
        const relId = cursor.prefixedAttr("id");
        sheets.push({ name: cursor.attr("name") ?? "", relId: relId ?? "" });
        break;
      }
    }
  }
  if (!sawWorkbook) throw new XlsxReadError("corrupt", `${part} is not a workbook`);
  return { part, date1904, sheets, rels: readRelationships(zip, part) };
}

/** Number format ids Excel has built in that show dates or times (as ExcelJS counts them). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58, 59, 60, 61, 62, 67, 68, 69, 70, 81,
]);

/** A number format shows a date when, outside quotes and brackets, it has a date or time letter. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

export function readStyles(zip: ZipArchive, part: string | null): CellStyles {
  const xml = part ? partText(zip, part) : null;
  if (xml === null) return { isDate: [], fontName: [], defaultFont: null };
  const cursor = new XmlCursor(xml, part ?? "styles");
  const formats = new Map<number, string>();
  const fonts: (string | null)[] = [];
  const isDate: boolean[] = [];
  const fontName: (string | null)[] = [];
  let section = "";
  let inFont = false;
  while (cursor.next()) {
    const name = cursor.name;
    if (cursor.closing) {
      if (name === section) section = "";
      else if (name === "font") inFont = false;
      continue;
    }
    switch (name) {
      case "numFmts":
      case "fonts":
      case "cellXfs":
        if (!cursor.selfClosing) section = name;
        break;
      case "numFmt":
        if (section === "numFmts") {
          const id = parseInt(cursor.attr("numFmtId") ?? "", 10);
          if (!Number.isNaN(id)) formats.set(id, cursor.attr("formatCode") ?? "");
        }
        break;
      case "font":
        if (section === "fonts") {
          fonts.push(null);
          inFont = !cursor.selfClosing;
        }
        break;
      case "name":
        if (section === "fonts" && inFont) {
          const value = cursor.attr("val");
          fonts[fonts.length - 1] = value !== null && value.trim() !== "" ? value : null;
        }
        break;
      case "xf":
        if (section === "cellXfs") {
          const formatId = parseInt(cursor.attr("numFmtId") ?? "0", 10) || 0;
          const custom = formats.get(formatId);
          isDate.push(
            formatId !== 0 &&
              (custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATE_FORMATS.has(formatId)),
          );
          const fontAttr = cursor.attr("fontId");
          const fontId = fontAttr === null ? NaN : parseInt(fontAttr, 10);
          fontName.push(Number.isNaN(fontId) ? null : (fonts[fontId] ?? null));
        }
        break;
    }
  }
  const defaultFont = fonts[0] ?? null;
  return {
    isDate,
    // A format without a font of its own, or whose font has no name, shows the default font.
    fontName: fontName.map((font) => font ?? defaultFont),
    defaultFont,
  };
}

export function readSharedStrings(zip: ZipArchive, part: string | null): string[] {
  const xml = part ? partText(zip, part) : null;
  if (xml === null) return [];
  const cursor = new XmlCursor(xml, part ?? "sharedStrings");
  const strings: string[] = [];
  let text = "";
  let phonetic = false;
  while (cursor.next()) {
    switch (cursor.name) {
      case "sst":
        if (!cursor.closing && !cursor.selfClosing) cursor.seek(plainStrings(xml, cursor.position, strings));
        break;
      case "si":
        if (cursor.closing) strings.push(text);
        else if (cursor.selfClosing) strings.push("");
        text = "";
        if (cursor.closing && !phonetic) cursor.seek(plainStrings(xml, cursor.position, strings));
        break;
      case "rPh":
        if (!cursor.selfClosing) phonetic = !cursor.closing;
        break;
      case "t":
        if (cursor.closing && !phonetic) text += cursor.text();
        break;
    }
  }
  return strings;
}

/**
 * The hot path of the shared strings: from `pos` (between two tags), the plain items
 * (`<si><t>…</t></si>`, <t> plain or with xml:space="preserve") pushed as they are, up to the first
 * item that is anything else (rich text, phonetic runs, a prefix, spaces inside), whose position
 * is returned for the general scanner above to read, with the same result.
 */
const PRESERVE = ' xml:space="preserve">';

function plainStrings(xml: string, pos: number, strings: string[]): number {
  let i = pos;
  for (;;) {
    while (i < xml.length && xml.charCodeAt(i) <= 32) i++;
    if (!xml.startsWith("<si><t", i)) return i;
    let textStart = i + 6;
    const after = xml.charCodeAt(textStart);
    if (xml.startsWith(PRESERVE, textStart)) textStart += PRESERVE.length;
    else if (after === 62 /* > */) textStart++;
    else return i;
    const textEnd = xml.indexOf("<", textStart);
    if (textEnd < 0 || !xml.startsWith("</t></si>", textEnd)) return i;
    strings.push(decodeEntities(xml.slice(textStart, textEnd)));
    i = textEnd + 9;
  }
}
