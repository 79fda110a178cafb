import type { SpecCell } from "../../core";
import {
  attributes,
  childTags,
  escapeAttr,
  findElement,
  rootPrefix,
  unescapeXml,
  type ElementSpan,
} from "./xml";

/** Excel's built-in number formats we use (ECMA-376 §18.8.30); any other gets an id from 164 up. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;
/** Legacy Vietnamese fonts (TCVN3, VNI) would garble the Unicode text we write. */
const LEGACY_FONT = /^(\.vn|vni[-_ ])/i;
const FALLBACK_FONT = { name: "Times New Roman", size: 12 };
const LINK_COLOR = "FF0563C1";

/** How one cell of ours looks; equal looks share one cell format. */
export interface CellLook {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** The font's name where the sheet names one (a printed report in one font); else the workbook's. */
  fontName?: string;
  size?: number;
  color?: string;
  fill?: string;
  border?: boolean;
  horizontal?: SpecCell["horizontal"];
  vertical?: SpecCell["vertical"];
  wrap?: boolean;
}

export { LINK_COLOR };

/**
 * The cell formats of the sheets being written. They are appended to the workbook's own
 * styles.xml (fonts, fills, borders, number formats, cell formats after the existing ones), so
 * every existing index keeps pointing where it did; nothing already there is changed.
 */
export class StyleBook {
  private readonly looks = new Map<string, number>();
  private readonly list: CellLook[] = [];

  /** The index among our new cell formats (turned into a workbook index by `merge`). */
  register(look: CellLook): number {
    const key = JSON.stringify(look);
    let index = this.looks.get(key);
    if (index === undefined) {
      index = this.list.length;
      this.list.push(look);
      this.looks.set(key, index);
    }
    return index;
  }

  get size(): number {
    return this.list.length;
  }

  /**
   * styles.xml with our formats appended (a minimal one when the workbook has none), and the
   * workbook index of our first cell format: ours are `base + register(...)`.
   */
  merge(stylesXml: string | null): { xml: string; base: number } {
    let xml = stylesXml ?? BLANK_STYLES;
    const p = rootPrefix(xml, "styleSheet");
    xml = withDefaults(xml, p);
    const font = baseFont(xml, p);

    const numFmtIds = new Map<string, number>();
    const existingFormats = sectionOf(xml, `${p}numFmts`);
    let nextFormat = FIRST_CUSTOM_FORMAT;
    if (existingFormats)
      for (const tag of childTags(xml, existingFormats, `${p}numFmt`)) {
        const id = Number(attributes(tag).get("numFmtId"));
        if (Number.isInteger(id)) nextFormat = Math.max(nextFormat, id + 1);
      }
    const formatXml: string[] = [];
    for (const look of this.list) {
      const code = look.numFmt;
      if (code === undefined || code in BUILT_IN_FORMATS || numFmtIds.has(code)) continue;
      numFmtIds.set(code, nextFormat);
      formatXml.push(`<${p}numFmt numFmtId="${nextFormat}" formatCode="${escapeAttr(code)}"/>`);
      nextFormat++;
    }

    const fonts = new Pool();
    const fills = new Pool();
    const borders = new Pool();
    const xfs: string[] = [];
    const fontsBase = countChildren(xml, p, "fonts", "font");
    const fillsBase = countChildren(xml, p, "fills", "fill");
    const bordersBase = countChildren(xml, p, "borders", "border");
    const hasStyleXf = countChildren(xml, p, "cellStyleXfs", "xf") > 0;
    for (const look of this.list) {
      const fontId = fontsBase + fonts.add(fontXml(p, look, font));
      const fillId = look.fill ? fillsBase + fills.add(fillXml(p, look.fill)) : 0;
      const borderId = look.border ? bordersBase + borders.add(borderXml(p)) : 0;
      const numFmtId =
        look.numFmt === undefined ? 0 : (BUILT_IN_FORMATS[look.numFmt] ?? numFmtIds.get(look.numFmt) ?? 0);
      const align = alignmentXml(p, look);
      const attrs = [
        `numFmtId="${numFmtId}"`,
        `fontId="${fontId}"`,
        `fillId="${fillId}"`,
        `borderId="${borderId}"`,
        ...(hasStyleXf ? [`xfId="0"`] : []),
        `applyFont="1"`,
        ...(numFmtId ? [`applyNumberFormat="1"`] : []),
        ...(fillId ? [`applyFill="1"`] : []),
        ...(borderId ? [`applyBorder="1"`] : []),
        ...(align ? [`applyAlignment="1"`] : []),
      ];
      xfs.push(align ? `<${p}xf ${attrs.join(" ")}>${align}</${p}xf>` : `<${p}xf ${attrs.join(" ")}/>`);
    }
    const base = countChildren(xml, p, "cellXfs", "xf");

    // In schema order, each section created where missing (numFmts first, then fonts, fills, borders,
    // cellStyleXfs, cellXfs): appending to the later ones first keeps earlier offsets valid.
    xml = appendToSection(xml, p, "cellXfs", xfs, ["cellStyleXfs", "borders", "fills", "fonts", "numFmts"]);
    xml = appendToSection(xml, p, "borders", borders.items, ["fills", "fonts", "numFmts"]);
    xml = appendToSection(xml, p, "fills", fills.items, ["fonts", "numFmts"]);
    xml = appendToSection(xml, p, "fonts", fonts.items, ["numFmts"]);
    xml = appendToSection(xml, p, "numFmts", formatXml, []);
    return { xml, base };
  }
}

class Pool {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  add(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

interface BaseFont {
  name: string;
  size: number;
  family: string | null;
}

/** The workbook's Normal font (the first font), which our text is set in unless it is a legacy one. */
function baseFont(xml: string, p: string): BaseFont {
  const fonts = sectionOf(xml, `${p}fonts`);
  const first = fonts ? findElement(xml, `${p}font`, fonts.contentStart) : null;
  if (!first || first.start >= (fonts?.contentEnd ?? 0)) return { ...FALLBACK_FONT, family: null };
  const body = xml.slice(first.contentStart, first.contentEnd);
  const val = (name: string) => {
    const tag = new RegExp(`<${p}${name}\\b[^>]*>`).exec(body)?.[0];
    return tag ? attributes(tag).get("val") : undefined;
  };
  const name = unescapeXml(val("name") ?? "");
  const size = Number(val("sz"));
  if (!name || LEGACY_FONT.test(name)) return { ...FALLBACK_FONT, family: null };
  return { name, size: size > 0 && size <= 409 ? size : FALLBACK_FONT.size, family: val("family") ?? null };
}

function fontXml(p: string, look: CellLook, font: BaseFont): string {
  const parts: string[] = [];
  if (look.bold) parts.push(`<${p}b/>`);
  if (look.italic) parts.push(`<${p}i/>`);
  if (look.underline) parts.push(`<${p}u/>`);
  parts.push(`<${p}sz val="${look.size ?? font.size}"/>`);
  if (look.color) parts.push(`<${p}color rgb="${look.color}"/>`);
  parts.push(`<${p}name val="${escapeAttr(look.fontName ?? font.name)}"/>`);
  if (font.family && look.fontName === undefined)
    parts.push(`<${p}family val="${escapeAttr(font.family)}"/>`);
  return `<${p}font>${parts.join("")}</${p}font>`;
}

function fillXml(p: string, color: string): string {
  return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${color}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
}

function borderXml(p: string): string {
  const side = (name: string) => `<${p}${name} style="thin"><${p}color indexed="64"/></${p}${name}>`;
  return `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`;
}

function alignmentXml(p: string, look: CellLook): string {
  const attrs: string[] = [];
  if (look.horizontal) attrs.push(`horizontal="${look.horizontal}"`);
  if (look.vertical) attrs.push(`vertical="${look.vertical === "middle" ? "center" : look.vertical}"`);
  if (look.wrap) attrs.push(`wrapText="1"`);
  return attrs.length ? `<${p}alignment ${attrs.join(" ")}/>` : "";
}

/** Fills 0 and 1 are reserved by Excel, font 0 and border 0 are the defaults: a part lacking them gets them. */
function withDefaults(xml: string, p: string): string {
  if (countChildren(xml, p, "fills", "fill") === 0)
    xml = appendToSection(
      xml,
      p,
      "fills",
      [
        `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`,
        `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
      ],
      ["fonts", "numFmts"],
    );
  if (countChildren(xml, p, "borders", "border") === 0)
    xml = appendToSection(
      xml,
      p,
      "borders",
      [`<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`],
      ["fills", "fonts", "numFmts"],
    );
  if (countChildren(xml, p, "fonts", "font") === 0)
    xml = appendToSection(
      xml,
      p,
      "fonts",
      [`<${p}font><${p}sz val="${FALLBACK_FONT.size}"/><${p}name val="${FALLBACK_FONT.name}"/></${p}font>`],
      ["numFmts"],
    );
  return xml;
}

function sectionOf(xml: string, qualifiedName: string): ElementSpan | null {
  return findElement(xml, qualifiedName);
}

function countChildren(xml: string, p: string, section: string, child: string): number {
  const span = sectionOf(xml, `${p}${section}`);
  return span ? childTags(xml, span, `${p}${child}`).length : 0;
}

/**
 * Appends children to a section and sets its count; creates the section after the first of
 * `after` that exists (or right after the root's start tag) when the workbook has none.
 */
function appendToSection(xml: string, p: string, section: string, items: string[], after: string[]): string {
  if (items.length === 0) return xml;
  const span = sectionOf(xml, `${p}${section}`);
  if (span) {
    const count = childTags(xml, span, `${p}${CHILD[section] ?? section.slice(0, -1)}`).length + items.length;
    const openTag = setCount(span.openTag.replace(/\/>$/, ">"), count);
    const content = xml.slice(span.contentStart, span.contentEnd) + items.join("");
    return xml.slice(0, span.start) + openTag + content + `</${p}${section}>` + xml.slice(span.end);
  }
  let at = -1;
  for (const name of after) {
    const previous = sectionOf(xml, `${p}${name}`);
    if (previous) {
      at = previous.end;
      break;
    }
  }
  if (at < 0) {
    const root = new RegExp(`<${p}styleSheet\\b[^>]*>`).exec(xml);
    if (!root) throw new Error("styles.xml has no styleSheet element");
    at = root.index + root[0].length;
  }
  const element = `<${p}${section} count="${items.length}">${items.join("")}</${p}${section}>`;
  return xml.slice(0, at) + element + xml.slice(at);
}

const CHILD: Record<string, string> = { numFmts: "numFmt", cellXfs: "xf", cellStyleXfs: "xf" };

function setCount(openTag: string, count: number): string {
  if (/\scount\s*=\s*["'][^"']*["']/.test(openTag))
    return openTag.replace(/(\scount\s*=\s*)["'][^"']*["']/, `$1"${count}"`);
  return openTag.replace(/>$/, ` count="${count}">`);
}

/** A styles part for a package that has none: the two fills Excel reserves, one font, one border. */
export const BLANK_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";
