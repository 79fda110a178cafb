import { FirstRowByKey } from "../../../src/core/checks/first-row-by-key";

describe("FirstRowByKey", () => {
  it("gives the first row of a key seen again, for numbers and texts", () => {
    const seen = new FirstRowByKey();
    expect(seen.firstOrAdd(9e14 + 12345, 3)).toBe(-1);
    expect(seen.firstOrAdd("AB.12", 4)).toBe(-1);
    expect(seen.firstOrAdd(9e14 + 12345, 8)).toBe(3);
    expect(seen.firstOrAdd(9e14 + 12345, 9)).toBe(3);
    expect(seen.firstOrAdd("AB.12", 10)).toBe(4);
  });

  it("tells apart keys that differ only in their high digits, through growth, as a Map does", () => {
    const seen = new FirstRowByKey();
    const map = new Map<number, number>();
    for (let i = 0; i < 20_000; i++) {
      const key = (i % 7) * 2 ** 40 + (i % 5000);
      expect(seen.firstOrAdd(key, i)).toBe(map.get(key) ?? -1);
      if (!map.has(key)) map.set(key, i);
    }
    expect(map.size).toBeGreaterThan(5000);
  });

  it("gives the same answers when made with room for the keys to come", () => {
    const roomy = new FirstRowByKey(50_000);
    const growing = new FirstRowByKey();
    for (let i = 0; i < 3000; i++) {
      const key = 10 * 1e14 + ((i * 7919) % 2000);
      expect(roomy.firstOrAdd(key, i)).toBe(growing.firstOrAdd(key, i));
    }
    expect(roomy.firstOrAdd(10 * 1e14 + 1999, 9999)).not.toBe(-1);
  });

  it("does not take two different keys for one", () => {
    const seen = new FirstRowByKey();
    seen.firstOrAdd(1, 0);
    expect(seen.firstOrAdd(2 ** 32 + 1, 1)).toBe(-1);
    expect(seen.firstOrAdd(-1, 2)).toBe(-1);
    expect(seen.firstOrAdd(0.5, 3)).toBe(-1);
  });

  it("gives a Map's answers for card-sized keys through growth, near keys and far ones alike", () => {
    const seen = new FirstRowByKey();
    const map = new Map<number, number>();
    for (let i = 0; i < 30_000; i++) {
      // Keys of 8-digit cards (1e8 + serial), some far apart in their high bits, many repeated.
      const key = i % 3 === 0 ? 1e8 + (i % 9000) : ((i % 4000) * 2 ** 18) % 2 ** 30;
      expect(seen.firstOrAdd(key, i)).toBe(map.get(key) ?? -1);
      if (!map.has(key)) map.set(key, i);
    }
    expect(map.size).toBeGreaterThan(5000);
  });

  it("keeps a small key, the same number as a text and a large key apart", () => {
    const seen = new FirstRowByKey();
    expect(seen.firstOrAdd(123, 0)).toBe(-1);
    expect(seen.firstOrAdd("123", 1)).toBe(-1);
    expect(seen.firstOrAdd(123 + 2 ** 30, 2)).toBe(-1);
    expect(seen.firstOrAdd(123, 3)).toBe(0);
    expect(seen.firstOrAdd("123", 4)).toBe(1);
    expect(seen.firstOrAdd(123 + 2 ** 30, 5)).toBe(2);
  });
});
