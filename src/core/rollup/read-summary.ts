import type { Words } from "../words";
import type { Grid } from "../grid/types";
import type { Issue } from "../issues/issue";
import { findMarker, type SummaryKind } from "../summary/marker";
import type { UnitInfo } from "../types";
import { capRowsOf, meetingsFromTable, tallyFromTable } from "./summary-figures";
import { checkSummaryIntegrity } from "./summary-integrity";
import { readSummaryTable, type SummaryTable } from "./summary-table";
import type { UnitFigures } from "./types";

/** What a workbook carrying chibo's summary sheets says about its unit. */
export interface SummaryRead {
  unit: UnitInfo;
  criteria: string;
  figures: UnitFigures;
  rollup: boolean;
  /** A roll-up's own output (it carries the "Đơn vị đã nộp" sheet). */
  rollupOutput: boolean;
  capRows: { checked: number; exceeded: number };
  /** `summary-modified`, one per edited cell, on every chibo sheet of the workbook. */
  issues: Issue[];
}

/**
 * Reads a submitted workbook's summary sheets, found by their marker (whatever the sheets are
 * called). Null when it has none with figures: the caller then analyses its raw sheets.
 */
export function readSummaryWorkbook(grids: readonly Grid[], words: Words): SummaryRead | null {
  const marked: SummaryTable[] = [];
  for (const grid of grids) {
    const marker = findMarker(grid);
    if (marker) marked.push(readSummaryTable(grid, marker));
  }
  const firstOf = (kind: SummaryKind): SummaryTable | null =>
    marked.find((m) => m.marker.kind === kind) ?? null;
  const members = firstOf("members");
  const collectives = firstOf("collectives");
  const meetings = firstOf("meetings");
  const identity = [members, collectives, meetings].find((x) => x !== null)?.marker;
  if (!identity) return null;

  const issues = marked.flatMap((table) => checkSummaryIntegrity(table, words));
  return {
    unit: { name: identity.unit, parent: identity.parent, period: identity.period, place: null },
    criteria: identity.criteria,
    figures: {
      members: members ? tallyFromTable(members) : null,
      collectives: collectives ? tallyFromTable(collectives) : null,
      meetings: meetings ? meetingsFromTable(meetings, words) : null,
    },
    rollup: (members?.rows.length ?? 0) > 1 || marked.some((m) => m.marker.kind === "units"),
    rollupOutput: marked.some((m) => m.marker.kind === "units"),
    capRows: members ? capRowsOf(members) : { checked: 0, exceeded: 0 },
    issues,
  };
}
