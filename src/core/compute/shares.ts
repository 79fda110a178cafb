/**
 * Percentages of one whole that add up to exactly 100 at the given decimals (largest-remainder
 * rounding, also called Hamilton's method): floor every share, then hand the units left over to
 * the largest remainders (ties go to the larger count, then to the earlier item).
 */
export function largestRemainderPercents(counts: readonly number[], decimals: number): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return counts.map(() => 0);
  const scale = 10 ** decimals;
  const units = 100 * scale;
  const exact = counts.map((c) => (c * units) / total);
  const floors = exact.map((e) => Math.floor(e + 1e-9));
  let left = units - floors.reduce((a, b) => a + b, 0);
  // Remainders in whole units of 1/total: as fractions, equal remainders could differ by rounding noise.
  const order = exact
    .map((_, i) => ({ i, remainder: counts[i] * units - floors[i] * total, count: counts[i] }))
    .sort((a, b) => b.remainder - a.remainder || b.count - a.count || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    if (counts[i] === 0) continue;
    floors[i] += 1;
    left -= 1;
  }
  return floors.map((f) => f / scale);
}

/** A single ratio in percent, rounded half up at the given decimals (for figures that are not shares of one whole). */
export function percentOf(part: number, whole: number, decimals: number): number {
  if (whole <= 0) return 0;
  const scale = 10 ** decimals;
  return Math.round(((part * 100) / whole) * scale + 1e-9) / scale;
}
