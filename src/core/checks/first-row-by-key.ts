/** Keys below this are small integers to V8 (31-bit): kept in the typed table. */
const SMALL_KEYS = 2 ** 30;

/**
 * The first row each key was seen on, for duplicate checks over long lists. Keys that are whole
 * numbers from 0 to 2^30 - 1 (card numbers of up to 8 digits, card-key.ts) go into an
 * open-addressing table of typed arrays: a Map would keep a hash entry per row of a
 * 100,000-member list and grow by rehashing every entry again and again. Every value the table
 * computes for such a key stays a small integer, so even before V8 optimizes the caller's loop
 * (the first rows of a list) a look-up allocates nothing. Other keys go into a Map.
 */
export class FirstRowByKey {
  private keys: Int32Array;
  /** The row plus one of each slot: 0 marks an empty slot. */
  private rows: Int32Array;
  private used = 0;
  private readonly others = new Map<string | number, number>();

  /** Room for `expected` keys from the start (a list's length): no rehashing while it fills. */
  constructor(expected = 0) {
    let size = 1024;
    while (size < expected * 2 + 2) size *= 2;
    this.keys = new Int32Array(size);
    this.rows = new Int32Array(size);
  }

  /** The row the key was first seen on, or -1 when the key is new (then `row` becomes its first row). */
  firstOrAdd(key: string | number, row: number): number {
    if (typeof key !== "number" || (key | 0) !== key || key < 0 || key >= SMALL_KEYS)
      return this.firstOrAddOther(key, row);
    const mask = this.keys.length - 1;
    for (let slot = slotOf(key) & mask; ; slot = (slot + 1) & mask) {
      const stored = this.rows[slot];
      if (stored === 0) {
        this.keys[slot] = key;
        this.rows[slot] = row + 1;
        if (++this.used * 2 > this.keys.length) this.grow();
        return -1;
      }
      if (this.keys[slot] === key) return stored - 1;
    }
  }

  /** Texts and large numbers: rare in a list, kept apart so that the table's loop stays small. */
  private firstOrAddOther(key: string | number, row: number): number {
    const first = this.others.get(key);
    if (first !== undefined) return first;
    this.others.set(key, row);
    return -1;
  }

  private grow(): void {
    const keys = this.keys;
    const rows = this.rows;
    this.keys = new Int32Array(keys.length * 2);
    this.rows = new Int32Array(rows.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (rows[i] === 0) continue;
      let slot = slotOf(keys[i]) & mask;
      while (this.rows[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = keys[i];
      this.rows[slot] = rows[i];
    }
  }
}

/**
 * Spreads a key from 0 to 2^30 - 1 over the table, keys differing only in their high digits
 * too. Its two 15-bit halves are multiplied by 15-bit constants and mixed: every step stays
 * below 2^30, a small integer, where Math.imul's 32-bit results would each be a new heap number
 * in unoptimized code.
 */
function slotOf(key: number): number {
  const h = ((key & 0x7fff) * 0x6b43) ^ ((key >>> 15) * 0x2d2b);
  return h ^ (h >>> 15);
}
