import { foldText, nearest, normalizeText } from "../text";
import { LEVEL_KEYS, type LevelKey } from "./levels";
import type { Criteria } from "./schema";

export type LevelReading =
  | { kind: "level"; level: LevelKey }
  | { kind: "not-classified" }
  | { kind: "blank" }
  | { kind: "unknown"; suggestion: string | null };

/**
 * The form level texts are compared in: NFC, lower case, without spaces and punctuation. Diacritics
 * stay: "Hoàn thành tôt nhiệm vụ" is a misspelling to report, not a level to guess (domain.md).
 */
function levelForm(text: string): string {
  return normalizeText(text)
    .toLocaleLowerCase("vi")
    .replace(/[\s.,;:_()/\\-]+/g, "");
}

/**
 * Reads level texts by the criteria's accepted spellings, ignoring case, spaces, punctuation and
 * Unicode composition. Nothing fuzzy is accepted: a near miss is unknown, with a suggestion.
 */
export class LevelMatcher {
  private readonly byCompact = new Map<string, LevelKey | "none">();
  private readonly suggestions: string[] = [];
  private readonly suggestionLabel = new Map<string, string>();
  private readonly cache = new Map<string, LevelReading>();

  constructor(criteria: Criteria) {
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

  read(text: string): LevelReading {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const reading = this.readUncached(text);
    this.cache.set(text, reading);
    return reading;
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
    return {
      kind: "unknown",
      suggestion: near ? (this.suggestionLabel.get(near.candidate) ?? near.candidate) : null,
    };
  }
}
