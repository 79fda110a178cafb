import { largestRemainderPercents, percentOf } from "../../../src/core/compute/shares";

/** Sum in units of the last decimal, so that floating point does not blur the comparison. */
function unitSum(percents: number[], decimals: number): number {
  return percents.reduce((sum, p) => sum + Math.round(p * 10 ** decimals), 0);
}

/** Each share rounded on its own, as the published reports do. */
function naive(counts: number[], decimals: number): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => Math.round((c * 100 * 10 ** decimals) / total) / 10 ** decimals);
}

describe("largestRemainderPercents", () => {
  it("adds up to exactly 100.0 where rounding each share gives 99.9", () => {
    const counts = [1, 1, 1, 0];
    expect(unitSum(naive(counts, 1), 1)).toBe(999);
    const shares = largestRemainderPercents(counts, 1);
    expect(shares).toEqual([33.4, 33.3, 33.3, 0]);
    expect(unitSum(shares, 1)).toBe(1000);
  });

  it("adds up to exactly 100.0 where rounding each share gives 100.1", () => {
    const counts = [1, 1, 4, 0];
    expect(unitSum(naive(counts, 1), 1)).toBe(1001);
    const shares = largestRemainderPercents(counts, 1);
    expect(unitSum(shares, 1)).toBe(1000);
    expect(shares).toEqual([16.7, 16.6, 66.7, 0]);
  });

  it("gives the domain.md figures that were right: 5 and 21 of 26 cells are 19.2% and 80.8%", () => {
    expect(largestRemainderPercents([5, 21, 0, 0], 1)).toEqual([19.2, 80.8, 0, 0]);
  });

  it("never publishes the 104.9% of domain.md: any counts add up to 100 at any decimals", () => {
    // A deterministic sweep over many small tables, at 0 to 3 decimals.
    for (let decimals = 0; decimals <= 3; decimals++) {
      for (let seed = 1; seed <= 120; seed++) {
        const counts = [(seed * 7) % 13, (seed * 11) % 29, (seed * 5) % 17, seed % 3];
        if (counts.every((c) => c === 0)) continue;
        const shares = largestRemainderPercents(counts, decimals);
        expect(unitSum(shares, decimals)).toBe(100 * 10 ** decimals);
        const total = counts.reduce((a, b) => a + b, 0);
        shares.forEach((share, i) => {
          // Each share is its exact value floored or raised by one unit, never further.
          expect(Math.abs(share - (counts[i] * 100) / total)).toBeLessThan(10 ** -decimals + 1e-9);
        });
      }
    }
  });

  it("gives 0 to every share of an empty whole, and to zero counts", () => {
    expect(largestRemainderPercents([0, 0, 0, 0], 1)).toEqual([0, 0, 0, 0]);
    expect(largestRemainderPercents([], 1)).toEqual([]);
    expect(largestRemainderPercents([0, 3, 0, 0], 1)).toEqual([0, 100, 0, 0]);
    // Zero counts never receive a unit left over, even with the largest "remainder" order.
    expect(largestRemainderPercents([0, 1, 1, 1], 0)).toEqual([0, 34, 33, 33]);
  });

  it("breaks ties by the larger count, then by the earlier item", () => {
    // 12.5 and 87.5: equal remainders, the unit goes to the larger count.
    expect(largestRemainderPercents([1, 7], 0)).toEqual([12, 88]);
    expect(largestRemainderPercents([7, 1], 0)).toEqual([88, 12]);
    // Equal counts: the earlier item.
    expect(largestRemainderPercents([1, 1, 1], 0)).toEqual([34, 33, 33]);
  });

  it("keeps exact shares as they are", () => {
    expect(largestRemainderPercents([1, 1, 2, 0], 1)).toEqual([25, 25, 50, 0]);
    expect(largestRemainderPercents([3, 12, 4, 1], 2)).toEqual([15, 60, 20, 5]);
  });
});

describe("percentOf", () => {
  it("rounds a single ratio half up at the given decimals", () => {
    expect(percentOf(13, 80, 2)).toBe(16.25);
    expect(percentOf(1, 3, 1)).toBe(33.3);
    expect(percentOf(2, 3, 1)).toBe(66.7);
    expect(percentOf(1, 8, 0)).toBe(13);
    // 0.145 × 100 is 14.499999… in floating point; half up still gives 14.5.
    expect(percentOf(29, 200, 1)).toBe(14.5);
  });

  it("gives 0 for an empty whole instead of dividing by zero", () => {
    expect(percentOf(3, 0, 1)).toBe(0);
  });
});
