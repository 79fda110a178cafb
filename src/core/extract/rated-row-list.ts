import type { LevelKey } from "../criteria/levels";
import type { RowRating, RowRatings } from "./row-ratings";
import type { RatedRow, RatingStatus } from "./rated-row";

/**
 * The rated rows of one list, kept as columns: each row's sheet row and rating in typed arrays, its
 * cell and notes only where it has them. A list of 100,000 members kept as 100,000 objects filled
 * V8's young generation right after the reader's own data, and the scavenge that followed copied
 * both (docs/benchmarks.md, sixth round); a typed array keeps its numbers off the JS heap. A row as
 * an object (a ListRow, which reads and writes through to its list) is made only when asked for:
 * for an issue, or by the checks that run over whole lists only where a column they need is there.
 */
export class RatedRowList implements Iterable<RatedRow> {
  /** Each row's 0-based sheet row, in the list's order. */
  readonly sheetRows: Int32Array;
  /**
   * Each row's rating, as its index in the list's ratings (RowRatings.all). A list has at most
   * 15 ratings for each column a level is read from (its level column, its mark columns, or the
   * name column standing for them): 16 bits hold them.
   */
  readonly ratingIndexes: Uint16Array;
  /** The cells (chi bộ), made on the first row that has one: most lists name none. */
  private cells: (string | null)[] | null = null;
  /** The notes of the rows that have any, by index. */
  private readonly notes = new Map<number, string>();

  constructor(
    private readonly ratings: RowRatings,
    readonly length: number,
  ) {
    this.sheetRows = new Int32Array(length);
    this.ratingIndexes = new Uint16Array(length);
  }

  get sheet(): string {
    return this.ratings.list.sheet;
  }

  rowAt(index: number): number {
    return this.sheetRows[index];
  }

  ratingAt(index: number): RowRating {
    return this.ratings.all[this.ratingIndexes[index]];
  }

  cellAt(index: number): string | null {
    return this.cells === null ? null : this.cells[index];
  }

  setCell(index: number, cell: string | null): void {
    if (this.cells === null) {
      if (cell === null) return;
      this.cells = new Array<string | null>(this.length).fill(null);
    }
    this.cells[index] = cell;
  }

  /** Gives every row that has no cell this one (a list kept on a sheet of its cell's own). */
  fillCells(cell: string): void {
    for (let i = 0; i < this.length; i++) if (this.cellAt(i) === null) this.setCell(i, cell);
  }

  /** Whether any row has a cell. */
  hasCells(): boolean {
    return this.cells !== null && this.cells.some((cell) => cell !== null);
  }

  notesAt(index: number): string {
    return this.notes.get(index) ?? "";
  }

  setNotes(index: number, notes: string): void {
    if (notes === "") this.notes.delete(index);
    else this.notes.set(index, notes);
  }

  /** The indexes of the rows that have notes, in the list's order. */
  notedIndexes(): number[] {
    return [...this.notes.keys()].sort((a, b) => a - b);
  }

  /** A row's name, read from the sheet when asked (names are needed only for issues). */
  nameAt(index: number): string {
    const { text, nameCol } = this.ratings.list;
    return nameCol === undefined ? "" : text.text(this.sheetRows[index], nameCol);
  }

  /** One row as an object, made now: reading and writing it reads and writes the list. */
  at(index: number): RatedRow {
    return new ListRow(this, index);
  }

  toArray(): RatedRow[] {
    const rows = new Array<RatedRow>(this.length);
    for (let i = 0; i < this.length; i++) rows[i] = this.at(i);
    return rows;
  }

  *[Symbol.iterator](): Iterator<RatedRow> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

/** One row of a RatedRowList, as the checks that take rows one by one read it. */
class ListRow implements RatedRow {
  constructor(
    private readonly list: RatedRowList,
    private readonly index: number,
  ) {}

  get sheet(): string {
    return this.list.sheet;
  }

  get row(): number {
    return this.list.rowAt(this.index);
  }

  get name(): string {
    return this.list.nameAt(this.index);
  }

  get cell(): string | null {
    return this.list.cellAt(this.index);
  }

  set cell(cell: string | null) {
    this.list.setCell(this.index, cell);
  }

  get status(): RatingStatus {
    return this.list.ratingAt(this.index).status;
  }

  get level(): LevelKey | null {
    return this.list.ratingAt(this.index).level;
  }

  get levelCol(): number {
    return this.list.ratingAt(this.index).levelCol;
  }

  get notes(): string {
    return this.list.notesAt(this.index);
  }

  set notes(notes: string) {
    this.list.setNotes(this.index, notes);
  }
}
