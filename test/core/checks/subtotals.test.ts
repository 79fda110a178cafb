import { checkSubtotals } from "../../../src/core/checks/subtotals";
import { LevelMatcher } from "../../../src/core/criteria/level-matcher";
import { readRatedRows } from "../../../src/core/extract/rated-rows";
import type { CellValue } from "../../../src/core/grid/types";
import { markedSheet, preset, recognize, withSink, type MarkedLine } from "../../support/grids";

const QD366 = preset("qd366-2025");

/** Three members marked HTXSNV, HTTNV, HTTNV and one not classified, then a total row (Excel row 12). */
const MARKED: MarkedLine[] = [
  { name: "An", marks: [0] },
  { name: "Bình", marks: [1] },
  { name: "Cường", marks: [1] },
  { name: "Dung", marks: [4] },
];

/** The issues checkSubtotals gives on the marked list with the given total row (D12…H12). */
function subtotalIssues(after: CellValue[][]) {
  const table = recognize(markedSheet(MARKED, after), QD366);
  const rows = withSink((sink) => readRatedRows(table, new LevelMatcher(QD366), "name", sink)).result;
  return withSink((sink) => checkSubtotals(table, rows, sink)).issues;
}

// What the removed checkTotalsRow asserted, now held by checkSubtotals on a list with no sections.
describe("checkSubtotals on the total row of an x-marked list", () => {
  it("accepts a total row that states the counts the marks give", () => {
    expect(subtotalIssues([[null, "Tổng cộng", null, 1, 2, 0, 0, 1]])).toEqual([]);
  });

  it("reports each total that differs from the marks (typed or as text, Không xếp loại too), at its cell", () => {
    const issues = subtotalIssues([[null, "Tổng cộng", null, 1, "3", 0, null, 2]]);
    expect(issues.map((i) => [i.code, i.cell, i.params.stated, i.params.computed])).toEqual([
      ["count-mismatch", "E12", 3, 2],
      ["count-mismatch", "H12", 2, 1],
    ]);
  });

  it("has nothing to check without a total row", () => {
    expect(subtotalIssues([])).toEqual([]);
  });
});
