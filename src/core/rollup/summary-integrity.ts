import { toA1 } from "../grid/address";
import { makeIssue, type Issue } from "../issues/issue";
import { canonicalRows, summaryCode } from "../summary/integrity";
import type { TableValue } from "../summary/layout";
import type { SummaryTable, TableRow } from "./summary-table";
import type { IssueCode } from "../issues/codes";
import type { Words } from "../words";

/** The issue codes this file can emit (checked against the catalog and the texts by test/core/issue-codes.test.ts). */
export const EMITS: readonly IssueCode[] = ["summary-modified"];

/**
 * Whether a summary table still holds what chibo wrote. The integrity code is recomputed from
 * the cells as shown (the way layoutReport computed it); when it differs, every shown cell is
 * compared with its row's marker to name the cells edited by hand (`summary-modified`, stated
 * and original value). A code that differs with no cell to blame means rows were inserted or
 * deleted, or the hidden marker was edited: one issue for the whole sheet.
 */
export function checkSummaryIntegrity(table: SummaryTable, words: Words): Issue[] {
  const { marker, grid } = table;
  const tableRows = table.total ? [...table.rows, table.total] : table.rows;
  const effective = tableRows.map(effectiveValues);
  const code = summaryCode(marker, effective);
  if (code === marker.code && table.intact) return [];

  const issues: Issue[] = [];
  for (const row of tableRows) {
    if (!row.original) continue;
    row.shown.forEach((shown, c) => {
      if (sameValue(shown, row.original?.[c] ?? null)) return;
      issues.push(
        makeIssue("summary-modified", {
          sheet: grid.name,
          cell: toA1(row.sheetRow, c),
          row: row.sheetRow + 1,
          ...(table.headers[c] ? { column: table.headers[c] } : {}),
          value: shown,
          params: { stated: shownText(shown, words), original: shownText(row.original?.[c] ?? null, words) },
        }),
      );
    });
  }
  if (issues.length === 0 || !table.intact) {
    issues.unshift(
      makeIssue("summary-modified", {
        sheet: grid.name,
        cell: null,
        params: {
          stated: words.text("rollup.modified.stated"),
          original: words.text("rollup.modified.original"),
        },
      }),
    );
  }
  return issues;
}

/** The values the code is computed from: shown ones, except where they only differ in form. */
function effectiveValues(row: TableRow): TableValue[] {
  if (!row.original) return row.shown;
  return row.shown.map((shown, c) => {
    const original = row.original?.[c] ?? null;
    return sameValue(shown, original) ? original : shown;
  });
}

/** Equal as canonical text (a blank and "" are one; 12 and "12" are one; Unicode composition ignored). */
function sameValue(a: TableValue, b: TableValue): boolean {
  return canonicalRows([[a]]).normalize("NFC") === canonicalRows([[b]]).normalize("NFC");
}

function shownText(value: TableValue, words: Words): string | number {
  if (value === null || value === "") return words.text("rollup.modified.blank");
  return value;
}
