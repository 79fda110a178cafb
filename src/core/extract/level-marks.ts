import type { LevelKey } from "../criteria/levels";
import { toA1 } from "../grid/address";
import { term, type IssueSink } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import type { IssueCode } from "../issues/codes";
import type { RatedRow } from "./rated-row";

/** The issue codes this file can emit (checked against the catalog and the texts by test/core/issue-codes.test.ts). */
export const EMITS: readonly IssueCode[] = ["invalid-level"];

const MARK = /^[x×✓✔v1+]$/i;

/** The level of a row rated with one "x" column per level: the one marked column. */
export function readLevelMarks(
  table: RecognizedTable,
  r: number,
  marks: { level: LevelKey | "none"; col: number }[],
  hasNotes: boolean,
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
  if (marked.length === 0 && !unreadable && hasNotes)
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
