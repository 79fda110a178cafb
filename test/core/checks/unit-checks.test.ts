import { LevelMatcher } from "../../../src/core/criteria/level-matcher";
import type { LevelKey } from "../../../src/core/criteria/levels";
import type { CapRule, Criteria } from "../../../src/core/criteria/schema";
import { emptyTally, type LevelTally } from "../../../src/core/compute/levels";
import { largestRemainderPercents } from "../../../src/core/compute/shares";
import type { CellValue } from "../../../src/core/grid/types";
import { readRatedRows, type RatedRow } from "../../../src/core/extract/rated-rows";
import { checkCap, checkCollectives, checkReportedSummary } from "../../../src/core/checks/unit-checks";
import {
  codesOf,
  collectiveSheet,
  markedSheet,
  preset,
  recognize,
  reportedSheet,
  withSink,
  type CollectiveLine,
  type MarkedLine,
  type ReportedLine,
  spokenParams,
} from "../../support/grids";

const QD366 = preset("qd366-2025");

function tally(counts: [number, number, number, number], notClassified = 0, unrecognized = 0): LevelTally {
  const [HTXSNV, HTTNV, HTNV, KHTNV] = counts;
  const assessed = HTXSNV + HTTNV + HTNV + KHTNV;
  return {
    total: assessed + notClassified + unrecognized,
    notClassified,
    unrecognized,
    counts: { HTXSNV, HTTNV, HTNV, KHTNV },
  };
}

/** Three members marked HTXSNV, HTTNV, HTTNV and one not classified, then a total row (Excel row 12). */
const MARKED: MarkedLine[] = [
  { name: "An", marks: [0] },
  { name: "Bình", marks: [1] },
  { name: "Cường", marks: [1] },
  { name: "Dung", marks: [4] },
];

function markedWithTotals(totals: CellValue[]) {
  return recognize(markedSheet(MARKED, [[null, "Tổng cộng", null, ...totals]]), QD366);
}

describe("checkCap", () => {
  const withCap = (cap: Partial<CapRule>): Criteria => ({
    ...QD366,
    cap: { ...(QD366.cap as CapRule), ...cap },
  });
  const table = markedWithTotals([]);
  const capIssues = (counts: [number, number, number, number], criteria: Criteria) =>
    withSink((sink) => checkCap(table, tally(counts), criteria, sink)).issues;

  it("reports HTXSNV above 20% of those rated HTTNV (the default), at the total row's HTXSNV cell", () => {
    // 20% of 12 is 2.4, rounded down to 2; 3 are rated HTXSNV.
    const issues = capIssues([3, 12, 4, 1], QD366);
    expect(issues).toMatchObject([{ code: "cap-exceeded", cell: "D12", value: 3 }]);
    expect(spokenParams(issues[0].params)).toMatchObject({
      actual: 3,
      limit: 2,
      ratio: 20,
      denominatorCount: 12,
      denominator: "HTTNV",
    });
  });

  it("accepts HTXSNV up to the limit", () => {
    expect(capIssues([2, 12, 4, 1], QD366)).toEqual([]);
  });

  it("counts HTTNV or better when the criteria say so", () => {
    const criteria = withCap({ denominator: "HTTNV_OR_BETTER" });
    // 20% of 15 is 3.
    expect(capIssues([3, 12, 4, 1], criteria)).toEqual([]);
    expect(capIssues([4, 12, 4, 1], criteria).map((i) => spokenParams(i.params))).toMatchObject([
      { limit: 3, denominatorCount: 16, denominator: "HTTNV + HTXSNV" },
    ]);
  });

  it("counts everyone assessed when the criteria say so", () => {
    const criteria = withCap({ denominator: "ASSESSED" });
    // 20% of 20 is 4.
    expect(capIssues([4, 12, 3, 1], criteria)).toEqual([]);
    expect(capIssues([5, 12, 2, 1], criteria).map((i) => spokenParams(i.params))).toMatchObject([
      { limit: 4, denominatorCount: 20, denominator: "được đánh giá" },
    ]);
  });

  it("rounds the limit down, to the nearest or up as configured", () => {
    // 20% of 13 is 2.6: down 2, nearest 3, up 3.
    expect(codesOf(capIssues([3, 13, 0, 0], withCap({ rounding: "down" })))).toEqual(["cap-exceeded"]);
    expect(capIssues([3, 13, 0, 0], withCap({ rounding: "nearest" }))).toEqual([]);
    expect(capIssues([3, 13, 0, 0], withCap({ rounding: "up" }))).toEqual([]);
    // 20% of 11 is 2.2: up gives 3, nearest 2.
    expect(capIssues([3, 11, 0, 0], withCap({ rounding: "up" }))).toEqual([]);
    expect(codesOf(capIssues([3, 11, 0, 0], withCap({ rounding: "nearest" })))).toEqual(["cap-exceeded"]);
  });

  it("does not round an exact limit up (0.2 × 15 is 3.0000000000000004 in floating point)", () => {
    expect(codesOf(capIssues([4, 15, 0, 0], withCap({ rounding: "up" })))).toEqual(["cap-exceeded"]);
    expect(capIssues([3, 15, 0, 0], withCap({ rounding: "down" }))).toEqual([]);
  });

  it("reports sheet-wide where the list has no total row", () => {
    const noTotal = recognize(markedSheet(MARKED), QD366);
    const { issues } = withSink((sink) => checkCap(noTotal, tally([3, 12, 4, 1]), QD366, sink));
    expect(issues).toMatchObject([{ code: "cap-exceeded", cell: null }]);
  });

  it("checks nothing where the criteria have no cap", () => {
    expect(capIssues([10, 1, 0, 0], { ...QD366, cap: null })).toEqual([]);
  });
});

describe("checkCollectives", () => {
  const member = (cell: string, level: LevelKey | null, row = 0): RatedRow => ({
    sheet: "Đảng viên",
    row,
    name: `Đảng viên ${row}`,
    cell,
    status: level ? "classified" : "not-classified",
    level,
    levelCol: 4,
    notes: "",
  });
  const members = (cell: string, levels: (LevelKey | null)[]) =>
    levels.map((level, i) => member(cell, level, i));

  function check(
    lines: CollectiveLine[],
    memberRows: RatedRow[],
    options: { criteria?: Criteria; membersSheet?: string | null } = {},
  ) {
    const criteria = options.criteria ?? QD366;
    const table = recognize(collectiveSheet(lines), criteria);
    return withSink((sink) => {
      const rows = readRatedRows(table, new LevelMatcher(criteria), "unitName", sink).toArray();
      checkCollectives(
        table,
        rows,
        memberRows,
        criteria,
        options.membersSheet === undefined ? "Đảng viên" : options.membersSheet,
        sink,
      );
    }).issues;
  }

  const FIVE_GOOD: (LevelKey | null)[] = ["HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTNV"];

  it("accepts a cell rated HTXSNV with all members HTNV or better and 80% HTTNV or better", () => {
    expect(
      check([{ name: "Chi bộ 1", members: 5, level: "HTXSNV" }], members("Chi bộ 1", FIVE_GOOD)),
    ).toEqual([]);
  });

  it("reports a cell rated HTXSNV with a member below HTNV", () => {
    const issues = check(
      [{ name: "Chi bộ 1", members: 5, level: "HTXSNV" }],
      members("Chi bộ 1", ["HTXSNV", "HTTNV", "HTTNV", "HTTNV", "KHTNV"]),
    );
    expect(issues).toMatchObject([
      { code: "collective-level-conflict", cell: "D7", params: { unit: "Chi bộ 1", level: "HTXSNV" } },
    ]);
    expect(String(spokenParams(issues[0].params).detail)).toContain(
      "80% đảng viên đạt HTNV trở lên (cần 100%)",
    );
  });

  it("reports a cell rated HTXSNV with under 80% at HTTNV or better", () => {
    const issues = check(
      [{ name: "Chi bộ 1", members: 5, level: "HTXSNV" }],
      members("Chi bộ 1", ["HTTNV", "HTTNV", "HTTNV", "HTNV", "HTNV"]),
    );
    expect(codesOf(issues)).toEqual(["collective-level-conflict"]);
    expect(String(spokenParams(issues[0].params).detail)).toContain(
      "60% đảng viên đạt HTTNV trở lên (cần 80%)",
    );
  });

  it("judges only the members who were rated, and only cells rated HTXSNV", () => {
    expect(
      check([{ name: "Chi bộ 1", members: 6, level: "HTXSNV" }], members("Chi bộ 1", [...FIVE_GOOD, null])),
    ).toEqual([]);
    expect(
      check([{ name: "Chi bộ 1", members: 2, level: "HTTNV" }], members("Chi bộ 1", ["HTNV", "KHTNV"])),
    ).toEqual([]);
  });

  it("matches cells by name whatever the case or accents, and skips cells with no members listed", () => {
    expect(
      check([{ name: "CHI BỘ 1", members: 1, level: "HTXSNV" }], members("Chi bo 1", ["KHTNV"])),
    ).toMatchObject([{ code: "collective-level-conflict" }]);
    expect(
      check([{ name: "Chi bộ 2", members: 5, level: "HTXSNV" }], members("Chi bộ 1", ["KHTNV"])),
    ).toEqual([]);
  });

  it("does not judge the members where the criteria have no collective rule", () => {
    expect(
      check([{ name: "Chi bộ 1", members: 1, level: "HTXSNV" }], members("Chi bộ 1", ["KHTNV"]), {
        criteria: { ...QD366, collective: null },
      }),
    ).toEqual([]);
  });

  it("reports a member count that differs from the member list as cross-sheet-mismatch", () => {
    const issues = check([{ name: "Chi bộ 1", members: 6, level: "HTTNV" }], members("Chi bộ 1", FIVE_GOOD));
    expect(issues).toMatchObject([
      {
        code: "cross-sheet-mismatch",
        cell: "C7",
        value: 6,
        params: { stated: 6, computed: 5, otherSheet: "Đảng viên" },
      },
    ]);
  });

  it("accepts a member count that agrees, and compares none without a member sheet", () => {
    expect(check([{ name: "Chi bộ 1", members: 5, level: "HTTNV" }], members("Chi bộ 1", FIVE_GOOD))).toEqual(
      [],
    );
    expect(
      check([{ name: "Chi bộ 1", members: 6, level: "HTTNV" }], members("Chi bộ 1", FIVE_GOOD), {
        membersSheet: null,
      }),
    ).toEqual([]);
  });
});

describe("checkReportedSummary", () => {
  const DECIMALS = QD366.percentDecimals;
  /** A line whose figures are right: counts add up, shares by largest remainder. */
  function rightLine(
    content: string,
    counts: [number, number, number, number],
    notAssessed = 0,
  ): ReportedLine {
    const assessed = counts.reduce((a, b) => a + b, 0);
    return {
      content,
      total: assessed + notAssessed,
      assessed,
      counts,
      percents: largestRemainderPercents(counts, DECIMALS),
    };
  }

  function check(lines: ReportedLine[], figures: Parameters<typeof checkReportedSummary>[1] = {}) {
    const table = recognize(reportedSheet(lines), QD366);
    return withSink((sink) => checkReportedSummary(table, figures, QD366, sink)).issues;
  }

  it("accepts figures that add up, with shares that sum to 100", () => {
    expect(check([rightLine("Đảng viên", [46, 204, 52, 2], 8), rightLine("Chi bộ", [2, 9, 1, 0])])).toEqual(
      [],
    );
  });

  describe("count-mismatch", () => {
    it("reports an assessed count that is not the sum of the level counts", () => {
      const line = { ...rightLine("Đảng viên", [46, 204, 52, 2], 8), assessed: 300 };
      const issues = check([line]).filter((i) => i.code === "count-mismatch");
      expect(issues).toMatchObject([{ cell: "D8", params: { stated: 300, computed: 304 } }]);
    });

    it("judges the shares against the level counts, so one wrong assessed cell is one issue", () => {
      const line = { ...rightLine("Đảng viên", [46, 204, 52, 2], 8), assessed: 300 };
      expect(check([line]).map((i) => [i.code, i.cell])).toEqual([["count-mismatch", "D8"]]);
      const wrongShare = { ...line, percents: [15.1, 69.1, 17.1, 0.7] };
      expect(check([wrongShare]).filter((i) => i.code === "percent-mismatch")).toMatchObject([
        { cell: "H8", params: { base: 304 } },
      ]);
    });

    it("reports more assessed than members", () => {
      const line = { ...rightLine("Đảng viên", [46, 204, 52, 2]), total: 300 };
      expect(check([line])).toMatchObject([
        { code: "count-mismatch", cell: "D8", params: { stated: 304, computed: 300 } },
      ]);
    });
  });

  describe("percent-mismatch", () => {
    it("reports a share that does not match its count, cell by cell", () => {
      // The Đồng Tâm sample's slip: 204 of 304 is 67.1%, not 69.1%.
      const line = rightLine("Đảng viên", [46, 204, 52, 2], 8);
      const issues = check([{ ...line, percents: [15.1, 69.1, 17.1, 0.7] }]);
      expect(issues.map((i) => [i.code, i.cell])).toEqual([
        ["percent-mismatch", "H8"],
        ["percent-sum", "F8"],
      ]);
      expect(issues[0].params).toMatchObject({ stated: 69.1, computed: 67.1, count: 204, base: 304 });
      expect(issues[1].params.sum).toBe(102);
    });

    it("accepts a share moved by one unit of its last decimal by largest-remainder rounding", () => {
      // 1 of 3 is 33.33…%: the shares 33.4, 33.3, 33.3 are right, 33.4 being one unit off.
      const line = rightLine("Đảng viên", [1, 1, 1, 0]);
      expect(line.percents).toEqual([33.4, 33.3, 33.3, 0]);
      expect(check([line])).toEqual([]);
    });

    it("reports a share more than one unit of its last decimal off", () => {
      // 33.5 and 33.2 are each more than 0.1 from 33.33…; they still add up to 100.
      const line = { ...rightLine("Đảng viên", [1, 1, 1, 0]), percents: [33.5, 33.3, 33.2, 0] };
      expect(check([line])).toMatchObject([
        { code: "percent-mismatch", cell: "F8", params: { stated: 33.5 } },
        { code: "percent-mismatch", cell: "J8", params: { stated: 33.2 } },
      ]);
    });

    it("reads the reported decimals: whole percents are allowed one whole unit", () => {
      const line = { ...rightLine("Đảng viên", [1, 1, 1, 0]), percents: [34, 33, 33, 0] };
      expect(check([line])).toEqual([]);
    });
  });

  describe("percent-sum", () => {
    it("reports shares that round each on its own and add up to 99.9", () => {
      const line = { ...rightLine("Đảng viên", [1, 1, 1, 0]), percents: [33.3, 33.3, 33.3, 0] };
      expect(check([line])).toMatchObject([
        { code: "percent-sum", cell: "F8", value: 99.9, params: { sum: 99.9 } },
      ]);
    });

    it("reports the published 104.9% of domain.md, and every share that does not match", () => {
      const line: ReportedLine = {
        content: "Đảng viên",
        total: 515,
        assessed: 515,
        counts: [84, 281, 150, 0],
        percents: [17.1, 57.3, 30.5, 0],
      };
      const issues = check([line]);
      expect(codesOf(issues)).toEqual([
        "percent-mismatch",
        "percent-mismatch",
        "percent-mismatch",
        "percent-sum",
      ]);
      expect(issues[3].params.sum).toBe(104.9);
    });

    it("does not add up shares where some are not given", () => {
      const line = { ...rightLine("Đảng viên", [1, 1, 1, 0]), percents: [33.4, 33.3, 33.3, null] };
      expect(check([line])).toEqual([]);
    });
  });

  describe("cross-sheet-mismatch", () => {
    const members = tally([46, 204, 52, 2], 8);
    const collectives = tally([2, 9, 1, 0]);
    const figures = {
      members,
      membersSheet: "Xếp loại đảng viên",
      collectives,
      collectivesSheet: "Xếp loại chi bộ",
    };

    it("accepts reported figures equal to those computed from the lists", () => {
      expect(
        check([rightLine("Đảng viên", [46, 204, 52, 2], 8), rightLine("Chi bộ", [2, 9, 1, 0])], figures),
      ).toEqual([]);
    });

    it("reports each reported figure that differs from the lists, on the line for members or for cells", () => {
      const issues = check(
        [rightLine("Đảng viên", [46, 205, 52, 2], 8), rightLine("Tổ chức cơ sở đảng", [2, 8, 1, 0])],
        figures,
      );
      expect(issues.map((i) => [i.code, i.cell, i.params.otherSheet])).toEqual([
        ["cross-sheet-mismatch", "C8", "Xếp loại đảng viên"],
        ["cross-sheet-mismatch", "D8", "Xếp loại đảng viên"],
        ["cross-sheet-mismatch", "G8", "Xếp loại đảng viên"],
        ["cross-sheet-mismatch", "C9", "Xếp loại chi bộ"],
        ["cross-sheet-mismatch", "D9", "Xếp loại chi bộ"],
        ["cross-sheet-mismatch", "G9", "Xếp loại chi bộ"],
      ]);
    });

    it("compares nothing where no list was read, or for a line about something else", () => {
      expect(check([rightLine("Đảng viên", [1, 1, 1, 0])])).toEqual([]);
      expect(check([rightLine("Quần chúng ưu tú", [1, 1, 1, 0])], figures)).toEqual([]);
    });
  });

  it("reports figures that are not numbers, and error values", () => {
    const line = {
      ...rightLine("Đảng viên", [46, 204, 52, 2], 8),
      total: "ba trăm" as CellValue,
      assessed: { error: "#REF!" } as CellValue,
    };
    const issues = check([line]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["invalid-number", "C8"],
      ["formula-error", "D8"],
    ]);
  });

  it("uses an empty tally as no figures", () => {
    // An empty member list gives zero counts: a reported line of zeros agrees with it.
    const zero: ReportedLine = {
      content: "Đảng viên",
      total: 0,
      assessed: 0,
      counts: [0, 0, 0, 0],
      percents: [null, null, null, null],
    };
    expect(check([zero], { members: emptyTally(), membersSheet: "Đảng viên" })).toEqual([]);
  });
});
