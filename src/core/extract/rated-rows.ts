import type { LevelMatcher } from "../criteria/level-matcher";
import type { LevelKey } from "../criteria/levels";
import { columnLetter, toA1 } from "../grid/address";
import { isCellError } from "../grid/types";
import { term, type IssueSink } from "../issues/issue";
import { levelMarkColumns } from "../recognize/mapping";
import type { RecognizedTable } from "../recognize/table";
import { displayValue } from "../grid/cell";
import type { IssueCode } from "../issues/codes";

/** The issue codes this file can emit (checked against the catalog and the texts by test/core/issue-codes.test.ts). */
export const EMITS: readonly IssueCode[] = ["formula-error", "invalid-level", "level-spelling"];

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
  /** A1 address of the level's cell (the text cell, or the marked cell). */
  levelCell: string;
  notes: string;
}

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
  const spellings = new SpellingNotice(levels);
  for (const r of extent.rows) {
    const name = nameCol !== undefined ? text.text(r, nameCol) : "";
    const notes = notesCol !== undefined ? text.text(r, notesCol) : "";
    const cell = cellCol !== undefined ? text.text(r, cellCol) || null : (extent.sections.get(r) ?? null);
    const reading =
      levelCol !== undefined && (marks.length === 0 || hasText(table, r, levelCol))
        ? readLevelText(table, r, levelCol, levels, notes, sink, spellings)
        : marks.length > 0
          ? readLevelMarks(table, r, marks, notes, sink)
          : UNREADABLE;
    rows.push({
      sheet,
      row: r,
      name,
      cell,
      notes,
      status: reading.status,
      level: reading.level,
      levelCell: reading.levelCell || toA1(r, nameCol ?? 0),
    });
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

  constructor(private readonly levels: LevelMatcher) {}

  note(row: number, col: number, text: string, level: LevelKey): void {
    if (this.levels.isCanonical(text)) return;
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

const UNREADABLE: Pick<RatedRow, "status" | "level" | "levelCell"> = {
  status: "unrecognized",
  level: null,
  levelCell: "",
};

function hasText(table: RecognizedTable, row: number, col: number): boolean {
  return table.text.text(row, col) !== "";
}

function readLevelText(
  table: RecognizedTable,
  r: number,
  col: number,
  levels: LevelMatcher,
  notes: string,
  sink: IssueSink,
  spellings: SpellingNotice,
): Pick<RatedRow, "status" | "level" | "levelCell"> {
  const address = toA1(r, col);
  const sheet = table.info.name;
  const raw = table.text.raw(r, col);
  if (isCellError(raw)) {
    sink.add("formula-error", { sheet, cell: address, row: r + 1, column: "level", value: raw.error });
    return { status: "unrecognized", level: null, levelCell: address };
  }
  const value = table.text.text(r, col);
  const reading = levels.read(value);
  switch (reading.kind) {
    case "level":
      spellings.note(r, col, value, reading.level);
      return { status: "classified", level: reading.level, levelCell: address };
    case "not-classified":
      return { status: "not-classified", level: null, levelCell: address };
    case "blank":
      // A blank level with a reason in the notes is "not classified" (domain.md); without one, it is missing.
      if (notes) return { status: "not-classified", level: null, levelCell: address };
      sink.add("invalid-level", {
        sheet,
        cell: address,
        row: r + 1,
        column: "level",
        value: "",
        params: { value: term("blank"), suggestion: "—" },
      });
      return { status: "unrecognized", level: null, levelCell: address };
    case "unknown":
      sink.add("invalid-level", {
        sheet,
        cell: address,
        row: r + 1,
        column: "level",
        value: displayValue(raw),
        params: {
          value,
          suggestion: reading.suggestion
            ? reading.difference
              ? `${reading.suggestion} (${reading.difference})`
              : reading.suggestion
            : "—",
        },
      });
      return { status: "unrecognized", level: null, levelCell: address };
  }
}

const MARK = /^[x×✓✔v1+]$/i;

function readLevelMarks(
  table: RecognizedTable,
  r: number,
  marks: { level: LevelKey | "none"; col: number }[],
  notes: string,
  sink: IssueSink,
): Pick<RatedRow, "status" | "level" | "levelCell"> {
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
  const firstCell = toA1(r, marks[0].col);
  // No mark at all with a reason in the notes is "not classified", as a blank level text is (domain.md).
  if (marked.length === 0 && !unreadable && notes)
    return { status: "not-classified", level: null, levelCell: firstCell };
  if (marked.length === 1) {
    const only = marked[0];
    const address = toA1(r, only.col);
    return only.level === "none"
      ? { status: "not-classified", level: null, levelCell: address }
      : { status: "classified", level: only.level, levelCell: address };
  }
  const value = marked.length === 0 ? term("noMark") : term("marks", { count: marked.length });
  sink.add("invalid-level", {
    sheet,
    cell: marked.length ? toA1(r, marked[1].col) : firstCell,
    row: r + 1,
    column: "level",
    // The issue's value is what a cell holds; "no mark" and "two marks" are said by the message.
    params: { value, suggestion: term("oneMark") },
  });
  return { status: "unrecognized", level: null, levelCell: firstCell };
}
