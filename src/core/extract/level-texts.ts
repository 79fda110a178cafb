import type { LevelMatcher, LevelReading } from "../criteria/level-matcher";
import type { CellValue } from "../grid/types";
import type { SheetText } from "../recognize/sheet-text";
import type { RowRating, RowRatings } from "./row-ratings";
import { CLASSIFIED, NOT_CLASSIFIED, type Outcome } from "./outcomes";

/** A level cell's text as read: its text, the reading, and whether it is a canonical spelling. */
export interface LevelText {
  text: string;
  reading: LevelReading;
  canonical: boolean;
}

/**
 * A cell value whose reading alone decides its row (a level, or "not classified": no notes, no
 * issue, no second look), with how many further rows were read through it (for the tally).
 */
export interface SettledText {
  readonly rating: RowRating;
  rows: number;
}

/**
 * Level cells repeat a handful of texts down a list: each distinct text is normalized, read and
 * judged canonical once. On a sheet in a legacy encoding a text also depends on its cell's font,
 * so there each cell is read on its own (and nothing is settled).
 */
export class LevelTexts {
  private readonly known = new Map<string, LevelText>();
  /**
   * The cell values read before that settle their row, by value: a list's rows are nearly all
   * answered with one look-up here, in the reading loop (rated-rows.ts), without a call.
   */
  readonly settled = new Map<string, SettledText>();

  constructor(
    private readonly text: SheetText,
    private readonly levels: LevelMatcher,
    private readonly ratings: RowRatings,
  ) {}

  at(value: CellValue | undefined, row: number, col: number): LevelText {
    if (typeof value !== "string" || this.text.encoding) return this.read(this.text.textOf(value, row, col));
    let known = this.known.get(value);
    if (!known) {
      known = this.read(this.text.textOf(value, row, col));
      this.known.set(value, known);
      const outcome = settledOutcome(known.reading);
      if (outcome)
        this.settled.set(value, { rating: this.ratings.of(outcome.status, outcome.level, col), rows: 0 });
    }
    return known;
  }

  private read(text: string): LevelText {
    const reading = this.levels.read(text);
    return { text, reading, canonical: reading.kind === "level" && this.levels.isCanonical(text) };
  }
}

/** The outcome of a reading that needs nothing else of its row: a blank one depends on the notes, an unknown one is reported. */
function settledOutcome(reading: LevelReading): Outcome | null {
  if (reading.kind === "level") return CLASSIFIED[reading.level];
  return reading.kind === "not-classified" ? NOT_CLASSIFIED : null;
}
