/**
 * Folding for matching: case, diacritics, composition (NFC or NFD) and spacing are ignored.
 * It runs on every text cell of a workbook (about 100,000 of them), so it works code unit by
 * code unit with a cached fold per non-ASCII character instead of normalizing whole strings,
 * and returns pure lower-case ASCII input untouched.
 */

/** How one non-ASCII UTF-16 code unit folds: "" drops it, " " is white space, else its text. */
const foldedChars = new Map<number, string>();
/** The same for foldCompact, where only letters and digits are kept. */
const compactChars = new Map<number, string>();

const COMBINING_MARK = /^\p{M}$/u;
const WHITE_SPACE = /^\s$/u;
/** Format characters drawn as nothing: soft hyphen, zero-width space and joiners, byte order mark. */
const INVISIBLE = /^\p{Cf}$/u;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/** Letters drawn as a barred D: Đ đ, and the look-alikes Ð ð Ɖ sometimes typed instead. */
const D_LIKE = new Set([0x0110, 0x0111, 0x00d0, 0x00f0, 0x0189]);

function foldChar(code: number): string {
  const cached = foldedChars.get(code);
  if (cached !== undefined) return cached;
  let folded: string;
  if (code >= 0xd800 && code <= 0xdfff) {
    folded = String.fromCharCode(code); // half of a pair: nothing to fold, keep it as it is
  } else if (D_LIKE.has(code)) {
    folded = "d";
  } else {
    const char = String.fromCharCode(code);
    if (COMBINING_MARK.test(char) || INVISIBLE.test(char)) folded = "";
    else if (WHITE_SPACE.test(char)) folded = " ";
    else folded = char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  }
  foldedChars.set(code, folded);
  return folded;
}

function compactChar(code: number): string {
  const cached = compactChars.get(code);
  if (cached !== undefined) return cached;
  const folded = foldChar(code);
  const compact = code >= 0xd800 && code <= 0xdfff ? folded : folded.replace(NOT_LETTER_OR_DIGIT, "");
  compactChars.set(code, compact);
  return compact;
}

/** Lower-case ASCII letters, digits and punctuation with single inner spaces: already folded. */
function isFoldedAscii(s: string, compact: boolean): boolean {
  let previousSpace = !compact;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (compact) {
      if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
    } else if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (c > 32 && c < 127 && !(c >= 65 && c <= 90)) {
      previousSpace = false;
    } else {
      return false;
    }
  }
  return compact || !previousSpace || s.length === 0;
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function fold(s: string, compact: boolean): string {
  if (isFoldedAscii(s, compact)) return s;
  // Characters that fold to themselves are copied in runs (one slice per run), the others piece
  // by piece; a space is only written when a non-space follows, which collapses and trims.
  let out = "";
  let runStart = 0;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let piece: string;
    if (c >= 97 && c <= 122) {
      if (!pendingSpace) continue;
      piece = s[i];
    } else if (c < 0x80) {
      const space = c === 32 || (c >= 9 && c <= 13);
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      const keep = !space && (!compact || isAsciiLetterOrDigit(lower));
      if (keep && lower === c && !pendingSpace) continue;
      out += s.slice(runStart, i);
      runStart = i + 1;
      if (space) pendingSpace = out.length > 0;
      if (!keep) continue;
      piece = lower === c ? s[i] : String.fromCharCode(lower);
    } else {
      piece = compact ? compactChar(c) : foldChar(c);
      out += s.slice(runStart, i);
      runStart = i + 1;
      if (piece === "") continue;
      if (piece === " ") {
        pendingSpace = out.length > 0;
        continue;
      }
    }
    if (pendingSpace) {
      if (!compact) out += " ";
      pendingSpace = false;
    }
    out += piece;
    runStart = i + 1;
  }
  return out + s.slice(runStart);
}

/**
 * Text folded for matching: no diacritics (đ becomes d), lower case, white space collapsed to
 * single spaces and trimmed. NFC and NFD spellings of the same text fold alike.
 */
export function foldText(s: string): string {
  return fold(s, false);
}

/**
 * foldText without spaces and punctuation, for abbreviations typed in many ways:
 * "HTT NV", "H.T.T.N.V" and "httnv" all give "httnv".
 */
export function foldCompact(s: string): string {
  return fold(s, true);
}
