import { foldText } from "./fold";

/** Levenshtein distance (insertions, deletions, substitutions) between two strings, by UTF-16 unit. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length < b.length) [a, b] = [b, a];
  if (b.length === 0) return a.length;
  // One row of the table, reused: row[j] is the distance between a[0..i) and b[0..j).
  const row = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length];
}

export interface Suggestion {
  readonly candidate: string;
  /** Edit distance between the folded texts. */
  readonly distance: number;
}

/**
 * The candidate closest to a value, comparing folded texts (case, diacritics and spacing
 * ignored); the first one wins a tie. Null when there are no candidates.
 */
export function nearest(value: string, candidates: readonly string[]): Suggestion | null {
  const folded = foldText(value);
  let best: Suggestion | null = null;
  for (const candidate of candidates) {
    const distance = editDistance(folded, foldText(candidate));
    if (best === null || distance < best.distance) best = { candidate, distance };
    if (distance === 0) break;
  }
  return best;
}
