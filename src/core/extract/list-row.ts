import type { LevelKey } from "../criteria/levels";
import type { SheetText } from "../recognize/sheet-text";
import type { RatedRow, RatingStatus } from "./rated-row";

/** What every row of one list shares: its sheet, and where its names are (none mapped: no names). */
export interface ListSheet {
  readonly sheet: string;
  readonly text: SheetText;
  readonly nameCol: number | undefined;
}

/**
 * A rating as a row's level cell gives it, shared by every row of the list rated the same way
 * (RowRatings): a list of 100,000 members has a handful of them.
 */
export interface RowRating {
  readonly list: ListSheet;
  readonly status: RatingStatus;
  readonly level: LevelKey | null;
  readonly levelCol: number;
}

/**
 * A rated row as read from its list: its row, cell and notes, and its shared rating. Kept this
 * small because a list of 100,000 members keeps 100,000 of them, and each one V8's young
 * generation copies twice before they settle: eight fields a row cost about a third more in
 * allocation and copying than these four.
 *
 * The name is read from the sheet only when asked: a list of 100,000 members needs names only
 * for the rows an issue is about (and for the name-and-birth-year duplicate check where there
 * are no card numbers): normalizing every name up front would touch 100,000 strings for nothing.
 * The text is the same either way (SheetText reads a cell the same way each time).
 */
export class ListRow implements RatedRow {
  constructor(
    private readonly rating: RowRating,
    public row: number,
    public cell: string | null,
    public notes: string,
  ) {}

  get sheet(): string {
    return this.rating.list.sheet;
  }

  get status(): RatingStatus {
    return this.rating.status;
  }

  get level(): LevelKey | null {
    return this.rating.level;
  }

  get levelCol(): number {
    return this.rating.levelCol;
  }

  get name(): string {
    const { text, nameCol } = this.rating.list;
    return nameCol === undefined ? "" : text.text(this.row, nameCol);
  }
}

const STATUS_CODES: Readonly<Record<RatingStatus, number>> = {
  classified: 0,
  "not-classified": 1,
  unrecognized: 2,
};
const LEVEL_CODES: Readonly<Record<LevelKey, number>> = { HTXSNV: 0, HTTNV: 1, HTNV: 2, KHTNV: 3 };

/** The ratings of one list, each made once: rows rated alike share one object. */
export class RowRatings {
  private readonly made = new Map<number, RowRating>();

  constructor(readonly list: ListSheet) {}

  of(status: RatingStatus, level: LevelKey | null, levelCol: number): RowRating {
    // A number key, not a string: no text made per look-up (levelCol is -1 or more).
    const key = ((levelCol + 1) * 3 + STATUS_CODES[status]) * 5 + (level === null ? 4 : LEVEL_CODES[level]);
    let rating = this.made.get(key);
    if (!rating) {
      rating = { list: this.list, status, level, levelCol };
      this.made.set(key, rating);
    }
    return rating;
  }
}
