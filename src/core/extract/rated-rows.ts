import type { LevelMatcher } from "../criteria/level-matcher";
import { toA1 } from "../grid/address";
import { isCellError, type CellValue } from "../grid/types";
import { term, type IssueSink } from "../issues/issue";
import { levelMarkColumns } from "../recognize/mapping";
import type { SheetText } from "../recognize/sheet-text";
import type { RecognizedTable } from "../recognize/table";
import { displayValue } from "../grid/cell";
import type { IssueCode } from "../issues/codes";
import { countRated, emptyTally, type LevelTally } from "../compute/levels";
import { EMITS as LEVEL_MARKS, readLevelMarks } from "./level-marks";
import { LevelTexts, type SettledText } from "./level-texts";
import { RowRatings } from "./row-ratings";
import { CLASSIFIED, NOT_CLASSIFIED, UNRECOGNIZED, type Outcome } from "./outcomes";
import type { RatedRow } from "./rated-row";
import { RatedRowList } from "./rated-row-list";
import { EMITS as SPELLING, SpellingNotice } from "./spelling-notice";

/** The issue codes this file can emit (checked against the catalog and the texts by test/core/issue-codes.test.ts). */
export const EMITS: readonly IssueCode[] = ["formula-error", "invalid-level", ...LEVEL_MARKS, ...SPELLING];

// The row type lives in rated-row.ts, which rated-row-list.ts imports too (no import circle).
export { levelAddress, type RatedRow, type RatingStatus } from "./rated-row";
export { RatedRowList } from "./rated-row-list";

/**
 * Reads the level of each data row, reporting unreadable levels at their cells, and counts the
 * rows into `tally` as it goes (as tallyRows would count them after: no second pass over the list).
 * The rows are kept as columns (rated-row-list.ts says why).
 */
export function readRatedRows(
  table: RecognizedTable,
  levels: LevelMatcher,
  nameField: "name" | "unitName",
  sink: IssueSink,
  tally: LevelTally = emptyTally(),
): RatedRowList {
  const { text, columns, extent } = table;
  const sheet = table.info.name;
  const nameCol = columns.get(nameField);
  const cellCol = columns.get("cell");
  const notesCol = columns.get("notes");
  const levelCol = columns.get("level") ?? columns.get("proposedLevel") ?? columns.get("selfLevel");
  const marks = levelMarkColumns(columns);
  const spellings = new SpellingNotice();
  // Names are read when asked (rated-row-list.ts).
  const ratings = new RowRatings({ sheet, text, nameCol });
  const levelTexts = new LevelTexts(text, levels, ratings);
  const settled = levelTexts.settled;
  // Decided once for the sheet, not per row: most lists have no section headings.
  const sections = extent.sections.size > 0 ? extent.sections : null;
  const lines = text.grid.rows;
  const dataRows = extent.rows;
  // One row for each data row, in order, kept in the list's typed arrays.
  const rows = new RatedRowList(ratings, dataRows.length);
  rows.sheetRows.set(dataRows);
  // Each row's cell (chi bộ), from its column or its section heading, where the list has either.
  if (cellCol !== undefined || sections !== null)
    for (let i = 0; i < dataRows.length; i++) {
      const r = dataRows[i];
      const cell =
        cellCol !== undefined
          ? text.textOf((lines[r] ?? NO_CELLS)[cellCol], r, cellCol) || null
          : (sections?.get(r) ?? null);
      if (cell !== null) rows.setCell(i, cell);
    }
  // The rows with a notes cell, by their index in `rows`: their notes are read after the loop.
  // Read in the loop, the notes' text (normalizing, decoding) would be compiled into it by V8
  // when it optimizes the running loop: some 10 ms of compiling for a cell most rows leave empty.
  const withNotes: number[] = [];
  const run: SettledRun = {
    dataRows,
    lines,
    levelCol: levelCol ?? -1,
    notesCol: notesCol ?? -1,
    settled,
    rows,
    withNotes,
  };
  for (let i = 0; i < dataRows.length; i++) {
    // Nearly every row is read by the small loop of readSettledRun; it stops at a row it cannot settle.
    i = readSettledRun(run, i);
    if (i === dataRows.length) break;
    const r = dataRows[i];
    const line = lines[r] ?? NO_CELLS;
    const notesCell = notesCol === undefined ? undefined : line[notesCol];
    if (isNotesCell(notesCell)) withNotes.push(i);
    const raw = levelCol === undefined ? undefined : line[levelCol];
    // A blank level, or no mark, with a reason in the notes is "not classified" (domain.md).
    const hasNotes = notesCol !== undefined && text.hasTextOf(notesCell, r, notesCol);
    let outcome: Outcome;
    let levelAt: number;
    if (levelCol !== undefined && (marks.length === 0 || text.hasText(r, levelCol))) {
      levelAt = levelCol;
      outcome = readLevelText(table, r, levelCol, raw, levelTexts, hasNotes, sink, spellings);
    } else {
      const reading = marks.length > 0 ? readLevelMarks(table, r, marks, hasNotes, sink) : UNREADABLE;
      outcome = reading;
      levelAt = reading.levelCol >= 0 ? reading.levelCol : (nameCol ?? 0);
    }
    countRated(tally, outcome.status, outcome.level, 1);
    rows.ratingIndexes[i] = ratings.of(outcome.status, outcome.level, levelAt).index;
  }
  if (notesCol !== undefined) readNotes(rows, withNotes, text, notesCol);
  for (const { rating, rows: times } of settled.values())
    countRated(tally, rating.status, rating.level, times);
  spellings.report(sheet, sink);
  return rows;
}

/** What readSettledRun reads and writes, for one list (a column is -1 where the list has none). */
interface SettledRun {
  readonly dataRows: readonly number[];
  readonly lines: readonly (readonly CellValue[])[];
  readonly levelCol: number;
  readonly notesCol: number;
  readonly settled: ReadonlyMap<CellValue, SettledText>;
  readonly rows: RatedRowList;
  readonly withNotes: number[];
}

/**
 * Reads the rows from index `start` on whose level text was read before and settles its row
 * (LevelTexts.settled), and returns the index of the first row it cannot settle (or the end). A
 * loop of its own, small, so that V8 optimizes it soon (and compiles it at little cost) while it
 * runs over a list of 100,000 rows, where the whole reading loop would be optimized later.
 */
function readSettledRun(run: SettledRun, start: number): number {
  const { dataRows, lines, levelCol, notesCol, settled, rows, withNotes } = run;
  const ratingIndexes = rows.ratingIndexes;
  let i = start;
  for (; i < dataRows.length; i++) {
    const line = lines[dataRows[i]];
    if (line === undefined) break;
    const known = settled.get(line[levelCol]);
    if (known === undefined) break;
    if (notesCol >= 0 && isNotesCell(line[notesCol])) withNotes.push(i);
    known.rows++;
    ratingIndexes[i] = known.rating.index;
  }
  return i;
}

/** Whether a notes cell may hold notes: an empty text (as some programs write an empty cell) is none. */
function isNotesCell(value: CellValue | undefined): boolean {
  return value !== undefined && value !== null && value !== "";
}

/**
 * The notes of the rows at `withNotes`. The same reason is often written on many rows ("Miễn
 * công tác và sinh hoạt đảng"): each distinct text is read once. On a sheet in a legacy encoding
 * a text also depends on its cell's font, so there each cell is read on its own.
 */
function readNotes(rows: RatedRowList, withNotes: readonly number[], text: SheetText, col: number): void {
  const known = new Map<string, string>();
  for (const at of withNotes) {
    const r = rows.rowAt(at);
    const value = text.raw(r, col);
    if (typeof value !== "string" || text.encoding) {
      rows.setNotes(at, text.textOf(value, r, col));
      continue;
    }
    let notes = known.get(value);
    if (notes === undefined) {
      notes = text.textOf(value, r, col);
      known.set(value, notes);
    }
    rows.setNotes(at, notes);
  }
}

/** No level column and no mark columns: the row's name cell stands for its level cell (levelCol -1). */
const UNREADABLE: Pick<RatedRow, "status" | "level" | "levelCol"> = {
  status: "unrecognized",
  level: null,
  levelCol: -1,
};

/** A row's cells when the grid has no line for it. */
const NO_CELLS: readonly CellValue[] = [];

/** A level cell read the first time its text is seen, or one whose text does not settle its row. */
function readLevelText(
  table: RecognizedTable,
  r: number,
  col: number,
  raw: CellValue | undefined,
  levelTexts: LevelTexts,
  hasNotes: boolean,
  sink: IssueSink,
  spellings: SpellingNotice,
): Outcome {
  const sheet = table.info.name;
  if (isCellError(raw)) {
    sink.add("formula-error", { sheet, cell: toA1(r, col), row: r + 1, column: "level", value: raw.error });
    return UNRECOGNIZED;
  }
  const { text: value, reading, canonical } = levelTexts.at(raw, r, col);
  switch (reading.kind) {
    case "level":
      if (!canonical) spellings.note(r, col, value, reading.level);
      return CLASSIFIED[reading.level];
    case "not-classified":
      return NOT_CLASSIFIED;
    case "blank":
      // A blank level with a reason in the notes is "not classified" (domain.md); without one, it is missing.
      if (hasNotes) return NOT_CLASSIFIED;
      sink.add("invalid-level", {
        sheet,
        cell: toA1(r, col),
        row: r + 1,
        column: "level",
        value: "",
        params: { value: term("blank"), suggestion: "—" },
      });
      return UNRECOGNIZED;
    case "unknown":
      sink.add("invalid-level", {
        sheet,
        cell: toA1(r, col),
        row: r + 1,
        column: "level",
        value: displayValue(raw ?? null),
        params: {
          // A level typed without its diacritics is said so, not spelled out word by word.
          ...(reading.unaccented ? { variant: "unaccented" } : {}),
          value,
          suggestion: reading.suggestion
            ? reading.difference
              ? `${reading.suggestion} (${reading.difference})`
              : reading.suggestion
            : "—",
        },
      });
      return UNRECOGNIZED;
  }
}
