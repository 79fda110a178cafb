import { editDistance } from "../text";
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

interface PreparedSynonyms {
  field: FieldName;
  kinds: readonly SheetKind[];
  phrases: string[];
  exact: string[];
}

const PREPARED: PreparedSynonyms[] = FIELD_SYNONYMS.map((s) => ({
  field: s.field,
  kinds: s.kinds,
  phrases: s.phrases.map(headerWords),
  exact: (s.exact ?? []).map(headerWords),
}));

/** Header texts repeat across sheets and files (a roll-up reads hundreds): remember the answers. */
const MATCH_CACHE = new Map<string, FieldMatch | null>();
const MATCH_CACHE_LIMIT = 20000;

/** The best field for a header text within a kind, or null. */
export function matchField(words: string, kind: SheetKind | null): FieldMatch | null {
  if (!words) return null;
  const key = `${kind ?? ""}\u0000${words}`;
  const cached = MATCH_CACHE.get(key);
  if (cached !== undefined) return cached;
  const match = matchFieldUncached(words, kind);
  if (MATCH_CACHE.size >= MATCH_CACHE_LIMIT) MATCH_CACHE.clear();
  MATCH_CACHE.set(key, match);
  return match;
}

function matchFieldUncached(words: string, kind: SheetKind | null): FieldMatch | null {
  let best: FieldMatch | null = null;
  const padded = ` ${words} `;
  for (const synonyms of PREPARED) {
    if (kind && !synonyms.kinds.includes(kind)) continue;
    let score = 0;
    for (const exact of synonyms.exact) if (words === exact) score = Math.max(score, 100 + exact.length);
    for (const phrase of synonyms.phrases) {
      if (words === phrase) score = Math.max(score, 100 + phrase.length);
      else if (padded.includes(` ${phrase} `)) score = Math.max(score, phrase.length);
    }
    if (score > 0 && (!best || score > best.score)) best = { field: synonyms.field, score };
  }
  return best ?? matchWithTypo(words, kind);
}

/**
 * A header one letter off a known one ("Ghi chó", "Chức vô": a stray code in a legacy font, or a
 * typo) still names its column; such a match scores lowest, and short headers never match this way.
 */
function matchWithTypo(words: string, kind: SheetKind | null): FieldMatch | null {
  if (words.length < 6 || words.length > 40) return null;
  for (const synonyms of PREPARED) {
    if (kind && !synonyms.kinds.includes(kind)) continue;
    for (const phrase of [...synonyms.exact, ...synonyms.phrases]) {
      if (
        phrase.length >= 6 &&
        Math.abs(phrase.length - words.length) <= 1 &&
        editDistance(words, phrase) <= 1
      )
        return { field: synonyms.field, score: 1 };
    }
  }
  return null;
}
