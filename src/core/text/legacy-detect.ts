import { hasNonAscii } from "./ascii";
import type { LegacyEncoding } from "./legacy-font";
import { isVietnameseSyllable } from "./syllable";
import { decodeTcvn3 } from "./tcvn3";
import { decodeVni } from "./vni";

/**
 * Guessing the encoding of texts whose font is unknown. Characters alone mislead: Unicode
 * Vietnamese has "à á ã ó ô" too, and TCVN3 uses them for other letters. So each word with a
 * non-ASCII character is weighed: a word that is already a Vietnamese syllable is evidence of
 * Unicode; one that only becomes a syllable once decoded (e.g. "Ph¹m", "nhiÖm", "Ñoäc") is
 * evidence of that encoding. A word with a letter beyond Latin-1 (ạ, ế, ư …) can only be Unicode.
 */

/** Splits on white space, ASCII punctuation and digits: no legacy letter is among them. */
const WORD_SEPARATORS = /[\s\x21-\x40\x5b-\x60\x7b-\x7e]+/;
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

export interface LegacyEvidence {
  /** Words already spelt as Vietnamese syllables. */
  readonly unicode: number;
  /** Words that only decode to syllables as TCVN3, resp. VNI. */
  readonly tcvn3: number;
  readonly vni: number;
}

export function legacyEvidence(texts: readonly string[]): LegacyEvidence {
  let unicode = 0;
  let tcvn3 = 0;
  let vni = 0;
  // A sheet's texts repeat their words (names, levels, roles): each distinct word is judged once.
  const judged = new Map<string, number>();
  for (const text of texts) {
    if (!hasNonAscii(text)) continue;
    for (const word of text.split(WORD_SEPARATORS)) {
      let evidence = judged.get(word);
      if (evidence === undefined) judged.set(word, (evidence = wordEvidence(word)));
      if (evidence === UNICODE) unicode++;
      if (evidence & TCVN3) tcvn3++;
      if (evidence & VNI) vni++;
    }
  }
  return { unicode, tcvn3, vni };
}

/** What one word tells, as bits: already a syllable (Unicode), or a syllable once decoded (TCVN3, VNI, or both). */
const UNICODE = 1;
const TCVN3 = 2;
const VNI = 4;

function wordEvidence(word: string): number {
  if (!hasNonAscii(word)) return 0;
  if (isVietnameseSyllable(word)) return UNICODE;
  // A lone symbol (÷, ×, ©) may decode to a one-letter word by chance: no evidence.
  if (word.length < 2 || BEYOND_LATIN1.test(word.normalize("NFC"))) return 0;
  return (
    (isVietnameseSyllable(decodeTcvn3(word)) ? TCVN3 : 0) | (isVietnameseSyllable(decodeVni(word)) ? VNI : 0)
  );
}

/**
 * The legacy encoding of a set of texts (say, a sheet's text cells), or null when they read as
 * Unicode or plain ASCII. It fires only when the words that need decoding are at least as many
 * as the words already valid, and one encoding explains clearly more of them than the other.
 */
export function detectLegacyEncoding(texts: readonly string[]): LegacyEncoding | null {
  const { unicode, tcvn3, vni } = legacyEvidence(texts);
  const best = Math.max(tcvn3, vni);
  if (best === 0 || best < unicode) return null;
  if (tcvn3 > vni * 2) return "tcvn3";
  if (vni > tcvn3 * 2) return "vni";
  return null;
}
