import { checkSubtotals, EMITS as SUBTOTALS } from "../../checks/subtotals";
import { checkCap, checkCollectives, EMITS as UNIT_CHECKS } from "../../checks/unit-checks";
import { addTallies, collectiveResults, emptyTally } from "../../compute/levels";
import { readRatedRows, EMITS as RATED_ROWS } from "../../extract/rated-rows";
import { eachMember, type SheetKindDef } from "../kind";
import { collectivesShape } from "./shape";

/** The ratings of party organisations: levels read and counted, each against its members. */
export const collectivesKind: SheetKindDef = {
  kind: "collectives",
  shape: collectivesShape,
  emits: [...RATED_ROWS, ...UNIT_CHECKS, ...SUBTOTALS],
  read(table, { levels, sink, facts }) {
    // The levels are counted as they are read: no second pass over the rows.
    const tally = emptyTally();
    const rows = readRatedRows(table, levels, "unitName", sink, tally);
    checkSubtotals(table, rows, sink);
    for (const row of rows) facts.collectives.push(row);
    facts.collectiveTally = facts.collectiveTally ? addTallies(facts.collectiveTally, tally) : tally;
    facts.collectivesTable ??= table;
  },
  finish({ criteria, sink, facts }) {
    if (!facts.collectivesTable) return;
    const membersSheet = facts.membersTable?.info.name ?? null;
    checkCollectives(
      facts.collectivesTable,
      facts.collectives,
      eachMember(facts),
      criteria,
      membersSheet,
      sink,
    );
    // Quy định 366, Điều 11: the cap holds for collectives too (where the criteria say so).
    if (facts.collectiveTally)
      checkCap(facts.collectivesTable, facts.collectiveTally, criteria, sink, { collectives: true });
  },
  contribute({ criteria, facts }, results) {
    if (facts.collectiveTally) results.collectives = collectiveResults(facts.collectiveTally, criteria);
  },
};
