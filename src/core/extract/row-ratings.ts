import type { LevelKey } from "../criteria/levels";
import type { SheetText } from "../recognize/sheet-text";
import type { RatingStatus } from "./rated-row";

/** What every row of one list shares: its sheet, and where its names are (none mapped: no names). */
export interface ListSheet {
  readonly sheet: string;
  readonly text: SheetText;
  readonly nameCol: number | undefined;
}

/**
 * A rating as a row's level cell gives it, shared by every row of the list rated the same way
 * (RowRatings): a list of 100,000 members has a handful of them. `index` is its place in the
 * list's ratings, which is what a row keeps (rated-row-list.ts).
 */
export interface RowRating {
  readonly status: RatingStatus;
  readonly level: LevelKey | null;
  readonly levelCol: number;
  readonly index: number;
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
  /** By index: the rating a row's index names. */
  readonly all: RowRating[] = [];

  constructor(readonly list: ListSheet) {}

  of(status: RatingStatus, level: LevelKey | null, levelCol: number): RowRating {
    // A number key, not a string: no text made per look-up (levelCol is -1 or more).
    const key = ((levelCol + 1) * 3 + STATUS_CODES[status]) * 5 + (level === null ? 4 : LEVEL_CODES[level]);
    let rating = this.made.get(key);
    if (!rating) {
      rating = { status, level, levelCol, index: this.all.length };
      this.made.set(key, rating);
      this.all.push(rating);
    }
    return rating;
  }
}
