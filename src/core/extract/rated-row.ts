import type { LevelKey } from "../criteria/levels";
import { toA1 } from "../grid/address";

export type RatingStatus = "classified" | "not-classified" | "unrecognized";

/** One rated row (a member or a collective) as read from its sheet. */
export interface RatedRow {
  sheet: string;
  /** 0-based row. */
  row: number;
  name: string;
  /** The cell (chi bộ) a member belongs to, from a column or a section heading. */
  cell: string | null;
  status: RatingStatus;
  level: LevelKey | null;
  /**
   * 0-based column of the level's cell (the text cell, or the marked cell). A column, not an A1
   * address: a list of 100,000 rows would keep 100,000 address strings that only an issue needs
   * (levelAddress makes one).
   */
  levelCol: number;
  notes: string;
}

/** A1 address of a rated row's level cell, for an issue about its level. */
export function levelAddress(row: Pick<RatedRow, "row" | "levelCol">): string {
  return toA1(row.row, row.levelCol);
}
