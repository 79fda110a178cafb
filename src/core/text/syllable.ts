import { TONE_NANG, TONE_SAC, vowelLetter, type Tone } from "./vietnamese-letters";

/**
 * Whether a word is spelt like one Vietnamese syllable: optional initial consonant, a vowel
 * cluster that exists in Vietnamese with at most one tone mark, optional final consonant, and
 * only sắc or nặng before a final c, ch, p or t. Used to tell legacy-encoded words (which only
 * become syllables once decoded) from Unicode ones; loose enough for names, strict enough that
 * mojibake rarely passes.
 */

const INITIALS = [
  "ngh",
  "ng",
  "gh",
  "gi",
  "kh",
  "nh",
  "ph",
  "th",
  "tr",
  "ch",
  "qu",
  "b",
  "c",
  "d",
  "đ",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "x",
  "",
];

const FINALS = ["ch", "ng", "nh", "c", "m", "n", "p", "t", ""];
const STOP_FINALS = new Set(["c", "ch", "p", "t"]);

/** Vowel clusters without tone (after the initial; "qu" and "gi" count as initials). */
const NUCLEI = new Set([
  ..."a ă â e ê i o ô ơ u ư y".split(" "),
  ..."ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê".split(" "),
  ..."iêu yêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu".split(" "),
]);

/** Clusters ending in a glide or a centring diphthong: never followed by a final consonant. */
const OPEN_ONLY = new Set(
  "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui uơ ưa ưi ưu iêu yêu oai oao oay oeo uây uôi uya ươi ươu uyu".split(
    " ",
  ),
);
/** Clusters that always take a final consonant. */
const CLOSED_ONLY = new Set("ă â oă uâ iê yê uô ươ uyê".split(" "));

/** The toneless cluster and tone of a run of vowel letters, or null when it is not one. */
function parseNucleus(letters: string): { nucleus: string; tone: Tone } | null {
  let nucleus = "";
  let tone: Tone = 0;
  for (const letter of letters) {
    const info = vowelLetter(letter);
    if (!info) return null;
    if (info.tone !== 0) {
      if (tone !== 0) return null;
      tone = info.tone;
    }
    nucleus += info.vowel;
  }
  return NUCLEI.has(nucleus) ? { nucleus, tone } : null;
}

function isRhyme(rest: string): boolean {
  for (const final of FINALS) {
    if (!rest.endsWith(final)) continue;
    const vowels = rest.slice(0, rest.length - final.length);
    if (vowels.length === 0 || vowels.length > 3) continue;
    const parsed = parseNucleus(vowels);
    if (!parsed) continue;
    if (final === "" ? CLOSED_ONLY.has(parsed.nucleus) : OPEN_ONLY.has(parsed.nucleus)) continue;
    if (STOP_FINALS.has(final) && parsed.tone !== TONE_SAC && parsed.tone !== TONE_NANG) continue;
    return true;
  }
  return false;
}

export function isVietnameseSyllable(word: string): boolean {
  const lower = word.normalize("NFC").toLowerCase();
  if (lower.length === 0 || lower.length > 8) return false;
  for (const initial of INITIALS) {
    if (lower.startsWith(initial) && isRhyme(lower.slice(initial.length))) return true;
  }
  return false;
}
