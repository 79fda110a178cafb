import { foldCompact, foldText, hasNonAscii, nearest, normalizeText } from "../text";
import { LEVEL_KEYS, type LevelKey } from "./levels";
import type { Criteria } from "./schema";

export type LevelReading =
  | { kind: "level"; level: LevelKey }
  | { kind: "not-classified" }
  | { kind: "blank" }
  | {
      kind: "unknown";
      suggestion: string | null;
      /** The words to change ("tôt → tốt"), where some are right already. */
      difference?: string;
      /** The suggestion typed without any of its diacritics ("Hoan thanh tot nhiem vu"). */
      unaccented?: true;
    };

/**
 * The form level texts are compared in: NFC, lower case, without spaces and punctuation. Diacritics
 * stay: "Hoàn thành tôt nhiệm vụ" is a misspelling to report, not a level to guess (domain.md).
 * Plain toLowerCase: Vietnamese has no language-specific case rules (Unicode SpecialCasing), so it
 * gives what toLocaleLowerCase("vi") gives, several times faster; every header cell of every
 * file of a roll-up goes through here.
 */
function levelForm(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/[\s.,;:_()/\\\-!*'"“”‘’]+/g, "");
}

/** The full names of the levels: with the keys, the canonical spellings (others are read with a notice). */
const CANONICAL_NAMES: Record<LevelKey, string> = {
  HTXSNV: "Hoàn thành xuất sắc nhiệm vụ",
  HTTNV: "Hoàn thành tốt nhiệm vụ",
  HTNV: "Hoàn thành nhiệm vụ",
  KHTNV: "Không hoàn thành nhiệm vụ",
};

/**
 * The words where a text and a spelling differ, "tôt → tốt": the user sees what to change, not
 * the whole phrase again. With as many words on both sides, each word that differs is named
 * ("thanh → thành, nhiem → nhiệm"); otherwise the common words in front and behind are left out.
 * Where no word is right, there is no difference to name (""): the suggestion says it all.
 */
export function wordDifference(typed: string, spelling: string): string {
  const a = normalizeText(typed).trim().split(/\s+/);
  const b = normalizeText(spelling).trim().split(/\s+/);
  const same = (x: string, y: string) => x.toLocaleLowerCase("vi") === y.toLocaleLowerCase("vi");
  if (a.length === b.length) {
    const changed = a.flatMap((word, i) => (same(word, b[i]) ? [] : [`${word} → ${b[i]}`]));
    return changed.length < a.length ? changed.join(", ") : "";
  }
  let front = 0;
  while (front < a.length && front < b.length && same(a[front], b[front])) front++;
  let back = 0;
  while (
    back < a.length - front &&
    back < b.length - front &&
    same(a[a.length - 1 - back], b[b.length - 1 - back])
  )
    back++;
  if (front === 0 && back === 0) return "";
  const from = a.slice(front, a.length - back).join(" ");
  const to = b.slice(front, b.length - back).join(" ");
  if (!from && !to) return "";
  return `${from || "…"} → ${to || "…"}`;
}

/**
 * Whether a text is a spelling typed without any of its diacritics: only ASCII characters, and the
 * spelling's letters once both are folded (case, spaces and punctuation aside). Naming each word
 * as a difference would only repeat the phrase; the message says the diacritics are missing.
 */
function isUnaccented(typed: string, spelling: string): boolean {
  return (
    !hasNonAscii(normalizeText(typed)) &&
    hasNonAscii(spelling) &&
    foldCompact(typed) === foldCompact(spelling)
  );
}

const MATCHERS = new WeakMap<Criteria, LevelMatcher>();
const READ_CACHE_LIMIT = 10_000;

/**
 * Reads level texts by the criteria's accepted spellings, ignoring case, spaces, punctuation and
 * Unicode composition. Nothing fuzzy is accepted: a near miss is unknown, with a suggestion.
 */
export class LevelMatcher {
  private readonly byCompact = new Map<string, LevelKey | "none">();
  private readonly suggestions: string[] = [];
  private readonly suggestionLabel = new Map<string, string>();
  private readonly cache = new Map<string, LevelReading>();
  private readonly canonical = new Set<string>();
  /** isCanonical by text: a list repeats a few level texts on every row. */
  private readonly canonicalCache = new Map<string, boolean>();

  constructor(criteria: Criteria) {
    for (const level of LEVEL_KEYS) {
      this.canonical.add(levelForm(level));
      this.canonical.add(levelForm(CANONICAL_NAMES[level]));
      this.canonical.add(levelForm(CANONICAL_NAMES[level].replace("nhiệm vụ", "NV")));
    }
    for (const level of LEVEL_KEYS) {
      for (const spelling of criteria.levels[level]) this.add(spelling, level);
    }
    for (const spelling of criteria.notClassified) this.add(spelling, "none");
  }

  private add(spelling: string, level: LevelKey | "none"): void {
    this.byCompact.set(levelForm(spelling), level);
    const folded = foldText(spelling);
    if (!this.suggestionLabel.has(folded)) {
      this.suggestions.push(folded);
      this.suggestionLabel.set(folded, spelling);
    }
  }

  /**
   * The matcher of a criteria set, made once per set: a roll-up analyses thousands of workbooks
   * with the same set, and making one costs more than reading a small unit's levels.
   */
  static of(criteria: Criteria): LevelMatcher {
    let matcher = MATCHERS.get(criteria);
    if (!matcher) {
      matcher = new LevelMatcher(criteria);
      MATCHERS.set(criteria, matcher);
    }
    return matcher;
  }

  read(text: string): LevelReading {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const reading = this.readUncached(text);
    // Shared across workbooks (see of()): texts that are not levels must not grow it without end.
    if (this.cache.size >= READ_CACHE_LIMIT) this.cache.clear();
    this.cache.set(text, reading);
    return reading;
  }

  /** Whether a text read as a level is one of its canonical spellings (the key or the full name). */
  isCanonical(text: string): boolean {
    let canonical = this.canonicalCache.get(text);
    if (canonical === undefined) {
      canonical = this.canonical.has(levelForm(text));
      this.canonicalCache.set(text, canonical);
    }
    return canonical;
  }

  /** Whether a header text names a level (for "x" columns): the level, "none", or null. */
  headerLevel(text: string): LevelKey | "none" | null {
    return this.byCompact.get(levelForm(text)) ?? null;
  }

  private readUncached(text: string): LevelReading {
    const compact = levelForm(text);
    if (!compact) return { kind: "blank" };
    const level = this.byCompact.get(compact);
    if (level === "none") return { kind: "not-classified" };
    if (level) return { kind: "level", level };
    const near = nearest(text, this.suggestions);
    const suggestion = near ? (this.suggestionLabel.get(near.candidate) ?? near.candidate) : null;
    if (suggestion && isUnaccented(text, suggestion))
      return { kind: "unknown", suggestion, unaccented: true };
    const difference = suggestion ? wordDifference(text, suggestion) : "";
    return { kind: "unknown", suggestion, ...(difference ? { difference } : {}) };
  }
}
