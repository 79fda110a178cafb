import { checkCapGroups, EMITS as CAP_CHECKS } from "../../checks/cap-checks";
import { checkMemberColumns, EMITS as MEMBER_COLUMNS } from "../../checks/member-columns";
import { checkMembers, EMITS as MEMBER_CHECKS } from "../../checks/members";
import { checkSubtotals, EMITS as SUBTOTALS } from "../../checks/subtotals";
import { checkCap, EMITS as UNIT_CHECKS } from "../../checks/unit-checks";
import { addTallies, emptyTally, memberResults, tallyRows } from "../../compute/levels";
import { readRatedRows, EMITS as RATED_ROWS, type RatedRow } from "../../extract/rated-rows";
import { sheetCellName } from "../../extract/sheet-cell";
import { eachMember, type KindContext, type SheetKindDef } from "../kind";
import { membersShape } from "./shape";

/** Member lists: each member's level read and checked, the cap judged, the levels counted. */
export const membersKind: SheetKindDef = {
  kind: "members",
  shape: membersShape,
  emits: [...RATED_ROWS, ...MEMBER_CHECKS, ...UNIT_CHECKS, ...MEMBER_COLUMNS, ...CAP_CHECKS, ...SUBTOTALS],
  read(table, { criteria, levels, sink, facts }) {
    // The levels are counted as they are read: no second pass over the rows.
    const tally = emptyTally();
    const rows = readRatedRows(table, levels, "name", sink, tally);
    checkMembers(table, rows, criteria, sink);
    checkMemberColumns(table, rows, criteria, levels, sink);
    checkSubtotals(table, rows, sink);
    facts.memberLists.push(rows);
    facts.memberTally = facts.memberTally ? addTallies(facts.memberTally, tally) : tally;
    facts.membersTable ??= table;
  },
  finish({ criteria, sink, facts }, tables) {
    const { membersTable, memberTally, memberLists } = facts;
    if (!membersTable || !memberTally) return;
    // A workbook kept one sheet per cell: each sheet's members belong to the cell its title names.
    const memberTables = tables.filter((t) => t.info.kind === "members");
    if (memberTables.length > 1) {
      const names = new Map(memberTables.map((t) => [t.info.name, sheetCellName(t)]));
      for (const list of memberLists) list.fillCells(names.get(list.sheet) ?? list.sheet);
    }
    // Per grassroots unit (the workbook) by default; per cell where the criteria say so and cells are known.
    if (criteria.cap?.scope === "cell" && memberLists.some((list) => list.hasCells())) {
      for (const rows of groupByCell(eachMember(facts)).values())
        checkCap(membersTable, tallyRows(rows), criteria, sink);
    } else checkCap(membersTable, memberTally, criteria, sink);
    // Quy định 366, Điều 11: also per group of similar position, where the criteria name the column.
    checkCapGroups(membersTable, eachMember(facts), criteria, sink);
  },
  contribute({ criteria, facts }: KindContext, results) {
    if (facts.memberTally) results.members = memberResults(facts.memberTally, criteria);
  },
};

export function groupByCell(rows: Iterable<RatedRow>): Map<string, RatedRow[]> {
  const groups = new Map<string, RatedRow[]>();
  for (const row of rows) {
    const key = row.cell ?? "";
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
