import type { IssueCode } from "../issues/codes";
import type { LevelMatcher } from "../criteria/level-matcher";
import { ruleSeverity } from "../criteria/rule-ids";
import type { Criteria } from "../criteria/schema";
import type { IssueSink } from "../issues/issue";
import type { RecognizedTable } from "../recognize/table";
import { levelAddress, type RatedRow } from "../extract/rated-rows";

/** Emits: civil-service-level. */
export const EMITS: readonly IssueCode[] = ["civil-service-level"];

/**
 * Hướng dẫn 21 (civil servants rated under Nghị định 335/2025 from 2025, with the same levels): a
 * member rated HTXSNV must be HTXSNV as a civil servant; KHTNV as a civil servant makes the member
 * KHTNV. Reported at the party level's cell, where the fix belongs.
 */
export function checkCivilServiceLevel(
  table: RecognizedTable,
  rows: Iterable<RatedRow>,
  criteria: Criteria,
  levels: LevelMatcher,
  sink: IssueSink,
): void {
  const col = table.columns.get("civilServiceLevel");
  if (!criteria.memberRules.civilService || col === undefined) return;
  const severity = ruleSeverity(criteria, "civilService", "error");
  for (const row of rows) {
    if (!row.level) continue;
    const civilText = table.text.text(row.row, col);
    const reading = levels.read(civilText);
    if (reading.kind !== "level") continue;
    const civil = reading.level;
    const variant =
      civil === "KHTNV" && row.level !== "KHTNV"
        ? "lowest"
        : row.level === "HTXSNV" && civil !== "HTXSNV"
          ? "top"
          : null;
    if (variant === null) continue;
    sink.add("civil-service-level", {
      sheet: table.info.name,
      cell: levelAddress(row),
      row: row.row + 1,
      column: "level",
      value: row.level,
      severity,
      params: { variant, name: row.name, level: row.level, civilLevel: civilText },
    });
  }
}
