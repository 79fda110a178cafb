import type { LevelMatcher, LevelReading } from "../criteria/level-matcher";
import type { LevelKey } from "../criteria/levels";
import { columnLetter, toA1 } from "../grid/address";
import { isCellError, type CellValue } from "../grid/types";
import { term, type IssueSink } from "../issues/issue";
import { levelMarkColumns } from "../recognize/mapping";
import type { SheetText } from "../recognize/sheet-text";
import type { RecognizedTable } from "../recognize/table";
import { displayValue } from "../grid/cell";
import type { IssueCode } from "../issues/codes";
import { ListRow, type NameColumn } from "./list-row";
import type { RatedRow } from "./rated-row";

/** The issue codes this file can emit (checked against the catalog and the texts by test/core/issue-codes.test.ts). */
export const EMITS: readonly IssueCode[] = ["formula-error", "invalid-level", "level-spelling"];

// The row type lives in rated-row.ts, which list-row.ts imports too (no import circle).
export { levelAddress, type RatedRow, type RatingStatus } from "./rated-row";

/** Reads the level of each data row, reporting unreadable levels at their cells. */
export function readRatedRows(
  table: RecognizedTable,
  levels: LevelMatcher,
  nameField: "name" | "unitName",
  sink: IssueSink,
): RatedRow[] {
  const { text, columns, extent } = table;
  const sheet = table.info.name;
  const nameCol = columns.get(nameField);
  const cellCol = columns.get("cell");
  const notesCol = columns.get("notes");
  const levelCol = columns.get("level") ?? columns.get("proposedLevel") ?? columns.get("selfLevel");
  const marks = levelMarkColumns(columns);
  const rows: RatedRow[] = [];
  const spellings = new SpellingNotice();
  const levelTexts = new LevelTexts(text, levels);
  // Names are read when asked (list-row.ts).
  const names: NameColumn = { text, col: nameCol };
  // Indexed, not for-of: the loop runs once over up to 100,000 rows, mostly unoptimized, where
  // for-of costs a call and a result object per row.
  for (let i = 0; i < extent.rows.length; i++) {
    const r = extent.rows[i];
    // Each row's cells are read from its line, looked up once.
    const line = text.grid.rows[r] ?? NO_CELLS;
    const notes = notesCol !== undefined ? text.textOf(line[notesCol], r, notesCol) : "";
    const cell =
      cellCol !== undefined
        ? text.textOf(line[cellCol], r, cellCol) || null
        : (extent.sections.get(r) ?? null);
    let outcome: Pick<RatedRow, "status" | "level">;
    let levelAt: number;
    if (levelCol !== undefined && (marks.length === 0 || text.hasText(r, levelCol))) {
      levelAt = levelCol;
      outcome = readLevelText(table, r, levelCol, line[levelCol], levelTexts, notes, sink, spellings);
    } else {
      const reading = marks.length > 0 ? readLevelMarks(table, r, marks, notes, sink) : UNREADABLE;
      outcome = reading;
      levelAt = reading.levelCol >= 0 ? reading.levelCol : (nameCol ?? 0);
    }
    rows.push(new ListRow(names, sheet, r, cell, outcome.status, outcome.level, levelAt, notes));
  }
  spellings.report(sheet, sink);
  return rows;
}

/**
 * Accepted spellings that are not the canonical ones ("Tốt", "HTXS", "HT.") are counted; each
 * column gets one notice naming the readings taken, so that a wrong guess can be seen and fixed.
 */
class SpellingNotice {
  private readonly byColumn = new Map<number, { first: number; readings: Map<string, string> }>();

  /** A reading of a spelling that is not canonical. */
  note(row: number, col: number, text: string, level: LevelKey): void {
    const entry = this.byColumn.get(col) ?? { first: row, readings: new Map<string, string>() };
    const shown = text.replace(/\s+/g, " ").trim();
    if (!entry.readings.has(shown)) entry.readings.set(shown, level);
    this.byColumn.set(col, entry);
  }

  report(sheet: string, sink: IssueSink): void {
    for (const [col, entry] of this.byColumn) {
      const readings = [...entry.readings]
        .slice(0, 6)
        .map(([text, level]) => `“${text}” → ${level}`)
        .join("; ");
      sink.add("level-spelling", {
        sheet,
        cell: toA1(entry.first, col),
        row: entry.first + 1,
        column: "level",
        params: { column: columnLetter(col), readings },
      });
    }
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

type Outcome = Pick<RatedRow, "status" | "level">;

const NOT_CLASSIFIED: Outcome = { status: "not-classified", level: null };
const UNRECOGNIZED: Outcome = { status: "unrecognized", level: null };
/** One outcome object per level, made up front: a list of 100,000 rows makes none. */
const CLASSIFIED: Readonly<Record<LevelKey, Outcome>> = {
  HTXSNV: { status: "classified", level: "HTXSNV" },
  HTTNV: { status: "classified", level: "HTTNV" },
  HTNV: { status: "classified", level: "HTNV" },
  KHTNV: { status: "classified", level: "KHTNV" },
};

/** A level cell's text as read: its text, the reading, and whether it is a canonical spelling. */
interface LevelText {
  text: string;
  reading: LevelReading;
  canonical: boolean;
}

/**
 * Level cells repeat a handful of texts down a list: each distinct text is normalized, read and
 * judged canonical once. On a sheet in a legacy encoding a text also depends on its cell's font,
 * so there each cell is read on its own.
 */
class LevelTexts {
  private readonly known = new Map<string, LevelText>();

  constructor(
    private readonly text: SheetText,
    private readonly levels: LevelMatcher,
  ) {}

  at(value: CellValue | undefined, row: number, col: number): LevelText {
    if (typeof value !== "string" || this.text.encoding) return this.read(this.text.textOf(value, row, col));
    let known = this.known.get(value);
    if (!known) {
      known = this.read(this.text.textOf(value, row, col));
      this.known.set(value, known);
    }
    return known;
  }

  private read(text: string): LevelText {
    const reading = this.levels.read(text);
    return { text, reading, canonical: reading.kind === "level" && this.levels.isCanonical(text) };
  }
}

function readLevelText(
  table: RecognizedTable,
  r: number,
  col: number,
  raw: CellValue | undefined,
  levelTexts: LevelTexts,
  notes: string,
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
      if (notes) return NOT_CLASSIFIED;
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

const MARK = /^[x×✓✔v1+]$/i;

function readLevelMarks(
  table: RecognizedTable,
  r: number,
  marks: { level: LevelKey | "none"; col: number }[],
  notes: string,
  sink: IssueSink,
): Pick<RatedRow, "status" | "level" | "levelCol"> {
  const sheet = table.info.name;
  const marked: { level: LevelKey | "none"; col: number }[] = [];
  let unreadable = false;
  for (const mark of marks) {
    const value = table.text.text(r, mark.col);
    if (!value) continue;
    if (MARK.test(value)) marked.push(mark);
    else {
      unreadable = true;
      sink.add("invalid-level", {
        sheet,
        cell: toA1(r, mark.col),
        row: r + 1,
        column: mark.level,
        value,
        params: { value, suggestion: "x" },
      });
    }
  }
  const firstCol = marks[0].col;
  // No mark at all with a reason in the notes is "not classified", as a blank level text is (domain.md).
  if (marked.length === 0 && !unreadable && notes)
    return { status: "not-classified", level: null, levelCol: firstCol };
  if (marked.length === 1) {
    const only = marked[0];
    return only.level === "none"
      ? { status: "not-classified", level: null, levelCol: only.col }
      : { status: "classified", level: only.level, levelCol: only.col };
  }
  const value = marked.length === 0 ? term("noMark") : term("marks", { count: marked.length });
  sink.add("invalid-level", {
    sheet,
    cell: toA1(r, marked.length ? marked[1].col : firstCol),
    row: r + 1,
    column: "level",
    // The issue's value is what a cell holds; "no mark" and "two marks" are said by the message.
    params: { value, suggestion: term("oneMark") },
  });
  return { status: "unrecognized", level: null, levelCol: firstCol };
}
