import { XlsxReadError } from "./errors";

/**
 * A forward-only scanner over the XML of a workbook part: element tags one at a time, their
 * attributes read on request, the text before a tag decoded on request. Spreadsheet parts are
 * flat and regular, so this is all the reader needs, at a fraction of a DOM's or a general SAX
 * parser's cost. Namespace prefixes are dropped from element names ("x:c" is "c").
 *
 * Safety: a document type declaration (`<!DOCTYPE`, `<!ENTITY`) is refused: no spreadsheet
 * writes one, and it is how entity expansion ("billion laughs") attacks start. Only the five
 * predefined entities and character references are decoded.
 */
export class XmlCursor {
  /** Local name of the current tag. */
  name = "";
  /** `</name>` */
  closing = false;
  /** `<name/>` */
  selfClosing = false;
  private pos: number;
  private textStart: number;
  private tagStart = 0;
  private attrStart = 0;
  private attrEnd = 0;

  constructor(
    private readonly xml: string,
    private readonly part: string,
    start = 0,
  ) {
    this.pos = start;
    this.textStart = start;
  }

  /** Just past the current tag: where a faster scanner of the same text may take over. */
  get position(): number {
    return this.pos;
  }

  /** Goes on from `pos` (between two tags), where a faster scanner stopped. */
  seek(pos: number): void {
    this.pos = pos;
  }

  /** Moves to the next element tag; false at the end of the part. */
  next(): boolean {
    const s = this.xml;
    this.textStart = this.pos;
    for (;;) {
      const lt = s.indexOf("<", this.pos);
      if (lt < 0) {
        this.pos = s.length;
        return false;
      }
      const c = s.charCodeAt(lt + 1);
      if (c === 33 /* ! */) {
        this.pos = this.skipDeclaration(lt);
        continue;
      }
      if (c === 63 /* ? */) {
        const end = s.indexOf("?>", lt + 2);
        if (end < 0) throw this.damaged("an unterminated processing instruction");
        this.pos = end + 2;
        continue;
      }
      this.tagStart = lt;
      let i = lt + 1;
      this.closing = c === 47; /* / */
      if (this.closing) i++;
      const nameStart = i;
      let localStart = i;
      const length = s.length;
      for (; i < length; i++) {
        const ch = s.charCodeAt(i);
        if (ch === 58 /* : */) localStart = i + 1;
        else if (ch <= 32 || ch === 47 || ch === 62) break;
      }
      if (i === nameStart) throw this.damaged("a tag without a name");
      this.name = s.slice(localStart, i);
      this.attrStart = i;
      let quote = 0;
      for (; i < length; i++) {
        const ch = s.charCodeAt(i);
        if (quote !== 0) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62 /* > */) break;
      }
      if (i >= length) throw this.damaged("an unterminated tag");
      this.selfClosing = s.charCodeAt(i - 1) === 47;
      this.attrEnd = this.selfClosing ? i - 1 : i;
      this.pos = i + 1;
      return true;
    }
  }

  /** The value of an attribute by its full name ("r", "r:id"), decoded; null when absent. */
  attr(wanted: string): string | null {
    return this.findAttr(wanted, false);
  }

  /**
   * The r, s and t attributes of a cell tag in one pass (the hot path of a sheet), into `into`;
   * entity references cannot occur in their values, so none are decoded.
   */
  cellAttributes(into: { r: string | null; s: string | null; t: string | null }): void {
    into.r = null;
    into.s = null;
    into.t = null;
    const s = this.xml;
    const end = this.attrEnd;
    let i = this.attrStart;
    while (i < end) {
      const ch = s.charCodeAt(i);
      if (ch <= 32) {
        i++;
        continue;
      }
      const nameStart = i;
      while (i < end && s.charCodeAt(i) !== 61) i++;
      const nameLength = i - nameStart;
      i++;
      while (i < end && s.charCodeAt(i) <= 32) i++;
      const quote = s.charCodeAt(i);
      if (quote !== 34 && quote !== 39) return;
      const valueEnd = s.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (valueEnd < 0 || valueEnd > end) return;
      if (nameLength === 1) {
        const name = s.charCodeAt(nameStart);
        if (name === 114 /* r */) into.r = s.slice(i + 1, valueEnd);
        else if (name === 115 /* s */) into.s = s.slice(i + 1, valueEnd);
        else if (name === 116 /* t */) into.t = s.slice(i + 1, valueEnd);
      }
      i = valueEnd + 1;
    }
  }

  /** The value of a namespaced attribute by its local name, whatever its prefix ("r:id", "ns2:id"). */
  prefixedAttr(local: string): string | null {
    return this.findAttr(local, true);
  }

  /** The text between the previous tag and the current one, decoded. */
  text(): string {
    const raw = this.xml.slice(this.textStart, this.tagStart);
    return raw.indexOf("<") >= 0 ? decodeMixed(raw) : decodeEntities(raw);
  }

  private findAttr(wanted: string, prefixed: boolean): string | null {
    const s = this.xml;
    const end = this.attrEnd;
    let i = this.attrStart;
    while (i < end) {
      const ch = s.charCodeAt(i);
      if (ch <= 32) {
        i++;
        continue;
      }
      const nameStart = i;
      while (i < end) {
        const c = s.charCodeAt(i);
        if (c === 61 /* = */ || c <= 32) break;
        i++;
      }
      const nameEnd = i;
      while (i < end && s.charCodeAt(i) !== 61) i++;
      i++;
      while (i < end && s.charCodeAt(i) <= 32) i++;
      const quote = s.charCodeAt(i);
      if (quote !== 34 && quote !== 39) return null;
      const valueEnd = s.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (valueEnd < 0 || valueEnd > end) return null;
      if (matches(s, nameStart, nameEnd, wanted, prefixed)) return decodeEntities(s.slice(i + 1, valueEnd));
      i = valueEnd + 1;
    }
    return null;
  }

  private skipDeclaration(lt: number): number {
    const s = this.xml;
    if (s.startsWith("<!--", lt)) {
      const end = s.indexOf("-->", lt + 4);
      if (end < 0) throw this.damaged("an unterminated comment");
      return end + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) throw this.damaged("an unterminated CDATA section");
      return end + 3;
    }
    throw new XlsxReadError("unsafe", `${this.part} holds a document type declaration`);
  }

  private damaged(what: string): XlsxReadError {
    return new XlsxReadError("corrupt", `${this.part}: ${what}`);
  }
}

function matches(s: string, start: number, end: number, wanted: string, prefixed: boolean): boolean {
  if (!prefixed) return end - start === wanted.length && s.startsWith(wanted, start);
  const localStart = end - wanted.length;
  return localStart > start && s.charCodeAt(localStart - 1) === 58 && s.startsWith(wanted, localStart);
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, name: string) => {
    if (name.charCodeAt(0) !== 35) return NAMED[name] ?? whole;
    const code = name.charCodeAt(1) === 120 ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Text holding CDATA sections or comments: CDATA is kept as is, comments dropped. */
export function decodeMixed(raw: string): string {
  let out = "";
  let i = 0;
  while (i < raw.length) {
    const lt = raw.indexOf("<", i);
    if (lt < 0) {
      out += decodeEntities(raw.slice(i));
      break;
    }
    out += decodeEntities(raw.slice(i, lt));
    if (raw.startsWith("<![CDATA[", lt)) {
      const end = raw.indexOf("]]>", lt + 9);
      out += raw.slice(lt + 9, end);
      i = end + 3;
    } else {
      const end = raw.indexOf(raw.startsWith("<!--", lt) ? "-->" : "?>", lt);
      i = end + (raw.startsWith("<!--", lt) ? 3 : 2);
    }
  }
  return out;
}
