import { checkCollectives, checkTotalsRow, EMITS as UNIT_CHECKS } from "../../checks/unit-checks";
import { addTallies, collectiveResults, tallyRows } from "../../compute/levels";
import { readRatedRows, EMITS as RATED_ROWS } from "../../extract/rated-rows";
import type { SheetKindDef } from "../kind";
import { collectivesShape } from "./shape";

/** The ratings of party organisations: levels read and counted, each against its members. */
export const collectivesKind: SheetKindDef = {
  kind: "collectives",
  shape: collectivesShape,
  emits: [...RATED_ROWS, ...UNIT_CHECKS],
  read(table, { levels, sink, facts }) {
    const rows = readRatedRows(table, levels, "unitName", sink);
    const tally = tallyRows(rows);
    checkTotalsRow(table, tally, sink);
    facts.collectives.push(...rows);
    facts.collectiveTally = facts.collectiveTally ? addTallies(facts.collectiveTally, tally) : tally;
    facts.collectivesTable ??= table;
  },
  finish({ criteria, sink, facts }) {
    if (!facts.collectivesTable) return;
    const membersSheet = facts.membersTable?.info.name ?? null;
    checkCollectives(facts.collectivesTable, facts.collectives, facts.members, criteria, membersSheet, sink);
  },
  contribute({ criteria, facts }, results) {
    if (facts.collectiveTally) results.collectives = collectiveResults(facts.collectiveTally, criteria);
  },
};
