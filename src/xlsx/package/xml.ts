/**
 * Small, exact XML helpers for editing package parts in place: we only ever insert or replace
 * whole elements we recognise, so every byte we do not touch stays as the file had it.
 */

/** Characters XML 1.0 cannot carry at all (C0 controls but tab, LF, CR; U+FFFE, U+FFFF; lone surrogates). */
const INVALID_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text content. SpreadsheetML writes a character XML cannot hold as "_xHHHH_" (ST_Xstring), and a
 * literal "_xHHHH_" in the text as "_x005F_xHHHH_", as Excel does.
 */
export function escapeText(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    .replace(INVALID_XML_CHAR, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}

/** Undoes the five predefined entities and numeric references (attribute values as written). */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    if (ref === "amp") return "&";
    if (ref === "lt") return "<";
    if (ref === "gt") return ">";
    if (ref === "quot") return '"';
    if (ref === "apos") return "'";
    const code = ref.startsWith("#x") ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

/** Attributes of one start tag, values as written (still escaped). */
export function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    attrs.set(match[1], match[2] ?? match[3] ?? "");
  return attrs;
}

/** The namespace prefix of the root element ("" or "x:"), so inserted elements match the part's own. */
export function rootPrefix(xml: string, localName: string): string {
  const match = new RegExp(`<([A-Za-z_][\\w.-]*:)?${localName}[\\s>]`).exec(xml);
  return match?.[1] ?? "";
}

/** Escapes a text for use inside a RegExp. */
export function regexEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Where one element of a part sits: the whole element (`start`..`end`), and where its content
 * starts and ends; null when absent. Handles `<x/>` (empty, content at its end) and the
 * prefixed spelling. Only for elements that do not nest inside themselves.
 */
export interface ElementSpan {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  selfClosing: boolean;
  openTag: string;
}

export function findElement(xml: string, qualifiedName: string, from = 0): ElementSpan | null {
  const open = new RegExp(`<${regexEscape(qualifiedName)}(?=[\\s/>])[^>]*>`, "g");
  open.lastIndex = from;
  const match = open.exec(xml);
  if (!match) return null;
  const start = match.index;
  const openTag = match[0];
  if (openTag.endsWith("/>")) {
    const end = start + openTag.length;
    return { start, end, contentStart: end, contentEnd: end, selfClosing: true, openTag };
  }
  const close = `</${qualifiedName}>`;
  const contentStart = start + openTag.length;
  const closeAt = xml.indexOf(close, contentStart);
  if (closeAt < 0) return null;
  return {
    start,
    end: closeAt + close.length,
    contentStart,
    contentEnd: closeAt,
    selfClosing: false,
    openTag,
  };
}

/** The start tags of the direct children named `qualifiedName` inside a content range. */
export function childTags(xml: string, span: ElementSpan, qualifiedName: string): string[] {
  const content = xml.slice(span.contentStart, span.contentEnd);
  return content.match(new RegExp(`<${regexEscape(qualifiedName)}(?=[\\s/>])[^>]*>`, "g")) ?? [];
}
