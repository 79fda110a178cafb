/** Whole numbers up to 2^53 are hashed by their two 32-bit halves. */
const HIGH_HALF = 2 ** 32;

/**
 * The first row each key was seen on, for duplicate checks over long lists. Keys that are whole
 * non-negative numbers (card numbers read as digits) go into an open-addressing table of typed
 * arrays: a Map would keep a hash entry and a boxed number per row of a 100,000-member list,
 * and grow by rehashing every entry again and again. Other keys go into a Map.
 */
export class FirstRowByKey {
  private keys: Float64Array;
  /** The row plus one of each slot: 0 marks an empty slot. */
  private rows: Int32Array;
  private used = 0;
  private readonly others = new Map<string | number, number>();

  /** Room for `expected` keys from the start (a list's length): no rehashing while it fills. */
  constructor(expected = 0) {
    let size = 1024;
    while (size < expected * 2 + 2) size *= 2;
    this.keys = new Float64Array(size);
    this.rows = new Int32Array(size);
  }

  /** The row the key was first seen on; when the key is new, `row` becomes its first row and undefined comes back. */
  firstOrAdd(key: string | number, row: number): number | undefined {
    if (typeof key !== "number" || !Number.isSafeInteger(key) || key < 0) {
      const first = this.others.get(key);
      if (first === undefined) this.others.set(key, row);
      return first;
    }
    const mask = this.keys.length - 1;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const stored = this.rows[slot];
      if (stored === 0) {
        this.keys[slot] = key;
        this.rows[slot] = row + 1;
        if (++this.used * 2 > this.keys.length) this.grow();
        return undefined;
      }
      if (this.keys[slot] === key) return stored - 1;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const rows = this.rows;
    this.keys = new Float64Array(keys.length * 2);
    this.rows = new Int32Array(rows.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (rows[i] === 0) continue;
      let slot = hash(keys[i]) & mask;
      while (this.rows[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = keys[i];
      this.rows[slot] = rows[i];
    }
  }
}

/** Mixes both halves of a whole number so that keys differing only in their high digits spread too. */
function hash(key: number): number {
  const low = key >>> 0;
  const high = Math.floor(key / HIGH_HALF) >>> 0;
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
