import type { FieldName, SheetKind } from "../types";
import { FIELD_SYNONYMS } from "./synonyms";

/** Folded header text reduced to words: punctuation becomes a space ("chi uy, bi thu" → "chi uy bi thu"). */
export function headerWords(folded: string): string {
  return folded.replace(/[^a-z0-9%]+/g, " ").trim();
}

export interface FieldMatch {
  field: FieldName;
  /** Longer, exact matches score higher. */
  score: number;
}

/** One synonym of a field, in words, with where it sits in FIELD_SYNONYMS (the first field wins a tie). */
interface Phrase {
  fieldIndex: number;
  words: readonly string[];
  /** Exact-only phrases count only as the whole header. */
  exactOnly: boolean;
  length: number;
}

const FIELDS = FIELD_SYNONYMS.map((s) => ({ field: s.field, kinds: s.kinds }));

const PHRASES: Phrase[] = FIELD_SYNONYMS.flatMap((s, fieldIndex) => [
  ...(s.exact ?? []).map((text) => phraseOf(text, fieldIndex, true)),
  ...s.phrases.map((text) => phraseOf(text, fieldIndex, false)),
]).filter((p) => p.length > 0);

function phraseOf(text: string, fieldIndex: number, exactOnly: boolean): Phrase {
  const words = headerWords(text);
  return { fieldIndex, words: words ? words.split(" ") : [], exactOnly, length: words.length };
}

/**
 * Phrases by their first word: a header is matched by looking up each of its words, not by
 * trying every phrase on it (every text cell near the top of every sheet of every file of a
 * roll-up is matched, names included).
 */
const BY_FIRST_WORD = new Map<string, Phrase[]>();
for (const phrase of PHRASES) {
  const list = BY_FIRST_WORD.get(phrase.words[0]) ?? [];
  list.push(phrase);
  BY_FIRST_WORD.set(phrase.words[0], list);
}

/**
 * Candidates for a header one letter off, by length (a match is at most one letter longer or
 * shorter), each with its place in the list: the first one listed wins, as when they were tried
 * in order (exact-only ones first within a field).
 */
const TYPO_BY_LENGTH: { order: number; fieldIndex: number; text: string }[][] = [];
PHRASES.forEach((p, order) => {
  if (p.length < 6) return;
  (TYPO_BY_LENGTH[p.length] ??= []).push({ order, fieldIndex: p.fieldIndex, text: p.words.join(" ") });
});

/**
 * The best field for a header text within a kind, or null. `words` is headerWords' output
 * (words separated by single spaces). Not cached: looking the words up costs about what a cache
 * lookup would, and most texts near the top of a sheet (names) are seen once.
 */
export function matchField(words: string, kind: SheetKind | null): FieldMatch | null {
  if (!words) return null;
  return matchFieldUncached(words, kind);
}

const fitsKind = (fieldIndex: number, kind: SheetKind | null) =>
  !kind || FIELDS[fieldIndex].kinds.includes(kind);

/** Scratch scores by field for matchFieldUncached (reset before it returns): no allocation per header. */
const fieldScores = new Int32Array(FIELDS.length);

/**
 * Per field, the best of: the whole header equal to a synonym (100 + its length) or a phrase
 * found as whole words inside it (its length); the highest score wins, the first field a tie.
 */
function matchFieldUncached(words: string, kind: SheetKind | null): FieldMatch | null {
  const tokens = words.split(" ");
  const touched: number[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const phrases = BY_FIRST_WORD.get(tokens[start]);
    if (!phrases) continue;
    for (const phrase of phrases) {
      if (!fitsKind(phrase.fieldIndex, kind) || !wordsAt(tokens, start, phrase.words)) continue;
      const whole = start === 0 && phrase.words.length === tokens.length;
      const score = whole ? 100 + phrase.length : phrase.exactOnly ? 0 : phrase.length;
      if (score <= fieldScores[phrase.fieldIndex]) continue;
      if (fieldScores[phrase.fieldIndex] === 0) touched.push(phrase.fieldIndex);
      fieldScores[phrase.fieldIndex] = score;
    }
  }
  if (touched.length === 0) return matchWithTypo(words, kind);
  let bestIndex = touched[0];
  for (const fieldIndex of touched) {
    const score = fieldScores[fieldIndex];
    const bestScore = fieldScores[bestIndex];
    if (score > bestScore || (score === bestScore && fieldIndex < bestIndex)) bestIndex = fieldIndex;
  }
  const best = { field: FIELDS[bestIndex].field, score: fieldScores[bestIndex] };
  for (const fieldIndex of touched) fieldScores[fieldIndex] = 0;
  return best;
}

function wordsAt(tokens: readonly string[], start: number, words: readonly string[]): boolean {
  if (start + words.length > tokens.length) return false;
  for (let i = 1; i < words.length; i++) if (tokens[start + i] !== words[i]) return false;
  return true;
}

/**
 * A header one letter off a known one ("Ghi chó", "Chức vô": a stray code in a legacy font, or a
 * typo) still names its column; such a match scores lowest, and short headers never match this way.
 */
function matchWithTypo(words: string, kind: SheetKind | null): FieldMatch | null {
  if (words.length < 6 || words.length > 40) return null;
  let best: { order: number; fieldIndex: number } | null = null;
  for (let length = words.length - 1; length <= words.length + 1; length++)
    for (const phrase of TYPO_BY_LENGTH[length] ?? []) {
      if (best && phrase.order > best.order) break;
      if (fitsKind(phrase.fieldIndex, kind) && withinOneEdit(words, phrase.text)) best = phrase;
    }
  return best ? { field: FIELDS[best.fieldIndex].field, score: 1 } : null;
}

/** Levenshtein distance at most 1 (by UTF-16 unit), in one pass instead of the whole table. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === b.length) return true;
  // The first difference: a substitution (same lengths) or a letter more in `a`.
  const skip = a.length === b.length ? 1 : 0;
  for (let j = i + 1; j < a.length; j++) if (a.charCodeAt(j) !== b.charCodeAt(j - 1 + skip)) return false;
  return true;
}
