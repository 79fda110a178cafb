import type { CellValue } from "../core/grid/types";
import { MAX_COL, MAX_ROW, readCellRef } from "./cell-ref";
import { plainDecimal } from "./decimal-bytes";
import type { SheetBuilder } from "./grid-builder";
import { cellValue, numberValue } from "./ooxml-cell";
import type { CellStyles } from "./ooxml-parts";
import { textAt } from "./xml-bytes";
import { decodeEntities } from "./xml-scan";

/** Digits that parse exactly as an integer (shared string indexes, style numbers). */
const MAX_FAST_DIGITS = 15;
/** The longest tag this path reads to its end ("</row>"), so that no read runs past the bytes. */
const TAIL = 8;

/** Where the scan of a sheet stands: the row and column of the last cell or row tag read. */
export interface CellRunState {
  row: number;
  col: number;
}

export interface CellRunContext {
  readonly strings: readonly string[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
  readonly builder: SheetBuilder;
}

/**
 * The hot path of a worksheet. From `pos` (between two tags), reads the plain cells that make up
 * nearly every sheet (`<c …/>`, `<c …><v>…</v></c>`, the same with a formula before the value,
 * `<c t="inlineStr"><is><t>…</t></is></c>`, rows opening and closing) straight from the
 * part's UTF-8 bytes: addresses, style numbers, types, shared string indexes and numbers are read
 * from the digits, and only a text value is decoded, by its own slice. No tag names, attribute
 * strings or cursor state are made. It stops at the first tag it does not handle (rich text, a
 * formula in an odd form, a namespace prefix, an address that is not one, anything unusual), before
 * changing anything for it, and returns that tag's position: the general scanner (ooxml-sheet.ts)
 * goes on from there with the same state, so the values read are the same either way; only the
 * cost differs.
 */
export function scanCellRun(
  xml: Uint8Array,
  pos: number,
  state: CellRunState,
  context: CellRunContext,
): number {
  const stop = xml.length - TAIL;
  let i = pos;
  for (;;) {
    while (i < stop && xml[i] <= 32) i++;
    if (i >= stop || xml[i] !== 60 /* < */) return i;
    const tagStart = i;
    const first = xml[i + 1];
    if (first === 99 /* c */ && isNameEnd(xml[i + 2])) {
      let next = commonCell(xml, i + 2, state, context);
      if (next < 0) next = cell(xml, i + 2, state, context);
      if (next < 0) return tagStart;
      i = next;
    } else if (first === 114 /* r */ && xml[i + 2] === 111 /* o */ && xml[i + 3] === 119 /* w */) {
      if (!isNameEnd(xml[i + 4])) return tagStart;
      const next = rowTag(xml, i + 4, state);
      if (next < 0) return tagStart;
      i = next;
    } else if (
      first === 47 /* / */ &&
      xml[i + 2] === 114 /* r */ &&
      xml[i + 3] === 111 /* o */ &&
      xml[i + 4] === 119 /* w */ &&
      xml[i + 5] === 62 /* > */
    )
      i += 6;
    else return tagStart;
  }
}

/** `</x>` at `at`, x a one-letter name. */
function closes(xml: Uint8Array, at: number, name: number): boolean {
  return xml[at] === 60 && xml[at + 1] === 47 && xml[at + 2] === name && xml[at + 3] === 62;
}

function isNameEnd(code: number): boolean {
  return code <= 32 || code === 47 /* / */ || code === 62; /* > */
}

/** Attribute values of the tag being read, as byte positions (no strings made). */
const found = { end: 0, selfClosing: false, r0: -1, r1: -1, s0: -1, s1: -1, t0: -1, t1: -1 };

/** Reads the attributes from `i` to the tag's end into `found`; false for anything unusual. */
function attributes(xml: Uint8Array, i: number): boolean {
  found.r0 = found.r1 = found.s0 = found.t0 = -1;
  const length = xml.length;
  for (;;) {
    let ch = xml[i];
    while (ch <= 32) ch = xml[++i];
    if (ch === 62 /* > */) {
      found.end = i + 1;
      found.selfClosing = false;
      return true;
    }
    if (ch === 47 /* / */) {
      if (xml[i + 1] !== 62) return false;
      found.end = i + 2;
      found.selfClosing = true;
      return true;
    }
    const nameStart = i;
    while (i < length) {
      const c = xml[i];
      if (c === 61 /* = */ || c <= 32 || c === 62 || c === 47) break;
      i++;
    }
    if (xml[i] !== 61) return false;
    const nameLength = i - nameStart;
    i++;
    const quote = xml[i];
    if (quote !== 34 && quote !== 39) return false;
    let valueEnd = i + 1;
    while (valueEnd < length && xml[valueEnd] !== quote) valueEnd++;
    if (valueEnd >= length) return false;
    if (nameLength === 1) {
      const name = xml[nameStart];
      if (name === 114 /* r */) {
        if (found.r0 >= 0) return false; // written twice: left to the general scanner
        found.r0 = i + 1;
        found.r1 = valueEnd;
      } else if (name === 115 /* s */) {
        if (found.s0 >= 0) return false; // written twice: left to the general scanner
        found.s0 = i + 1;
        found.s1 = valueEnd;
      } else if (name === 116 /* t */) {
        if (found.t0 >= 0) return false; // written twice: left to the general scanner
        found.t0 = i + 1;
        found.t1 = valueEnd;
      }
    }
    i = valueEnd + 1;
  }
}

/**
 * The address attribute as Excel writes it first in a cell, ` r="B7"` at i (upper-case letters,
 * one to seven numerals, inside the sheet's bounds), read into ref (0-based): the position after
 * its closing quote, or -1 for any other form, which the general attribute reader then takes.
 */
function plainAddress(xml: Uint8Array, i: number): number {
  let j = i + 4;
  let col = 0;
  let code = xml[j];
  while (code >= 65 && code <= 90) {
    col = col * 26 + code - 64;
    code = xml[++j];
  }
  const letters = j - i - 4;
  let row = 0;
  while (code >= 48 && code <= 57) {
    row = row * 10 + code - 48;
    code = xml[++j];
  }
  const numerals = j - i - 4 - letters;
  if (code !== 34 || letters < 1 || letters > 3 || numerals < 1 || numerals > 7) return -1;
  if (row < 1 || row - 1 > MAX_ROW || col - 1 > MAX_COL) return -1;
  ref.row = row - 1;
  ref.col = col - 1;
  return j + 1;
}

/**
 * The attributes as Excel and most writers put them, ` r="B7"` then ` s="3"` then ` t="s"`
 * (each optional, an upper-case address), read in one pass into `found`, the address already
 * into `ref` (found.r1 = -2 says so), the style as found.s0 = -2 and found.s1 = the number;
 * false for any other form, which attributes() then reads.
 */
function plainCellAttributes(xml: Uint8Array, i: number): boolean {
  found.r0 = found.s0 = found.t0 = -1;
  found.r1 = -1;
  if (xml[i] !== 32) return closeTag(xml, i);
  if (xml[i + 1] === 114 /* r */ && xml[i + 2] === 61 && xml[i + 3] === 34) {
    const after = plainAddress(xml, i);
    if (after < 0) return false;
    found.r0 = i + 4;
    found.r1 = -2;
    i = after;
    if (xml[i] !== 32) return closeTag(xml, i);
  }
  if (xml[i + 1] === 115 /* s */ && xml[i + 2] === 61 && xml[i + 3] === 34) {
    let j = i + 4;
    let style = 0;
    let code = xml[j];
    while (code >= 48 && code <= 57 && j - i < 12) {
      style = style * 10 + code - 48;
      code = xml[++j];
    }
    if (code !== 34 || j === i + 4) return false;
    found.s0 = -2;
    found.s1 = style;
    i = j + 1;
    if (xml[i] !== 32) return closeTag(xml, i);
  }
  if (xml[i + 1] === 116 /* t */ && xml[i + 2] === 61 && xml[i + 3] === 34) {
    let j = i + 4;
    while (j < xml.length && xml[j] !== 34 && xml[j] !== 60) j++;
    if (xml[j] !== 34) return false;
    found.t0 = i + 4;
    found.t1 = j;
    i = j + 1;
  }
  return closeTag(xml, i);
}

/** `>` or `/>` at `i`, into `found`; false for anything else. */
function closeTag(xml: Uint8Array, i: number): boolean {
  const ch = xml[i];
  if (ch === 62 /* > */) {
    found.end = i + 1;
    found.selfClosing = false;
    return true;
  }
  if (ch === 47 /* / */ && xml[i + 1] === 62) {
    found.end = i + 2;
    found.selfClosing = true;
    return true;
  }
  return false;
}

/** A whole number written in plain digits from `start` to `end`; -1 when it is not one. */
function digits(xml: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > MAX_FAST_DIGITS) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = xml[i] - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** `<row …>`: its r attribute, as the general scanner reads it; -1 to leave it to that scanner. */
function rowTag(xml: Uint8Array, i: number, state: CellRunState): number {
  if (!attributes(xml, i)) return -1;
  let row = state.row + 1;
  if (found.r0 >= 0) {
    const r = digits(xml, found.r0, found.r1);
    if (r < 1 || r - 1 > MAX_ROW) return -1;
    row = r - 1;
  } else if (!(row >= 0 && row <= MAX_ROW)) return -1;
  state.row = row;
  state.col = -1;
  return found.end;
}

/**
 * `<c …/>`, `<c …>[<f…>][<v>…</v>]</c>` or an inline string's cell from just after its name: the value added to the sheet, the
 * position after the cell returned; -1 (nothing changed) for any other form.
 */
function cell(xml: Uint8Array, i: number, state: CellRunState, context: CellRunContext): number {
  if (!plainCellAttributes(xml, i) && !attributes(xml, i)) return -1;
  let row = state.row;
  let col = state.col;
  if (found.r1 === -2) {
    row = ref.row;
    col = ref.col;
  } else if (found.r0 >= 0) {
    if (!readCellRef(xml, found.r0, found.r1, ref)) return -1;
    row = ref.row;
    col = ref.col;
  } else {
    col++;
    if (row < 0) row = 0;
    if (col > MAX_COL) return -1;
  }
  let style = -1;
  if (found.s0 === -2) style = found.s1;
  else if (found.s0 >= 0) {
    style = digits(xml, found.s0, found.s1);
    if (style < 0) style = parseInt(textAt(xml, found.s0, found.s1), 10) || 0;
  }
  const t0 = found.t0;
  const t1 = found.t1;
  let end = found.end;
  if (found.selfClosing) {
    // A cell without a value shows nothing, whatever its type.
    state.row = row;
    state.col = col;
    return end;
  }
  while (xml[end] <= 32) end++;
  let formula = false;
  if (xml[end] === 60 && xml[end + 1] === 102 /* f */ && isNameEnd(xml[end + 2])) {
    const next = formulaElement(xml, end + 2);
    if (next < 0) return -1;
    formula = isFormula;
    end = next;
    while (xml[end] <= 32) end++;
  }
  let value: CellValue = null;
  if (closes(xml, end, 99 /* c */)) end += 4;
  else if (xml[end + 1] === 105 /* i */) {
    // An inline string, of type inlineStr, without a formula; any other mix is the general scanner's.
    if (formula || t0 < 0 || t1 - t0 !== INLINE_STR.length || !bytesAre(xml, t0, INLINE_STR)) return -1;
    const next = inlineString(xml, end);
    if (next < 0) return -1;
    end = next;
    while (xml[end] <= 32) end++;
    if (!closes(xml, end, 99 /* c */)) return -1;
    end += 4;
    value = decodeEntities(textAt(xml, inlineText.start, inlineText.end));
  } else {
    if (!(xml[end] === 60 && xml[end + 1] === 118 && xml[end + 2] === 62)) return -1; // not <v>
    const v0 = end + 3;
    let v1 = v0;
    while (v1 < xml.length && xml[v1] !== 60) v1++;
    if (!closes(xml, v1, 118 /* v */)) return -1;
    end = v1 + 4;
    while (xml[end] <= 32) end++;
    if (!closes(xml, end, 99 /* c */)) return -1;
    end += 4;
    value = typedValue(xml, v0, v1, t0, t1, formula, style, context);
  }
  state.row = row;
  state.col = col;
  if (value !== null) context.builder.add(row, col, value, style);
  return end;
}

/**
 * The cell nearly every sheet is made of, `<c r="B7" s="3" t="s"><v>12</v></c>` (s and t
 * optional, t a shared string or a number, no formula) or `<c r="B7" s="3"/>`, in one pass with
 * no intermediate state: the value added, the position after the cell returned; -1 (nothing
 * changed) for any other form, which cell() then reads. Its values are cell()'s: the same
 * functions read the number, the same index the shared string.
 */
function commonCell(xml: Uint8Array, i: number, state: CellRunState, context: CellRunContext): number {
  if (xml[i] !== 32 || xml[i + 1] !== 114 /* r */ || xml[i + 2] !== 61 || xml[i + 3] !== 34) return -1;
  let j = plainAddress(xml, i);
  if (j < 0) return -1;
  const row = ref.row;
  const col = ref.col;
  let code = xml[j];
  let style = -1;
  if (code === 32 && xml[j + 1] === 115 /* s */ && xml[j + 2] === 61 && xml[j + 3] === 34) {
    const start = j + 4;
    j = start;
    style = 0;
    code = xml[j];
    while (code >= 48 && code <= 57 && j - start < 8) {
      style = style * 10 + code - 48;
      code = xml[++j];
    }
    if (code !== 34 || j === start) return -1;
    code = xml[++j];
  }
  let shared = false;
  if (code === 32) {
    // Only t="s" or t="n": any other type is cell()'s.
    if (xml[j + 1] !== 116 /* t */ || xml[j + 2] !== 61 || xml[j + 3] !== 34 || xml[j + 5] !== 34) return -1;
    const type = xml[j + 4];
    if (type === 115 /* s */) shared = true;
    else if (type !== 110 /* n */) return -1;
    j += 6;
    code = xml[j];
  }
  if (code === 47 /* / */) {
    if (xml[j + 1] !== 62) return -1;
    // A cell without a value shows nothing, whatever its type.
    state.row = row;
    state.col = col;
    return j + 2;
  }
  if (code !== 62 || xml[j + 1] !== 60 || xml[j + 2] !== 118 /* v */ || xml[j + 3] !== 62) return -1;
  const v0 = j + 4;
  let v1 = v0;
  let index = 0;
  code = xml[v1];
  while (code >= 48 && code <= 57) {
    index = index * 10 + code - 48;
    code = xml[++v1];
  }
  if (code !== 60) {
    if (shared) return -1;
    while (v1 < xml.length && xml[v1] !== 60) v1++;
  }
  if (v1 === v0 || !closes(xml, v1, 118 /* v */) || !closes(xml, v1 + 4, 99 /* c */)) return -1;
  let value: CellValue;
  if (shared) {
    if (v1 - v0 > MAX_FAST_DIGITS) return -1;
    const text = context.strings[index];
    value = text === undefined ? null : text;
  } else {
    const number = plainDecimal(xml, v0, v1);
    if (number !== number) return -1; // not plainly written: cell() reads it with parseFloat
    value = numberValue(number, style, context.styles, context.date1904);
  }
  state.row = row;
  state.col = col;
  if (value !== null) context.builder.add(row, col, value, style);
  return v1 + 8;
}

/** Whether the <f> element formulaElement read last makes its cell a formula's. */
let isFormula = false;

/**
 * `<f>…</f>`, `<f …>…</f>` or `<f …/>` from just after its name: the position after it, and in
 * isFormula what the general scanner decides from it (a formula when its text is not empty or it
 * is a shared formula's, t="shared"); -1 for any other form (text holding a tag, a t value written
 * with an entity).
 */
function formulaElement(xml: Uint8Array, i: number): number {
  let shared = false;
  if (xml[i] === 62 /* > */) i++;
  else {
    if (!attributes(xml, i)) return -1;
    if (found.t0 >= 0) {
      for (let k = found.t0; k < found.t1; k++) if (xml[k] === 38 /* & */) return -1;
      shared = found.t1 - found.t0 === SHARED.length && bytesAre(xml, found.t0, SHARED);
    }
    i = found.end;
    if (found.selfClosing) {
      isFormula = shared;
      return i;
    }
  }
  let j = i;
  while (j < xml.length && xml[j] !== 60) j++;
  if (!closes(xml, j, 102 /* f */)) return -1;
  isFormula = shared || j > i;
  return j + 4;
}

const SHARED = "shared";
const INLINE_STR = "inlineStr";
const IS_T = "<is><t";
const PRESERVE = ' xml:space="preserve">';
const T_IS = "</t></is>";

/** Where the text of the inline string inlineString read last stands. */
const inlineText = { start: 0, end: 0 };

/**
 * `<is><t>…</t></is>` at `at` (<t> plain or with xml:space="preserve", its text holding no tag):
 * the position after it, its text's bounds in inlineText; -1 for any other form (rich text,
 * phonetic runs, several <t>, white space between the tags).
 */
function inlineString(xml: Uint8Array, at: number): number {
  if (!bytesAre(xml, at, IS_T)) return -1;
  let start = at + IS_T.length;
  if (xml[start] === 62 /* > */) start++;
  else if (bytesAre(xml, start, PRESERVE)) start += PRESERVE.length;
  else return -1;
  let end = start;
  while (end < xml.length && xml[end] !== 60) end++;
  if (!bytesAre(xml, end, T_IS)) return -1;
  inlineText.start = start;
  inlineText.end = end;
  return end + T_IS.length;
}

function bytesAre(xml: Uint8Array, at: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (xml[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/**
 * The value of a cell, its text from v0 to v1 and its type from t0 to t1; a formula's value is its
 * cached result (a text for the types s and inlineStr, as cellValue reads it).
 */
function typedValue(
  xml: Uint8Array,
  v0: number,
  v1: number,
  t0: number,
  t1: number,
  formula: boolean,
  style: number,
  context: CellRunContext,
): CellValue {
  if (v0 === v1) return null;
  const typeLength = t0 < 0 ? 0 : t1 - t0;
  const typeCode = typeLength === 1 ? xml[t0] : 0;
  if (typeLength === 0 || typeCode === 110 /* n */) {
    const number = plainDecimal(xml, v0, v1);
    // NaN: not plainly written, read by parseFloat below.
    if (number === number) return numberValue(number, style, context.styles, context.date1904);
  } else if (typeCode === 115 /* s */ && !formula) {
    const index = digits(xml, v0, v1);
    if (index >= 0) {
      const text = context.strings[index];
      return text === undefined ? null : text;
    }
  } else if (typeCode === 98 /* b */) {
    const flag = digits(xml, v0, v1);
    if (flag >= 0) return flag !== 0;
  }
  const type = typeLength === 0 ? "" : typeLength === 1 ? String.fromCharCode(typeCode) : textAt(xml, t0, t1);
  return cellValue(
    type,
    formula,
    decodeEntities(textAt(xml, v0, v1)),
    null,
    style,
    context.strings,
    context.styles,
    context.date1904,
  );
}

const ref = { row: 0, col: 0 };
