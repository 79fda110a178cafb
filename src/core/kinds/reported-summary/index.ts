import { checkReportedSummary, EMITS as UNIT_CHECKS } from "../../checks/unit-checks";
import type { SheetKindDef } from "../kind";
import { reportedSummaryShape } from "./shape";

/** A summary a unit typed and sent up: its counts and shares, against the lists in the same workbook. */
export const reportedSummaryKind: SheetKindDef = {
  kind: "reported-summary",
  shape: reportedSummaryShape,
  emits: UNIT_CHECKS,
  finish({ criteria, sink, facts }, tables) {
    for (const table of tables) {
      if (table.info.kind !== "reported-summary") continue;
      checkReportedSummary(
        table,
        {
          ...(facts.memberTally
            ? { members: facts.memberTally, membersSheet: facts.membersTable?.info.name }
            : {}),
          ...(facts.collectiveTally
            ? { collectives: facts.collectiveTally, collectivesSheet: facts.collectivesTable?.info.name }
            : {}),
        },
        criteria,
        sink,
      );
    }
  },
};
