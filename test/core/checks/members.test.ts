import { analyzeWorkbook } from "../../../src/core/analyze";
import { LevelMatcher } from "../../../src/core/criteria/level-matcher";
import type { Criteria } from "../../../src/core/criteria/schema";
import { cardKey } from "../../../src/core/checks/card-key";
import { checkMembers } from "../../../src/core/checks/members";
import { readRatedRows } from "../../../src/core/extract/rated-rows";
import {
  codesOf,
  memberSheet,
  preset,
  recognize,
  withSink,
  type MemberField,
  type MemberLine,
} from "../../support/grids";
import { VI } from "../../support/words";

const QD366 = preset("qd366-2025");
const HD21 = preset("hd21-2019");

/** Checks a member list built from the lines; the first member is on Excel row 7. */
function check(members: MemberLine[], options: { fields?: MemberField[]; criteria?: Criteria } = {}) {
  const criteria = options.criteria ?? QD366;
  const table = recognize(memberSheet({ members, fields: options.fields }), criteria);
  return withSink((sink) => {
    const rows = readRatedRows(table, new LevelMatcher(criteria), "name", sink);
    sink.issues.length = 0; // only the member checks are under test here
    checkMembers(table, rows, criteria, sink);
  }).issues;
}

const CARD_FIELDS: MemberField[] = ["index", "name", "birthYear", "card", "level", "notes"];
const SCORE_FIELDS: MemberField[] = ["index", "name", "score", "level", "notes"];

describe("checkMembers: card numbers", () => {
  it("accepts NN.NNNNNN, with an extra dot in the serial", () => {
    const issues = check([
      { name: "An", card: "01.234567", level: "HTTNV" },
      { name: "Bình", card: "01.234.568", level: "HTTNV" },
      { name: "Cường", card: " 02.345 678 ", level: "HTTNV" },
      { name: "Dung", card: null, level: "HTTNV" },
    ]);
    expect(issues).toEqual([]);
  });

  it("reports a malformed card number at its cell", () => {
    const issues = check([
      { name: "An", card: "1234567", level: "HTTNV" },
      { name: "Bình", card: "01-234567", level: "HTTNV" },
    ]);
    expect(issues.map((i) => [i.code, i.cell, i.value])).toEqual([
      ["invalid-card-number", "D7", "1234567"],
      ["invalid-card-number", "D8", "01-234567"],
    ]);
  });

  it("reads a card typed as a number with the zeros Excel dropped", () => {
    // 10.96382 is "10.963820" typed into a number cell.
    expect(check([{ name: "An", card: 10.96382, level: "HTTNV" }])).toEqual([]);
    expect(codesOf(check([{ name: "An", card: 1234567, level: "HTTNV" }]))).toEqual(["invalid-card-number"]);
  });

  it("skips the pattern when the criteria have none", () => {
    const noPattern: Criteria = { ...QD366, cardNumberPattern: null };
    expect(check([{ name: "An", card: "ABC", level: "HTTNV" }], { criteria: noPattern })).toEqual([]);
  });

  it("runs a pattern other than the presets' on every card, a card of the presets' shape included", () => {
    const dotted: Criteria = { ...QD366, cardNumberPattern: String.raw`^\d{2}\.\d{3}\.\d{3}$` };
    const issues = check(
      [
        { name: "An", card: "10.100000", level: "HTTNV" },
        { name: "Bình", card: "10.100.001", level: "HTTNV" },
      ],
      { criteria: dotted },
    );
    expect(issues.map((i) => [i.code, i.cell, i.value])).toEqual([
      ["invalid-card-number", "D7", "10.100000"],
    ]);
  });

  it("accepts cards of a pattern unlike the presets' and refuses the presets' shape under it", () => {
    const lettered: Criteria = { ...QD366, cardNumberPattern: String.raw`^[A-Z]{2}\d{6}$` };
    const issues = check(
      [
        { name: "An", card: "AB123456", level: "HTTNV" },
        { name: "Bình", card: "01.234567", level: "HTTNV" },
      ],
      { criteria: lettered },
    );
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["invalid-card-number", "D8"]]);
  });

  it("reports an error value in a card cell as formula-error", () => {
    expect(check([{ name: "An", card: { error: "#REF!" }, level: "HTTNV" }])).toMatchObject([
      { code: "formula-error", cell: "D7" },
    ]);
  });
});

describe("cardKey: the same card however it is dotted, different cards apart", () => {
  it("gives one key for one card", () => {
    expect(cardKey("10.100000")).toBe(cardKey("10100000"));
    expect(cardKey("10.100.000")).toBe(cardKey("10100000"));
    expect(cardKey("12.3456.78")).toBe(cardKey("12345678"));
  });

  it("keeps different cards apart, leading zeros and long numbers included", () => {
    expect(cardKey("0123")).not.toBe(cardKey("123"));
    expect(cardKey("10.100001")).not.toBe(cardKey("10.100000"));
    expect(cardKey("123456789012345678")).not.toBe(cardKey("123456789012345679"));
    expect(cardKey("AB.12")).toBe("AB12");
    // a short card loses its first dot only, as it always did
    expect(cardKey("1.2.3")).toBe("12.3");
  });
});

describe("checkMembers: duplicates", () => {
  it("reports a card number given twice, however it is dotted or typed", () => {
    const issues = check([
      { name: "An", card: "10.500000", level: "HTTNV" },
      { name: "Bình", card: "01.234567", level: "HTTNV" },
      { name: "Cường", card: "01.234.567", level: "HTTNV" },
      { name: "Dung", card: 10.5, level: "HTTNV" },
    ]);
    expect(issues.map((i) => [i.code, i.severity, i.cell, i.params.firstCell])).toEqual([
      ["duplicate-member", "error", "D9", "D8"],
      ["duplicate-member", "error", "D10", "D7"],
    ]);
  });

  it("reports a card given twice however it is dotted, typed with spaces or long", () => {
    const issues = check([
      { name: "An", card: "10.100.000", level: "HTTNV" },
      { name: "Bình", card: "123456789012", level: "HTTNV" },
      { name: "Cường", card: "101.00000", level: "HTTNV" },
      { name: "Dung", card: " 10.100 000 ", level: "HTTNV" },
      { name: "Đào", card: "1234.5678.9012", level: "HTTNV" },
      { name: "Hà", card: "123456789013", level: "HTTNV" },
    ]);
    expect(
      issues.filter((i) => i.code === "duplicate-member").map((i) => [i.cell, i.params.firstCell]),
    ).toEqual([
      ["D9", "D7"],
      ["D10", "D7"],
      ["D11", "D8"],
    ]);
  });

  it("does not report different card numbers", () => {
    expect(
      check([
        { name: "An", card: "01.234567", level: "HTTNV" },
        { name: "An", card: "01.234568", level: "HTTNV" },
      ]),
    ).toEqual([]);
  });

  it("warns of the same name and birth year twice where there is no card column", () => {
    const fields: MemberField[] = ["index", "name", "birthYear", "level"];
    const issues = check(
      [
        { name: "Nguyễn Văn An", birthYear: 1970, level: "HTTNV" },
        { name: "NGUYỄN VĂN AN", birthYear: 1970, level: "HTNV" },
      ],
      { fields },
    );
    expect(issues).toMatchObject([
      { code: "duplicate-member", severity: "warning", cell: "B8", params: { firstCell: "B7" } },
    ]);
  });

  it("does not warn of the same name with another birth year, or in another cell", () => {
    const sameNameOtherYear = check(
      [
        { name: "Nguyễn Văn An", birthYear: 1970, level: "HTTNV" },
        { name: "Nguyễn Văn An", birthYear: 1985, level: "HTTNV" },
      ],
      { fields: ["index", "name", "birthYear", "level"] },
    );
    expect(sameNameOtherYear).toEqual([]);
    const otherCells = check(
      [
        { name: "Nguyễn Văn An", birthYear: 1970, cell: "Chi bộ 1", level: "HTTNV" },
        { name: "Nguyễn Văn An", birthYear: 1970, cell: "Chi bộ 2", level: "HTTNV" },
      ],
      { fields: ["index", "name", "cell", "birthYear", "level"] },
    );
    expect(otherCells).toEqual([]);
  });

  it("leaves names alone where card numbers tell members apart", () => {
    const issues = check([
      { name: "Nguyễn Văn An", birthYear: 1970, card: "01.234567", level: "HTTNV" },
      { name: "Nguyễn Văn An", birthYear: 1970, card: "01.234568", level: "HTTNV" },
    ]);
    expect(issues).toEqual([]);
  });
});

describe("checkMembers: exclusions", () => {
  it("reports a member who should not be classified but was given a level", () => {
    const issues = check([{ name: "An", level: "HTTNV", notes: "Mới kết nạp chưa đủ 6 tháng" }], {
      fields: CARD_FIELDS,
    });
    expect(issues).toMatchObject([
      {
        code: "excluded-member-classified",
        cell: "E7",
        value: "HTTNV",
        params: { reason: "Đảng viên mới kết nạp chưa đủ 6 tháng" },
      },
    ]);
  });

  it("accepts the excluded member left unclassified", () => {
    expect(check([{ name: "An", level: "Không xếp loại", notes: "Mới kết nạp chưa đủ 6 tháng" }])).toEqual(
      [],
    );
    expect(check([{ name: "An", level: null, notes: "Miễn công tác và sinh hoạt đảng" }])).toEqual([]);
  });
});

describe("checkMembers: discipline", () => {
  it("reports a member disciplined in the year but not rated KHTNV, as an error", () => {
    const issues = check([{ name: "An", level: "HTNV", notes: "Bị kỷ luật khiển trách tháng 6/2025" }]);
    expect(issues).toMatchObject([
      {
        code: "discipline-level",
        severity: "error",
        cell: "E7",
        params: { level: "HTNV", required: "KHTNV" },
      },
    ]);
  });

  it("accepts the disciplined member rated KHTNV", () => {
    expect(check([{ name: "An", level: "KHTNV", notes: "Bị kỷ luật khiển trách" }])).toEqual([]);
  });

  it("only warns where the member found and remedied the fault (Quy định 124 and later)", () => {
    const line = { name: "An", level: "HTNV", notes: "Khiển trách; tự phát hiện và chủ động khắc phục" };
    expect(check([line])).toMatchObject([{ code: "discipline-level", severity: "warning" }]);
    expect(check([line], { criteria: HD21 })).toMatchObject([
      { code: "discipline-level", severity: "error" },
    ]);
  });

  it("does not check discipline when the criteria have no such rule", () => {
    const noRule: Criteria = { ...QD366, memberCaps: { ...QD366.memberCaps, discipline: null } };
    expect(
      check([{ name: "An", level: "HTNV", notes: "Bị kỷ luật khiển trách" }], { criteria: noRule }),
    ).toEqual([]);
  });
});

describe("checkMembers: sick leave (Hướng dẫn 21; no cap from 2025, Hướng dẫn 43 mục 7.5)", () => {
  it("reports a member on sick leave for 3 months or more rated above HTNV", () => {
    const issues = check([{ name: "An", level: "HTTNV", notes: "Nghỉ ốm 4 tháng" }], { criteria: HD21 });
    expect(issues).toMatchObject([
      { code: "sick-leave-level", cell: "E7", params: { level: "HTTNV", max: "HTNV", months: 3 } },
    ]);
    expect(
      codesOf(check([{ name: "An", level: "HTTNV", notes: "Nghỉ ốm 3 tháng" }], { criteria: HD21 })),
    ).toEqual(["sick-leave-level"]);
  });

  it("accepts a shorter sick leave, or a level not above the cap", () => {
    expect(check([{ name: "An", level: "HTTNV", notes: "Nghỉ ốm 2 tháng" }], { criteria: HD21 })).toEqual([]);
    expect(check([{ name: "An", level: "HTNV", notes: "Nghỉ ốm 4 tháng" }], { criteria: HD21 })).toEqual([]);
    expect(check([{ name: "An", level: "HTTNV", notes: "Nghỉ ốm dài ngày" }], { criteria: HD21 })).toEqual(
      [],
    );
  });

  it("does not cap the level after sick or maternity leave under Quy định 366 (rated on the work done)", () => {
    expect(check([{ name: "An", level: "HTTNV", notes: "Nghỉ ốm 4 tháng" }])).toEqual([]);
    expect(check([{ name: "An", level: "HTXSNV", notes: "Nghỉ thai sản 6 tháng" }])).toEqual([]);
  });
});

describe("checkMembers: score bands (Quy định 366, 100 points)", () => {
  it("accepts levels that agree with the score", () => {
    const issues = check(
      [
        { name: "An", score: 90, level: "HTXSNV" },
        { name: "Bình", score: 89.5, level: "HTTNV" },
        { name: "Cường", score: 70, level: "HTTNV" },
        { name: "Dung", score: 50, level: "HTNV" },
        { name: "Em", score: 49, level: "KHTNV" },
        { name: "Giang", score: null, level: "HTXSNV" },
      ],
      { fields: SCORE_FIELDS },
    );
    expect(issues).toEqual([]);
  });

  it("reports a level the score does not reach, at the level cell", () => {
    const issues = check([{ name: "An", score: 85, level: "HTXSNV" }], { fields: SCORE_FIELDS });
    expect(issues).toMatchObject([
      {
        code: "level-score-mismatch",
        cell: "D7",
        params: { stated: "HTXSNV", expected: "HTTNV", score: 85 },
      },
    ]);
  });

  it("reports scores above the scale and below zero", () => {
    const issues = check(
      [
        { name: "An", score: 120, level: "HTXSNV" },
        { name: "Bình", score: -5, level: "KHTNV" },
      ],
      { fields: SCORE_FIELDS },
    );
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["score-above-max", "C7"],
      ["score-negative", "C8"],
    ]);
  });

  it("flags a score typed as text, and reports one that is no number", () => {
    const issues = check(
      [
        { name: "An", score: "92,5", level: "HTXSNV" },
        { name: "Bình", score: "khá", level: "HTTNV" },
        { name: "Cường", score: { error: "#VALUE!" }, level: "HTTNV" },
      ],
      { fields: SCORE_FIELDS },
    );
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["number-as-text", "C7"],
      ["invalid-number", "C8"],
      ["formula-error", "C9"],
    ]);
  });

  it("does not compare scores with levels where the criteria have no bands (before 2025)", () => {
    expect(
      check([{ name: "An", score: 85, level: "HTXSNV" }], { fields: SCORE_FIELDS, criteria: HD21 }),
    ).toEqual([]);
  });
});

describe("birth years", () => {
  const fields: MemberField[] = ["index", "name", "birthYear", "level"];
  const analyze = (members: MemberLine[]) =>
    analyzeWorkbook([memberSheet({ members, fields })], { words: VI }).issues.filter(
      (i) => i.code === "formula-error",
    );

  it("reports an error value in the birth year column once, from the analysis's error cells", () => {
    expect(analyze([{ name: "An", birthYear: { error: "#NAME?" }, level: "HTTNV" }])).toMatchObject([
      { code: "formula-error", cell: "C7", value: "#NAME?" },
    ]);
    expect(analyze([{ name: "An", birthYear: 1970, level: "HTTNV" }])).toEqual([]);
  });

  it("leaves it to the analysis: checkMembers itself does not walk the birth years", () => {
    expect(check([{ name: "An", birthYear: { error: "#NAME?" }, level: "HTTNV" }], { fields })).toEqual([]);
  });
});
