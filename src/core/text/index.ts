/** Vietnamese text: normal form, folding for matching, legacy encodings, suggestions. */
export { normalizeText } from "./normalize";
export { hasNonAscii } from "./ascii";
export { foldText, foldCompact } from "./fold";
export {
  decodeLegacy,
  detectLegacyEncoding,
  fontLegacyEncoding,
  legacyEvidence,
  type DecodeLegacyOptions,
  type LegacyEncoding,
  type LegacyEvidence,
  type LegacyFont,
} from "./legacy";
export { isVietnameseSyllable } from "./syllable";
export { editDistance, nearest, type Suggestion } from "./suggest";
