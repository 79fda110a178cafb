import type { LevelKey } from "../criteria/levels";
import type { SheetText } from "../recognize/sheet-text";
import type { RatedRow, RatingStatus } from "./rated-row";

/** Where a list's rows have their names: the sheet's text and the name column (none mapped: no names). */
export interface NameColumn {
  readonly text: SheetText;
  readonly col: number | undefined;
}

/**
 * A rated row as read from its list, its name read from the sheet only when asked. A list of
 * 100,000 members needs names only for the rows an issue is about (and for the name-and-birth-year
 * duplicate check where there are no card numbers): normalizing every name up front would touch
 * 100,000 strings for nothing. The text is the same either way (SheetText reads a cell the same
 * way each time).
 */
export class ListRow implements RatedRow {
  constructor(
    private readonly names: NameColumn,
    public sheet: string,
    public row: number,
    public cell: string | null,
    public status: RatingStatus,
    public level: LevelKey | null,
    public levelCol: number,
    public notes: string,
  ) {}

  get name(): string {
    const { text, col } = this.names;
    return col === undefined ? "" : text.text(this.row, col);
  }
}
