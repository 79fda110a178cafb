/**
 * The section (cell) name of each record row of a list grouped by cell, read as a Map of rows
 * is (get, size). A Map would keep a hash entry per record, some 3-4 MB on the JS heap for a
 * list of 100,000 members, until the end of the analysis; here a row costs 4 bytes of a typed
 * array, whose backing store lies outside the JS heap, and a list without sections costs none.
 */
export class RowSections {
  /** Each row's section, as its index in `names` + 1; 0 for none. Made on the first set(). */
  private codes: Int32Array | null = null;
  private readonly names: string[] = [];
  private count = 0;

  /** Rows `first` to `last` (inclusive) may be given a section. */
  constructor(
    private readonly first: number,
    private readonly last: number,
  ) {}

  /** How many rows have a section. */
  get size(): number {
    return this.count;
  }

  get(row: number): string | undefined {
    const code = this.codes !== null && row >= this.first ? this.codes[row - this.first] : undefined;
    return code ? this.names[code - 1] : undefined;
  }

  /** Gives each of these rows the section named so (sections are given in order, each once). */
  setAll(rows: readonly number[], name: string): void {
    if (rows.length === 0) return;
    this.codes ??= new Int32Array(Math.max(0, this.last - this.first + 1));
    const code = this.names.push(name);
    for (let i = 0; i < rows.length; i++) {
      const at = rows[i] - this.first;
      if (at < 0 || at >= this.codes.length) throw new RangeError(`row ${rows[i]} is outside the table`);
      if (this.codes[at] === 0) this.count++;
      this.codes[at] = code;
    }
  }
}
