import { analyzeWorkbook } from "../../../src/core/analyze";
import type { CellValue, Grid } from "../../../src/core/grid/types";
import { memberSheet, preset, titleRows } from "../../support/grids";
import { cellSummarySheet, levelOf, personName } from "../../support/real-shapes";
import { VI } from "../../support/words";

const criteria = preset("qd366-2025");
const LEVELS = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"] as const;
const FULL: Record<string, (typeof LEVELS)[number]> = {
  "Hoàn thành xuất sắc nhiệm vụ": "HTXSNV",
  "Hoàn thành tốt nhiệm vụ": "HTTNV",
  "Hoàn thành nhiệm vụ": "HTNV",
  "Không hoàn thành nhiệm vụ": "KHTNV",
};

/** One sheet per cell, each titled with its cell, and the counts each gives. */
function cellSheets(sizes: number[]): { sheets: Grid[]; counts: number[][] } {
  let serial = 0;
  const counts: number[][] = [];
  const sheets = sizes.map((size, i) => {
    const levels = Array.from({ length: size }, () => levelOf(serial++));
    counts.push(LEVELS.map((level) => levels.filter((l) => FULL[l] === level).length));
    return memberSheet({
      name: `Ấp ${i + 1}`,
      title: titleRows({ unit: `CHI BỘ ẤP ${["TÂN HÒA", "TÂN LỢI", "PHÚ HÒA"][i]}` }),
      members: levels.map((level, k) => ({ name: personName(serial - size + k), level })),
    });
  });
  return { sheets, counts };
}

function summaryOf(sizes: number[], counts: number[][], change?: (lines: CellValue[][]) => void): Grid {
  const lines = sizes.map((size, i) => [size, ...counts[i]]);
  change?.(lines);
  const names = ["Chi bộ ấp Tân Hòa", "Chi bộ ấp Tân Lợi", "Chi bộ ấp Phú Hòa"];
  const total = [0, 1, 2, 3, 4].map((k) => sizes.reduce((s, _, i) => s + Number(lines[i][k]), 0));
  return cellSummarySheet(
    lines.map((line, i) => ({ cell: names[i], total: line[0], counts: line.slice(1) })),
    { total: total[0], counts: total.slice(1) },
  );
}

describe("one sheet per cell and a summary sheet (issue 8, point 6)", () => {
  const sizes = [12, 9, 15];
  const { sheets, counts } = cellSheets(sizes);

  it("reads each cell's list once and gives the results per cell", () => {
    const analysis = analyzeWorkbook([...sheets, summaryOf(sizes, counts)], { words: VI, criteria });
    expect(analysis.results.members?.total).toBe(36);
    expect(analysis.units.map((u) => [u.unit, u.members?.total])).toEqual([
      ["Chi bộ ấp Tân Hòa", 12],
      ["Chi bộ ấp Tân Lợi", 9],
      ["Chi bộ ấp Phú Hòa", 15],
    ]);
    const summary = analysis.sheets.find((s) => s.name === "Tổng hợp");
    expect(summary?.kind).toBe("reported-summary");
    expect(summary?.rows).toMatchObject({ records: 3, totals: 1 });
    expect(analysis.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("checks each line of the summary against its cell's sheet, at the cell", () => {
    const summary = summaryOf(sizes, counts, (lines) => {
      lines[1][2] = Number(lines[1][2]) + 1; // Tân Lợi's HTTNV (E9), and so its total line
    });
    const analysis = analyzeWorkbook([...sheets, summary], { words: VI, criteria });
    const cross = analysis.issues.filter((i) => i.code === "cross-sheet-mismatch");
    expect(cross.map((i) => [i.cell, i.params.otherSheet])).toEqual([
      ["E9", "Ấp 2"],
      ["E11", "Ấp 1, Ấp 2, Ấp 3"],
    ]);
  });

  it("reports a total line that does not add up, at its cell", () => {
    const summary = summaryOf(sizes, counts);
    const rows = summary.rows.map((line) => [...line]);
    rows[10][2] = 37;
    const analysis = analyzeWorkbook([...sheets, { ...summary, rows }], { words: VI, criteria });
    const at = analysis.issues.filter((i) => i.cell === "C11").map((i) => i.code);
    expect(at).toEqual(expect.arrayContaining(["count-mismatch", "cross-sheet-mismatch"]));
  });
});
