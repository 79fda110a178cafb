/**
 * VNI (VNI-Windows fonts VNI-Times, VNI-Helve, …) read as Unicode: each byte became the Latin-1
 * character with the same code. A vowel is written as its base letter followed by one byte that
 * carries its mark(s), so "Độc lập" arrives as "Ñoäc laäp". A few letters have a byte of their
 * own (ơ ư đ and i, y with some tones). Mark bytes come in a lower- and an upper-case form,
 * matched to the case of the letter before them; both forms are accepted after either case.
 */

const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";
const ACUTE = "\u0301"; // sắc
const GRAVE = "\u0300"; // huyền
const HOOK = "\u0309"; // hỏi
const TILDE = "\u0303"; // ngã
const DOT = "\u0323"; // nặng

/** Bytes that only add a tone, to any vowel. */
const TONE_BYTES: ReadonlyMap<string, string> = new Map([
  ["ù", ACUTE],
  ["Ù", ACUTE],
  ["ø", GRAVE],
  ["Ø", GRAVE],
  ["û", HOOK],
  ["Û", HOOK],
  ["õ", TILDE],
  ["Õ", TILDE],
  ["ï", DOT],
  ["Ï", DOT],
]);

/** Bytes that add a circumflex (to a, e, o), with or without a tone. */
const CIRCUMFLEX_BYTES: ReadonlyMap<string, string> = new Map([
  ["â", ""],
  ["Â", ""],
  ["á", ACUTE],
  ["Á", ACUTE],
  ["à", GRAVE],
  ["À", GRAVE],
  ["å", HOOK],
  ["Å", HOOK],
  ["ã", TILDE],
  ["Ã", TILDE],
  ["ä", DOT],
  ["Ä", DOT],
]);

/** Bytes that add a breve (to a), with or without a tone. */
const BREVE_BYTES: ReadonlyMap<string, string> = new Map([
  ["ê", ""],
  ["Ê", ""],
  ["é", ACUTE],
  ["É", ACUTE],
  ["è", GRAVE],
  ["È", GRAVE],
  ["ú", HOOK],
  ["Ú", HOOK],
  ["ü", TILDE],
  ["Ü", TILDE],
  ["ë", DOT],
  ["Ë", DOT],
]);

/** Letters with a byte of their own. í ì Í Ì have the Latin-1 codes of Unicode and need no entry. */
const LETTER_BYTES: ReadonlyMap<string, string> = new Map([
  ["ô", "ơ"],
  ["Ô", "Ơ"],
  ["ö", "ư"],
  ["Ö", "Ư"],
  ["ñ", "đ"],
  ["Ñ", "Đ"],
  ["æ", "ỉ"],
  ["Æ", "Ỉ"],
  ["ó", "ĩ"],
  ["Ó", "Ĩ"],
  ["ò", "ị"],
  ["Ò", "Ị"],
  ["î", "ỵ"],
  ["Î", "Ỵ"],
]);

const TONE_BASES = new Set(["a", "e", "i", "o", "u", "y", "A", "E", "I", "O", "U", "Y", "ơ", "Ơ", "ư", "Ư"]);
const CIRCUMFLEX_BASES = new Set(["a", "e", "o", "A", "E", "O"]);
const BREVE_BASES = new Set(["a", "A"]);

/** Unicode (NFC) for VNI text read as Latin-1. Mark bytes after no suitable letter are kept. */
export function decodeVni(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const base = LETTER_BYTES.get(char) ?? char;
    i++;
    if (!TONE_BASES.has(base)) {
      out += base;
      continue;
    }
    let marks = "";
    const next = text[i];
    const shape = CIRCUMFLEX_BASES.has(base) ? CIRCUMFLEX_BYTES.get(next) : undefined;
    const breve = shape === undefined && BREVE_BASES.has(base) ? BREVE_BYTES.get(next) : undefined;
    if (shape !== undefined || breve !== undefined) {
      marks = (shape !== undefined ? CIRCUMFLEX : BREVE) + (shape ?? breve);
      i++;
      // A shape byte without tone may still be followed by a tone byte.
      if ((shape ?? breve) === "") {
        const tone = TONE_BYTES.get(text[i]);
        if (tone !== undefined) {
          marks += tone;
          i++;
        }
      }
    } else {
      const tone = TONE_BYTES.get(next);
      if (tone !== undefined) {
        marks = tone;
        i++;
      }
    }
    out += base + marks;
  }
  return out.normalize("NFC");
}
