import {
  addTallies,
  assessedOf,
  capResult,
  collectiveResults,
  emptyTally,
  levelShares,
  memberResults,
  countRated,
  tallyRows,
  type LevelTally,
} from "../../../src/core/compute/levels";
import type { LevelKey } from "../../../src/core/criteria/levels";
import type { CapRule } from "../../../src/core/criteria/schema";
import type { RatedRow, RatingStatus } from "../../../src/core/extract/rated-rows";
import { preset } from "../../support/grids";

const QD366 = preset("qd366-2025");
const CAP = QD366.cap as CapRule;

function row(status: RatingStatus, level: LevelKey | null = null): RatedRow {
  return { sheet: "S", row: 0, name: "", cell: null, status, level, levelCol: 0, notes: "" };
}

function tally(HTXSNV: number, HTTNV: number, HTNV: number, KHTNV: number, notClassified = 0): LevelTally {
  return {
    total: HTXSNV + HTTNV + HTNV + KHTNV + notClassified,
    notClassified,
    unrecognized: 0,
    counts: { HTXSNV, HTTNV, HTNV, KHTNV },
  };
}

describe("tallyRows", () => {
  it("counts each classified row in its level, and the others in their buckets", () => {
    const counted = tallyRows([
      row("classified", "HTXSNV"),
      row("classified", "HTTNV"),
      row("classified", "HTTNV"),
      row("not-classified"),
      row("unrecognized"),
    ]);
    expect(counted).toEqual({
      total: 5,
      notClassified: 1,
      unrecognized: 1,
      counts: { HTXSNV: 1, HTTNV: 2, HTNV: 0, KHTNV: 0 },
    });
    expect(assessedOf(counted)).toBe(3);
  });

  it("counts a classified row without a level as unrecognized, never in a level", () => {
    expect(tallyRows([row("classified", null)])).toEqual({ ...emptyTally(), total: 1, unrecognized: 1 });
  });

  it("starts from nothing", () => {
    expect(tallyRows([])).toEqual(emptyTally());
    expect(assessedOf(emptyTally())).toBe(0);
  });
});

describe("countRated", () => {
  it("adds rows of one rating in the bucket tallyRows puts them in", () => {
    const counted = emptyTally();
    countRated(counted, "classified", "HTTNV", 3);
    countRated(counted, "not-classified", null, 2);
    countRated(counted, "classified", "KHTNV", 1);
    expect(counted).toEqual(
      tallyRows([
        ...Array.from({ length: 3 }, () => row("classified", "HTTNV")),
        row("not-classified"),
        row("not-classified"),
        row("classified", "KHTNV"),
      ]),
    );
  });

  it("counts an unrecognized row, or one classified without a level, in no level", () => {
    const counted = emptyTally();
    countRated(counted, "unrecognized", null, 2);
    countRated(counted, "classified", null, 1);
    expect(counted).toEqual({ ...emptyTally(), total: 3, unrecognized: 3 });
    expect(assessedOf(counted)).toBe(0);
  });
});

describe("addTallies", () => {
  it("adds two tallies without changing either", () => {
    const a = tally(1, 2, 3, 0, 1);
    const b = tally(0, 5, 1, 1);
    const sum = addTallies(a, b);
    expect(sum).toEqual({
      total: 14,
      notClassified: 1,
      unrecognized: 0,
      counts: { HTXSNV: 1, HTTNV: 7, HTNV: 4, KHTNV: 1 },
    });
    expect(a.counts.HTTNV).toBe(2);
    expect(b.counts.HTTNV).toBe(5);
  });
});

describe("levelShares", () => {
  it("gives each level its count and a share of those assessed that add up to 100", () => {
    const shares = levelShares(tally(1, 1, 1, 0, 5), 1);
    expect(shares).toEqual({
      HTXSNV: { count: 1, percent: 33.4 },
      HTTNV: { count: 1, percent: 33.3 },
      HTNV: { count: 1, percent: 33.3 },
      KHTNV: { count: 0, percent: 0 },
    });
  });

  it("gives zero shares when nobody was assessed", () => {
    expect(levelShares(tally(0, 0, 0, 0, 3), 1).HTTNV).toEqual({ count: 0, percent: 0 });
  });
});

describe("capResult", () => {
  it("limits HTXSNV to 20% of those rated HTTNV, rounded down, and states both ratios", () => {
    // 3 HTXSNV, 13 HTTNV: limit floor(2.6) = 2; 3 of 20 assessed is 15%, 3 of 13 is 23.1%.
    expect(capResult(tally(3, 13, 3, 1), CAP, 1)).toEqual({
      limit: 2,
      actual: 3,
      ratioPercent: 20,
      denominator: "HTTNV",
      denominatorCount: 13,
      exceeded: true,
      percentOfAssessed: 15,
      percentOfDenominator: 23.1,
    });
  });

  it("is not exceeded at the limit", () => {
    expect(capResult(tally(2, 13, 3, 1), CAP, 1)).toMatchObject({ limit: 2, exceeded: false });
  });

  it("uses the configured denominator", () => {
    expect(capResult(tally(3, 13, 3, 1), { ...CAP, denominator: "HTTNV_OR_BETTER" }, 1)).toMatchObject({
      limit: 3,
      exceeded: false,
      percentOfDenominator: 18.8,
    });
    expect(capResult(tally(3, 13, 3, 1), { ...CAP, denominator: "ASSESSED" }, 1)).toMatchObject({
      limit: 4,
      exceeded: false,
      percentOfDenominator: 15,
    });
  });

  it("uses the configured rounding and ratio", () => {
    expect(capResult(tally(3, 13, 0, 0), { ...CAP, rounding: "nearest" }, 1).limit).toBe(3);
    expect(capResult(tally(3, 11, 0, 0), { ...CAP, rounding: "nearest" }, 1).limit).toBe(2);
    expect(capResult(tally(3, 11, 0, 0), { ...CAP, rounding: "up" }, 1).limit).toBe(3);
    expect(capResult(tally(3, 15, 0, 0), { ...CAP, rounding: "up" }, 1).limit).toBe(3);
    expect(capResult(tally(3, 15, 0, 0), { ...CAP, ratio: 0.1 }, 1).limit).toBe(1);
  });

  it("has a limit of 0 and no share when nobody is rated HTTNV", () => {
    expect(capResult(tally(1, 0, 2, 0), CAP, 1)).toMatchObject({
      limit: 0,
      exceeded: true,
      percentOfDenominator: 0,
    });
    expect(capResult(tally(0, 0, 0, 0), CAP, 1)).toMatchObject({
      limit: 0,
      exceeded: false,
      percentOfAssessed: 0,
    });
  });
});

describe("memberResults and collectiveResults", () => {
  it("give totals, buckets, shares and, for members, the cap", () => {
    const counted = { ...tally(3, 12, 4, 1, 2), total: 23, unrecognized: 1 };
    const members = memberResults(counted, QD366);
    expect(members).toMatchObject({ total: 23, assessed: 20, notClassified: 2, unrecognized: 1 });
    expect(members.levels.HTTNV).toEqual({ count: 12, percent: 60 });
    expect(members.cap).toMatchObject({ limit: 2, actual: 3, exceeded: true });
    const collectives = collectiveResults(counted, QD366);
    expect(collectives).toEqual({
      total: 23,
      assessed: 20,
      notClassified: 2,
      unrecognized: 1,
      levels: members.levels,
    });
  });

  it("have no cap where the criteria have none, and use the criteria's decimals", () => {
    const counted = tally(1, 1, 1, 0);
    const noCap = memberResults(counted, { ...QD366, cap: null, percentDecimals: 2 });
    expect(noCap.cap).toBeNull();
    expect(noCap.levels.HTXSNV.percent).toBe(33.34);
  });
});
