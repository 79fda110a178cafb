import { CARD_NUMBER_PATTERN } from "../criteria/presets/hd21-2019";

const DOT = 46;

/** wholeCardKey's answer for a card whose key is a text (cardKey). */
export const NOT_WHOLE = -1;

/** Whole keys stop at 14 digits: a 1 and 14 digits stay exact in a double. */
const MAX_WHOLE = 1e14;

/**
 * What two card numbers share when they are the same card, when it is a whole number: the
 * digits without the dots (all of them in a long card, the first in a short one), read after a
 * leading 1 so that "0123" and "123" stay apart, up to 14 digits. NOT_WHOLE for a card with any
 * other character, more than 14 digits or, when short, a second dot. So a whole key also says
 * the card is digits and dots, and a card of up to 8 digits (all real ones) has a key below
 * 2^30, a small integer to V8: a list of 100,000 cards is read in one walk per card that
 * allocates nothing, not even before V8 optimizes it.
 */
export function wholeCardKey(card: string): number {
  const allDots = card.length > 9;
  let dotSeen = false;
  let key = 1;
  for (let i = 0; i < card.length; i++) {
    const c = card.charCodeAt(i);
    if (c === DOT && (allDots || !dotSeen)) {
      dotSeen = true;
      continue;
    }
    if (c < 48 || c > 57 || key >= MAX_WHOLE) return NOT_WHOLE;
    key = key * 10 + (c - 48);
  }
  return key;
}

/** The key of any card: its whole key, else the text without its dots (as wholeCardKey drops them). */
export function cardKey(card: string): string | number {
  const key = wholeCardKey(card);
  if (key !== NOT_WHOLE) return key;
  return card.length > 9 ? card.replace(/\./g, "") : card.replace(".", "");
}

/** Whether a pattern is the presets' one, which fitsPresetPattern answers without running it. */
export function isPresetPattern(source: string | null): boolean {
  return source === CARD_NUMBER_PATTERN;
}

/**
 * Whether a card with a whole key (so digits and dots only) matches CARD_NUMBER_PATTERN: two
 * digits, a dot, six digits with at most one more dot between two of them. An 8-digit whole key
 * (from 1e8 to 2e8 - 1) from 9 characters has one dot, from 10 two (wholeCardKey); with the dot at index 2 and none at
 * 0, 1, 3 or the end, the other one (if any) is between two serial digits. Answers the regular
 * expression does too (test/core/checks/card-key.test.ts compares them on every such shape), by
 * looking at five characters instead of running it on each card of a long list.
 */
export function fitsPresetPattern(card: string, key: number): boolean {
  const n = card.length;
  return (
    key >= 1e8 &&
    key < 2e8 &&
    (n === 9 || n === 10) &&
    card.charCodeAt(2) === DOT &&
    card.charCodeAt(0) !== DOT &&
    card.charCodeAt(1) !== DOT &&
    card.charCodeAt(3) !== DOT &&
    card.charCodeAt(n - 1) !== DOT
  );
}
