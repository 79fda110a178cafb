import { columnLetter, toA1 } from "../grid/address";
import type { LevelKey } from "../criteria/levels";
import type { IssueCode } from "../issues/codes";
import type { IssueSink } from "../issues/issue";

/** The issue codes this file can emit (checked against the catalog and the texts by test/core/issue-codes.test.ts). */
export const EMITS: readonly IssueCode[] = ["level-spelling"];

/**
 * Accepted spellings that are not the canonical ones ("Tốt", "HTXS", "HT.") are counted; each
 * column gets one notice naming the readings taken, so that a wrong guess can be seen and fixed.
 */
export class SpellingNotice {
  private readonly byColumn = new Map<number, { first: number; readings: Map<string, string> }>();

  /**
   * A reading of a spelling that is not canonical. Noting a text again changes nothing (the first
   * row and each reading are kept once), so a text need only be noted where it is first read.
   */
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
