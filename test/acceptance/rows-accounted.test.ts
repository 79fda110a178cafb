/**
 * The invariant of issue 8: in every recognized table, records + sections + subtotals + totals +
 * skipped equals the non-blank rows of the table's body, and no list ends without an error while
 * rows that look like records (a number and a name) were not read as records. Checked over every
 * workbook shape the tests build and over every shared sample.
 */
import { readFileSync } from "node:fs";
import { analyzeWorkbook } from "../../src/core/analyze";
import { columnIndex } from "../../src/core/grid/address";
import { isBlank, type Grid } from "../../src/core/grid/types";
import type { Analysis, SheetInfo } from "../../src/core/types";
import { gridsFromBook, readXlsx } from "../support/exceljs/read";
import {
  collectiveSheet,
  footerRows,
  markedSheet,
  memberSheet,
  preset,
  reportedSheet,
} from "../support/grids";
import {
  cellSummarySheet,
  groupedList,
  meetingsLog,
  monthlyScores,
  registerSheet,
  threeRowSummary,
  yearOfScores,
} from "../support/real-shapes";
import { listSamples } from "../support/samples";
import { VI } from "../support/words";

interface Violation {
  sheet: string;
  problem: string;
}

function nonBlankRows(grid: Grid, from: number): number {
  let count = 0;
  for (let r = from; r < grid.rows.length; r++) if (grid.rows[r]?.some((v) => !isBlank(v))) count++;
  return count;
}

/** Rows with a whole number in the index column and a name in the key column: records by their look. */
function recordLikeRows(grid: Grid, info: SheetInfo): number {
  const index = info.columns.index ? columnIndex(info.columns.index) : -1;
  const key = info.columns.name ?? info.columns.unitName;
  if (index < 0 || !key || !info.bodyRow) return 0;
  const keyCol = columnIndex(key);
  let count = 0;
  for (let r = info.bodyRow - 1; r < grid.rows.length; r++) {
    const n = grid.rows[r]?.[index];
    const numbered =
      (typeof n === "number" && Number.isInteger(n) && n > 0) ||
      (typeof n === "string" && /^\d+\.?$/.test(n));
    if (numbered && !isBlank(grid.rows[r]?.[keyCol] ?? null)) count++;
  }
  return count;
}

/** What breaks the invariant in one analysis, if anything. */
export function rowInvariantViolations(grids: readonly Grid[], analysis: Analysis): Violation[] {
  const violations: Violation[] = [];
  for (const info of analysis.sheets) {
    const grid = grids.find((g) => g.name === info.name);
    if (!grid || !info.rows || !info.bodyRow) continue;
    const { records, sections, subtotals, totals, skipped } = info.rows;
    const expected = nonBlankRows(grid, info.bodyRow - 1);
    if (records + sections + subtotals + totals + skipped !== expected)
      violations.push({
        sheet: info.name,
        problem: `accounted ${JSON.stringify(info.rows)} ≠ ${expected} rows`,
      });
    const list = info.kind === "members" || info.kind === "collectives";
    const hasError = analysis.issues.some(
      (i) => i.severity === "error" && (i.sheet === info.name || !i.sheet),
    );
    if (list && records < recordLikeRows(grid, info) && !hasError)
      violations.push({ sheet: info.name, problem: "record-like rows skipped without an error" });
  }
  return violations;
}

function builtWorkbooks(): [string, Grid[]][] {
  const year = Array.from({ length: 12 }, (_, m) => monthlyScores(m + 1));
  const totals = year.map((s) => s[0] + s[3] + s[4] + s[5]);
  return [
    [
      "member list with signature",
      [memberSheet({ members: [{ name: "An", level: "HTTNV" }], after: footerRows() })],
    ],
    [
      "marked list with a total",
      [
        markedSheet(
          [
            { name: "An", marks: [1] },
            { name: "Bình", marks: [0] },
          ],
          [[null, "Tổng cộng", null, 1, 1]],
        ),
      ],
    ],
    [
      "collectives",
      [
        collectiveSheet([
          { name: "Chi bộ 1", level: "HTTNV" },
          { name: "Chi bộ 2", level: "HTNV" },
        ]),
      ],
    ],
    [
      "reported summary",
      [
        reportedSheet([
          { content: "Đảng viên", total: 10, assessed: 10, counts: [1, 7, 2, 0], percents: [10, 70, 20, 0] },
        ]),
      ],
    ],
    [
      "commune list grouped by cell",
      [
        groupedList([
          { name: "Chi bộ ấp 1", size: 30, heading: "roman", subtotal: "Cộng" },
          { name: "Chi bộ ấp 2", size: 25, heading: "merged", subtotal: "Cộng chi bộ" },
          { name: "Chi bộ ấp 3", size: 20, heading: "count", subtotal: "Tổng số" },
          { name: "Chi bộ ấp 4", size: 38, heading: "roman", subtotal: "none" },
        ]).grid,
      ],
    ],
    [
      "grouped list with planted mistakes",
      [
        groupedList([{ name: "Chi bộ ấp 1", size: 5, heading: "count", subtotal: "Cộng", stated: 4 }], {
          total: 9,
        }).grid,
      ],
    ],
    ["member register", [registerSheet(8).grid]],
    [
      "member list with a member typed without number and level",
      [
        memberSheet({
          members: [
            { name: "Nguyễn Văn An", level: "HTTNV" },
            { index: "", name: "Phạm Thị Dung" },
            { name: "Trần Thị Bình", level: "HTNV" },
          ],
          after: footerRows(),
        }),
      ],
    ],
    [
      "three-row summary",
      [
        threeRowSummary([
          {
            content: "Đảng viên",
            total: 12,
            assessed: 10,
            notAssessed: 2,
            pairs: [
              [1, "10%"],
              [7, "70%"],
              [2, "20%"],
              [0, "0%"],
            ],
          },
        ]),
      ],
    ],
    [
      "sheet per cell and a summary",
      [
        memberSheet({ name: "Ấp 1", members: [{ name: "An", level: "HTTNV" }] }),
        memberSheet({ name: "Ấp 2", members: [{ name: "Bình", level: "HTNV" }] }),
        cellSummarySheet(
          [
            { cell: "Ấp 1", total: 1, counts: [0, 1, 0, 0] },
            { cell: "Ấp 2", total: 1, counts: [0, 0, 1, 0] },
          ],
          { total: 2, counts: [0, 1, 1, 0] },
        ),
      ],
    ],
    [
      "year of scores",
      [
        yearOfScores(
          year,
          totals,
          totals.map(() => "Tốt"),
        ),
      ],
    ],
    [
      "meetings log",
      [
        meetingsLog(
          Array.from({ length: 12 }, (_, m) => ({
            month: m + 1,
            members: 20,
            exempted: 1,
            present: 19,
            excused: 0,
            unexcused: 0,
            thematic: m % 3 === 2 ? "x" : null,
          })),
        ),
      ],
    ],
  ];
}

describe("every row accounted for (issue 8 invariant)", () => {
  it.each(builtWorkbooks())("holds on the built workbook: %s", (_name, grids) => {
    const analysis = analyzeWorkbook(grids, { words: VI, criteria: preset("qd366-2025") });
    expect(analysis.sheets.some((s) => s.rows)).toBe(true);
    expect(rowInvariantViolations(grids, analysis)).toEqual([]);
  });

  it.each(listSamples().map((s) => [s.name, s.file] as const))(
    "holds on the shared sample %s",
    async (_name, file) => {
      const grids = gridsFromBook(await readXlsx(new Uint8Array(readFileSync(file))));
      const analysis = analyzeWorkbook(grids, { words: VI });
      expect(analysis.sheets.filter((s) => s.rows).length).toBeGreaterThan(0);
      expect(rowInvariantViolations(grids, analysis)).toEqual([]);
    },
  );

  it("catches an analysis that lost rows, and one that skipped numbered members without an error", () => {
    const grids = [
      memberSheet({
        members: [
          { name: "An", level: "HTTNV" },
          { name: "Bình", level: "HTNV" },
        ],
      }),
    ];
    const analysis = analyzeWorkbook(grids, { words: VI, criteria: preset("qd366-2025") });
    const sheet = analysis.sheets[0];
    const lost = { ...analysis, sheets: [{ ...sheet, rows: { ...sheet.rows!, records: 1 } }] };
    expect(rowInvariantViolations(grids, lost).map((v) => v.problem)).toEqual([
      expect.stringContaining("≠ 2 rows"),
      "record-like rows skipped without an error",
    ]);
  });
});
