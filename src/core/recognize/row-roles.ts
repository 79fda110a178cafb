/** What a non-blank row under the header is (design.md: every row is accounted for). */
export type RowRole =
  "record" | "continuation" | "section" | "subtotal" | "total" | "note" | "signature" | "unread";

/**
 * Each role's code; code 0 is "no role" (a blank row, or one outside the table). An object
 * literal, not a Map: set() runs once a row, and a property read with a known key is answered by
 * V8's inline cache even before the loop is optimized, where Map.get is a call.
 */
const CODE: Readonly<Record<RowRole, number>> = {
  record: 1,
  continuation: 2,
  section: 3,
  subtotal: 4,
  total: 5,
  note: 6,
  signature: 7,
  unread: 8,
};
/** The roles by code - 1 (string keys keep their order). */
const ROLES = Object.keys(CODE) as RowRole[];

/**
 * The role of each row of a table's body, one byte a row: a list of 100,000 members would
 * otherwise keep a hash entry per row until the end of the analysis, and its rows would have to
 * be sorted each time they are walked in order. Rows are always walked from top to bottom.
 */
export class RowRoles {
  private readonly codes: Uint8Array;
  /** Rows by role code, kept as roles are set: counting them takes no walk over every row. */
  private readonly tally = new Array<number>(ROLES.length + 1).fill(0);

  /** Rows `first` to `last` (inclusive) may get a role; an empty range when `last` < `first`. */
  constructor(
    private readonly first: number,
    last: number,
  ) {
    this.codes = new Uint8Array(Math.max(0, last - first + 1));
    this.tally[0] = this.codes.length;
  }

  get(row: number): RowRole | undefined {
    const code = row >= this.first ? this.codes[row - this.first] : undefined;
    return code ? ROLES[code - 1] : undefined;
  }

  set(row: number, role: RowRole): void {
    const at = row - this.first;
    if (at < 0 || at >= this.codes.length) throw new RangeError(`row ${row} is outside the table`);
    const code = CODE[role];
    this.tally[this.codes[at]]--;
    this.tally[code]++;
    this.codes[at] = code;
  }

  /**
   * Gives rows `from` to `to` (inclusive), none of which has a role yet, this role at once: the
   * first pass meets each row once, and a long list's records come in runs of thousands.
   */
  setNewRun(from: number, to: number, role: RowRole): void {
    const start = from - this.first;
    const end = to - this.first;
    if (start < 0 || end >= this.codes.length)
      throw new RangeError(`rows ${from}-${to} are outside the table`);
    if (end < start) return;
    // Only the ends are looked at: asking of every row would be the walk this method saves.
    if (this.codes[start] !== 0 || this.codes[end] !== 0)
      throw new Error(`rows ${from}-${to} have a role already`);
    const code = CODE[role];
    this.codes.fill(code, start, end + 1);
    this.tally[0] -= end - start + 1;
    this.tally[code] += end - start + 1;
  }

  /**
   * The rows that have this role, from top to bottom. The list is made at its length (the tally)
   * and filled by index: grown by push to 100,000 records, it would leave some 2 MB of outgrown
   * copies on the JS heap.
   */
  rowsWith(role: RowRole): number[] {
    const code = CODE[role];
    const count = this.tally[code];
    // No row has it (a table with every row read has no "unread" one): no walk over every row.
    if (count === 0) return [];
    const rows = new Array<number>(count);
    let at = 0;
    for (let i = 0; at < count; i++) if (this.codes[i] === code) rows[at++] = this.first + i;
    return rows;
  }

  /** Whether some row has this role. */
  some(role: RowRole): boolean {
    const code = CODE[role];
    return code !== undefined && this.tally[code] > 0;
  }

  /** How many rows have each role. */
  counts(): Record<RowRole, number> {
    const counts = {} as Record<RowRole, number>;
    ROLES.forEach((role, i) => (counts[role] = this.tally[i + 1]));
    return counts;
  }

  /** The first row below `row` with a role other than those skipped, or null. */
  nextBelow(row: number, skipped: readonly RowRole[]): { row: number; role: RowRole } | null {
    for (let r = Math.max(row + 1, this.first); r < this.first + this.codes.length; r++) {
      const role = this.get(r);
      if (role && !skipped.includes(role)) return { row: r, role };
    }
    return null;
  }

  /** Each row with a role, with it, from top to bottom, between `from` and `to` (exclusive). */
  forEachBetween(from: number, to: number, visit: (row: number, role: RowRole) => void): void {
    const start = Math.max(from + 1, this.first);
    const end = Math.min(to, this.first + this.codes.length);
    for (let r = start; r < end; r++) {
      const code = this.codes[r - this.first];
      if (code) visit(r, ROLES[code - 1]);
    }
  }
}
