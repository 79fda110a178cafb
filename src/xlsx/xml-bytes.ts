import { XlsxReadError } from "./errors";
import { decodeEntities, decodeMixed } from "./xml-scan";

/**
 * Keeps a byte order mark where it stands: text is cut out of a part by slices (a part's leading
 * mark is skipped by its reader, as decoding the whole part would drop it).
 */
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
/** Shorter ASCII texts are built by hand: a decoder call costs more than a few characters. */
const SHORT_TEXT = 24;

/**
 * The text of the UTF-8 bytes `bytes[start, end)`, exactly as decoding the whole part and cutting
 * the same stretch out of it would give it, as long as the stretch starts and ends beside an ASCII
 * byte (a tag's '<' or '>', a quote): a decoder replaces a malformed sequence without swallowing
 * the ASCII byte after it, so no sequence runs across such a bound.
 */
export function textAt(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= SHORT_TEXT) {
    let text = "";
    for (let i = start; i < end; i++) {
      const code = bytes[i];
      if (code >= 128) return utf8.decode(bytes.subarray(start, end));
      text += String.fromCharCode(code);
    }
    return text;
  }
  return utf8.decode(bytes.subarray(start, end));
}

/** Where `sequence` (ASCII) starts in `bytes` from `from` on; -1 when it does not. */
export function indexOfAscii(bytes: Uint8Array, sequence: string, from: number): number {
  const first = sequence.charCodeAt(0);
  const last = bytes.length - sequence.length;
  for (let at = bytes.indexOf(first, from); at >= 0 && at <= last; at = bytes.indexOf(first, at + 1)) {
    if (startsWithAscii(bytes, sequence, at)) return at;
  }
  return -1;
}

export function startsWithAscii(bytes: Uint8Array, sequence: string, at: number): boolean {
  if (at + sequence.length > bytes.length) return false;
  for (let k = 0; k < sequence.length; k++) if (bytes[at + k] !== sequence.charCodeAt(k)) return false;
  return true;
}

/** The UTF-8 byte order mark's length at the start of `bytes` (3), or 0. */
export function byteOrderMark(bytes: Uint8Array): number {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/**
 * XmlCursor (xml-scan.ts) over a part's UTF-8 bytes instead of its decoded text: the same tags,
 * names, attribute values, texts and errors, in the same order, with positions that are byte
 * offsets. The sheet reader uses it so that a worksheet is never decoded as a whole: its fast
 * path reads plain cells from the bytes, and this cursor reads the rest, both in one position
 * space. Every byte the structure is made of ('<', '>', quotes, '=', ':', '/', white space) is
 * ASCII, and UTF-8 never uses an ASCII byte inside a longer sequence, so scanning the bytes finds
 * the same tags as scanning the text.
 *
 * Safety as XmlCursor: a document type declaration is refused, only the predefined entities
 * and character references are decoded.
 */
export class ByteXmlCursor {
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
    private readonly xml: Uint8Array,
    private readonly part: string,
    start = 0,
  ) {
    this.pos = start;
    this.textStart = start;
  }

  /** Just past the current tag: where a faster scanner of the same bytes may take over. */
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
    const length = s.length;
    this.textStart = this.pos;
    for (;;) {
      const lt = this.pos < length ? s.indexOf(60 /* < */, this.pos) : -1;
      if (lt < 0) {
        this.pos = length;
        return false;
      }
      const c = s[lt + 1];
      if (c === 33 /* ! */) {
        this.pos = this.skipDeclaration(lt);
        continue;
      }
      if (c === 63 /* ? */) {
        const end = indexOfAscii(s, "?>", lt + 2);
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
      for (; i < length; i++) {
        const ch = s[i];
        if (ch === 58 /* : */) localStart = i + 1;
        else if (ch <= 32 || ch === 47 || ch === 62) break;
      }
      if (i === nameStart) throw this.damaged("a tag without a name");
      this.name = textAt(s, localStart, i);
      this.attrStart = i;
      let quote = 0;
      for (; i < length; i++) {
        const ch = s[i];
        if (quote !== 0) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62 /* > */) break;
      }
      if (i >= length) throw this.damaged("an unterminated tag");
      this.selfClosing = s[i - 1] === 47;
      this.attrEnd = this.selfClosing ? i - 1 : i;
      this.pos = i + 1;
      return true;
    }
  }

  /** The value of an attribute by its full name ("r", "r:id"), decoded; null when absent. */
  attr(wanted: string): string | null {
    const s = this.xml;
    const end = this.attrEnd;
    let i = this.attrStart;
    while (i < end) {
      if (s[i] <= 32) {
        i++;
        continue;
      }
      const nameStart = i;
      while (i < end) {
        const c = s[i];
        if (c === 61 /* = */ || c <= 32) break;
        i++;
      }
      const nameEnd = i;
      while (i < end && s[i] !== 61) i++;
      i++;
      while (i < end && s[i] <= 32) i++;
      const quote = s[i];
      if (quote !== 34 && quote !== 39) return null;
      const valueEnd = s.indexOf(quote, i + 1);
      if (valueEnd < 0 || valueEnd > end) return null;
      if (nameEnd - nameStart === wanted.length && startsWithAscii(s, wanted, nameStart))
        return decodeEntities(textAt(s, i + 1, valueEnd));
      i = valueEnd + 1;
    }
    return null;
  }

  /**
   * The r, s and t attributes of a cell tag in one pass, into `into`; entity references cannot
   * occur in their values, so none are decoded (as XmlCursor.cellAttributes).
   */
  cellAttributes(into: { r: string | null; s: string | null; t: string | null }): void {
    into.r = null;
    into.s = null;
    into.t = null;
    const s = this.xml;
    const end = this.attrEnd;
    let i = this.attrStart;
    while (i < end) {
      if (s[i] <= 32) {
        i++;
        continue;
      }
      const nameStart = i;
      while (i < end && s[i] !== 61) i++;
      const nameLength = i - nameStart;
      i++;
      while (i < end && s[i] <= 32) i++;
      const quote = s[i];
      if (quote !== 34 && quote !== 39) return;
      const valueEnd = s.indexOf(quote, i + 1);
      if (valueEnd < 0 || valueEnd > end) return;
      if (nameLength === 1) {
        const name = s[nameStart];
        if (name === 114 /* r */) into.r = textAt(s, i + 1, valueEnd);
        else if (name === 115 /* s */) into.s = textAt(s, i + 1, valueEnd);
        else if (name === 116 /* t */) into.t = textAt(s, i + 1, valueEnd);
      }
      i = valueEnd + 1;
    }
  }

  /** The text between the previous tag and the current one, decoded. */
  text(): string {
    const raw = textAt(this.xml, this.textStart, this.tagStart);
    return raw.indexOf("<") >= 0 ? decodeMixed(raw) : decodeEntities(raw);
  }

  private skipDeclaration(lt: number): number {
    const s = this.xml;
    if (startsWithAscii(s, "<!--", lt)) {
      const end = indexOfAscii(s, "-->", lt + 4);
      if (end < 0) throw this.damaged("an unterminated comment");
      return end + 3;
    }
    if (startsWithAscii(s, "<![CDATA[", lt)) {
      const end = indexOfAscii(s, "]]>", lt + 9);
      if (end < 0) throw this.damaged("an unterminated CDATA section");
      return end + 3;
    }
    throw new XlsxReadError("unsafe", `${this.part} holds a document type declaration`);
  }

  private damaged(what: string): XlsxReadError {
    return new XlsxReadError("corrupt", `${this.part}: ${what}`);
  }
}
