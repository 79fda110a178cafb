import type { LegacyEncoding } from "./legacy-font";
import { decodeTcvn3 } from "./tcvn3";
import { decodeVni } from "./vni";

export { fontLegacyEncoding, type LegacyEncoding, type LegacyFont } from "./legacy-font";
export { detectLegacyEncoding, legacyEvidence, type LegacyEvidence } from "./legacy-detect";

export interface DecodeLegacyOptions {
  /** The text is drawn in a capitals font (.VnTimeH …): the result is upper-cased. */
  readonly capitals?: boolean;
}

/**
 * Unicode (NFC) for legacy-encoded text read as Latin-1 / Windows-1252.
 *
 * Capitals fonts: the ABC capitals fonts (.VnTimeH, .VnArialH …) keep the VN3 codes and draw
 * every letter, ASCII included, as a capital, so decoding is "decode as .VnTime, then upper-case".
 * The sample chi-bo-thon-4-tcvn3.xlsx bears this out: its .VnTimeH header row 7 and most of row 6
 * ("Hä vµ tªn", "N¨m sinh", "§¶ng viªn tù xÕp lo¹i", "Chi bé ®Ò xuÊt") use exactly the VN3 codes.
 * Five characters of row 6 do not: "x©p" and "ch£t" (read XẾP, CHẤT) use © and £ where row 7,
 * in the same font, writes Ế as Õ and Ấ as Ê; "SÌ", "v«", "chã" (read SỐ, VỤ, CHÚ) use Ì, «, ã,
 * the only VN3 codes of È, Ô and Ó. No font layout can give one code two letters and leave È and
 * Ó without any, so these are stray codes in those cells, not another layout; they decode by the
 * standard ("SÈ", "VÔ", "CHÓ", "XÂP", "CHÊT") and are left to fuzzy matching (suggest.ts), which
 * finds the intended header at a distance of one or two letters.
 */
export function decodeLegacy(text: string, encoding: LegacyEncoding, options?: DecodeLegacyOptions): string {
  const decoded = encoding === "tcvn3" ? decodeTcvn3(text) : decodeVni(text);
  return options?.capitals ? decoded.toUpperCase() : decoded;
}
