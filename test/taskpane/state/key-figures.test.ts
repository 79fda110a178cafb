import type { LevelShares } from "../../../src/core/types";
import { barChart, hasKeyFigures, levelRows } from "../../../src/taskpane/state/key-figures";

const SHARES: LevelShares = {
  HTTNV: { count: 15, percent: 71.4 },
  HTXSNV: { count: 3, percent: 14.3 },
  KHTNV: { count: 0, percent: 0 },
  HTNV: { count: 3, percent: 14.3 },
};

describe("key figures", () => {
  it("lists the four levels best first whatever the object's key order", () => {
    expect(levelRows(SHARES).map((r) => [r.key, r.count])).toEqual([
      ["HTXSNV", 3],
      ["HTTNV", 15],
      ["HTNV", 3],
      ["KHTNV", 0],
    ]);
  });

  it("knows when there is nothing to summarize", () => {
    expect(hasKeyFigures({})).toBe(false);
    expect(
      hasKeyFigures({
        meetings: {
          regular: 12,
          thematic: 3,
          attendance: 94.1,
          grades: {},
          yearGrade: null,
          missingMonths: [],
          missingQuarters: [],
        },
      }),
    ).toBe(true);
  });
});

describe("bar chart layout", () => {
  it("draws bars proportional to the percentage on a 0–100 axis, side by side", () => {
    const chart = barChart(
      [
        { key: "a", value: 50 },
        { key: "b", value: 100 },
      ],
      200,
      120,
      20,
    );
    const [a, b] = chart.bars;
    expect(a.height).toBeCloseTo(50);
    expect(b.height).toBeCloseTo(100);
    expect(a.y + a.height).toBeCloseTo(100); // both stand on the axis
    expect(b.y).toBeCloseTo(0);
    expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
  });

  it("clamps values outside 0–100 and draws nothing for a non-number", () => {
    const chart = barChart(
      [
        { key: "over", value: 130 },
        { key: "under", value: -5 },
        { key: "nan", value: Number.NaN },
      ],
      300,
      100,
      0,
    );
    expect(chart.bars.map((b) => b.height)).toEqual([100, 0, 0]);
  });
});
