/**
 * The Vietnamese vowel letters, built from Unicode base letters and combining tone marks rather
 * than typed out, so that no precomposed letter can be mistyped.
 */

/** The twelve vowels, without tone. */
export const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] as const;
export type Vowel = (typeof VOWELS)[number];

/** Tones: 0 none, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;
export const TONE_SAC: Tone = 1;
export const TONE_NANG: Tone = 5;

/** Combining marks of the tones, indexed by Tone. */
export const TONE_MARKS: readonly string[] = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

export interface VowelLetter {
  readonly vowel: Vowel;
  readonly tone: Tone;
}

/** Every lower-case vowel letter with every tone (72 letters), keyed by its NFC form. */
const LOWER_VOWEL_LETTERS: ReadonlyMap<string, VowelLetter> = (() => {
  const letters = new Map<string, VowelLetter>();
  for (const vowel of VOWELS) {
    TONE_MARKS.forEach((mark, tone) => {
      letters.set((vowel + mark).normalize("NFC"), { vowel, tone: tone as Tone });
    });
  }
  return letters;
})();

/** The vowel and tone of a single lower-case NFC letter, or undefined when it is not a vowel. */
export function vowelLetter(letter: string): VowelLetter | undefined {
  return LOWER_VOWEL_LETTERS.get(letter);
}
