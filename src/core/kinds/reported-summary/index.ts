import { checkReportedHeadcount, EMITS as REPORTED_HEADCOUNT } from "../../checks/reported-headcount";
import { checkReportedTotals, EMITS as REPORTED_TOTALS } from "../../checks/reported-totals";
import { checkReportedSummary, EMITS as UNIT_CHECKS, type CellFigures } from "../../checks/unit-checks";
import { tallyRows } from "../../compute/levels";
import type { RatedRow } from "../../extract/rated-rows";
import { groupByCell } from "../members";
import { eachMember, type SheetKindDef } from "../kind";
import { reportedSummaryShape } from "./shape";

/** A summary a unit typed and sent up: its counts and shares, against the lists in the same workbook. */
export const reportedSummaryKind: SheetKindDef = {
  kind: "reported-summary",
  shape: reportedSummaryShape,
  emits: [...UNIT_CHECKS, ...REPORTED_TOTALS, ...REPORTED_HEADCOUNT],
  finish({ criteria, sink, facts }, tables) {
    for (const table of tables) {
      if (table.info.kind !== "reported-summary") continue;
      checkReportedSummary(
        table,
        {
          ...(facts.memberTally ? { members: facts.memberTally, membersSheet: memberSheets(tables) } : {}),
          cells: cellFigures(eachMember(facts)),
          ...(facts.collectiveTally
            ? { collectives: facts.collectiveTally, collectivesSheet: facts.collectivesTable?.info.name }
            : {}),
        },
        criteria,
        sink,
      );
      checkReportedTotals(table, sink);
      checkReportedHeadcount(table, sink);
    }
  },
};

/** The member lists a summary is checked against, by name ("Ấp 1, Ấp 2" for one sheet per cell). */
function memberSheets(tables: readonly { info: { kind: string; name: string } }[]): string {
  return tables
    .filter((t) => t.info.kind === "members")
    .map((t) => t.info.name)
    .join(", ");
}

/** Each cell's members, for the summary lines that name cells. */
function cellFigures(members: Iterable<RatedRow>): CellFigures[] {
  return [...groupByCell(members)]
    .filter(([cell]) => cell !== "")
    .map(([cell, rows]) => ({ name: cell, tally: tallyRows(rows), sheet: rows[0].sheet }));
}
