import { checkMembers, EMITS as MEMBER_CHECKS } from "../../checks/members";
import { checkCap, checkTotalsRow, EMITS as UNIT_CHECKS } from "../../checks/unit-checks";
import { addTallies, memberResults, tallyRows } from "../../compute/levels";
import { readRatedRows, EMITS as RATED_ROWS, type RatedRow } from "../../extract/rated-rows";
import type { KindContext, SheetKindDef } from "../kind";
import { membersShape } from "./shape";

/** Member lists: each member's level read and checked, the cap judged, the levels counted. */
export const membersKind: SheetKindDef = {
  kind: "members",
  shape: membersShape,
  emits: [...RATED_ROWS, ...MEMBER_CHECKS, ...UNIT_CHECKS],
  read(table, { criteria, levels, sink, facts }) {
    const rows = readRatedRows(table, levels, "name", sink);
    checkMembers(table, rows, criteria, sink);
    const tally = tallyRows(rows);
    checkTotalsRow(table, tally, sink);
    facts.members.push(...rows);
    facts.memberTally = facts.memberTally ? addTallies(facts.memberTally, tally) : tally;
    facts.membersTable ??= table;
  },
  finish({ criteria, sink, facts }) {
    const { membersTable, memberTally, members } = facts;
    if (!membersTable || !memberTally) return;
    // Per grassroots unit (the workbook) by default; per cell where the criteria say so and cells are known.
    if (criteria.cap?.scope === "cell" && members.some((m) => m.cell)) {
      for (const rows of groupByCell(members).values())
        checkCap(membersTable, tallyRows(rows), criteria, sink);
    } else checkCap(membersTable, memberTally, criteria, sink);
  },
  contribute({ criteria, facts }: KindContext, results) {
    if (facts.memberTally) results.members = memberResults(facts.memberTally, criteria);
  },
};

export function groupByCell(rows: readonly RatedRow[]): Map<string, RatedRow[]> {
  const groups = new Map<string, RatedRow[]>();
  for (const row of rows) {
    const key = row.cell ?? "";
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  return groups;
}
