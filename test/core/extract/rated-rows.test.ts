import { LevelMatcher } from "../../../src/core/criteria/level-matcher";
import type { CellValue } from "../../../src/core/grid/types";
import { emptyTally, tallyRows } from "../../../src/core/compute/levels";
import { levelAddress, readRatedRows } from "../../../src/core/extract/rated-rows";
import { issueMessage } from "../../../src/i18n";
import {
  collectiveSheet,
  grid,
  markedSheet,
  memberSheet,
  preset,
  recognize,
  titleRows,
  withSink,
  type MarkedLine,
  type MemberLine,
  spokenParams,
} from "../../support/grids";

const criteria = preset("qd366-2025");
const levels = new LevelMatcher(criteria);

/** Members in the default sheet: level in column E, notes in F, the first member on row 7. */
function readMembers(members: MemberLine[]) {
  const table = recognize(memberSheet({ members }), criteria);
  return withSink((sink) => readRatedRows(table, levels, "name", sink).toArray());
}

function readMarked(lines: MarkedLine[]) {
  const table = recognize(markedSheet(lines), criteria);
  return withSink((sink) => readRatedRows(table, levels, "name", sink).toArray());
}

describe("readRatedRows with a level text column", () => {
  it("reads the accepted spellings, in any case, spacing or composition", () => {
    const { result, issues } = readMembers([
      { name: "An", level: "HTTNV" },
      { name: "Bình", level: "Hoàn thành xuất sắc NV" },
      { name: "Cường", level: " hoàn  thành NHIỆM vụ ".normalize("NFD") },
      { name: "Dung", level: "KHTNV" },
    ]);
    expect(issues).toEqual([]);
    expect(result.map((r) => [r.name, r.status, r.level, levelAddress(r)])).toEqual([
      ["An", "classified", "HTTNV", "E7"],
      ["Bình", "classified", "HTXSNV", "E8"],
      ["Cường", "classified", "HTNV", "E9"],
      ["Dung", "classified", "KHTNV", "E10"],
    ]);
    expect(result[0]).toMatchObject({ sheet: "Danh sách", row: 6, cell: null, notes: "" });
  });

  it("puts “Không xếp loại” in the not-classified bucket without an issue", () => {
    const { result, issues } = readMembers([
      { name: "An", level: "Không xếp loại", notes: "Miễn công tác và sinh hoạt đảng" },
    ]);
    expect(issues).toEqual([]);
    expect(result[0]).toMatchObject({
      status: "not-classified",
      level: null,
      notes: "Miễn công tác và sinh hoạt đảng",
    });
  });

  it("reads a blank level with a reason in the notes as not classified", () => {
    const { result, issues } = readMembers([
      { name: "An", level: null, notes: "Mới kết nạp chưa đủ 6 tháng" },
    ]);
    expect(issues).toEqual([]);
    expect(result[0].status).toBe("not-classified");
  });

  it("reports a blank level without a reason as invalid-level at its cell", () => {
    const { result, issues } = readMembers([
      { name: "An", level: "HTTNV" },
      { name: "Bình", level: "  " },
    ]);
    expect(result[1]).toMatchObject({ status: "unrecognized", level: null });
    expect(levelAddress(result[1])).toBe("E8");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "invalid-level",
      severity: "error",
      sheet: "Danh sách",
      cell: "E8",
      row: 8,
      value: "",
    });
  });

  it("reports unknown text with the nearest spelling as a suggestion", () => {
    const { result, issues } = readMembers([
      { name: "An", level: "Hoàn thàng tốt nhiệm vụ" },
      { name: "Bình", level: "Hoàn thành tôt nhiệm vụ" },
    ]);
    expect(result.map((r) => r.status)).toEqual(["unrecognized", "unrecognized"]);
    expect(issues.map((i) => [i.code, i.cell, i.value, i.params.suggestion])).toEqual([
      ["invalid-level", "E7", "Hoàn thàng tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ (thàng → thành)"],
      ["invalid-level", "E8", "Hoàn thành tôt nhiệm vụ", "Hoàn thành tốt nhiệm vụ (tôt → tốt)"],
    ]);
  });

  it("says a level typed without its diacritics is that, in the user's language", () => {
    const { issues } = readMembers([
      { name: "An", level: "Hoan thanh tot nhiem vu" },
      { name: "Bình", level: "Hoàn thành tôt nhiệm vụ" },
    ]);
    expect(issues.map((i) => [i.cell, i.params.variant, i.params.suggestion])).toEqual([
      ["E7", "unaccented", "Hoàn thành tốt nhiệm vụ"],
      ["E8", undefined, "Hoàn thành tốt nhiệm vụ (tôt → tốt)"],
    ]);
    expect(issueMessage(issues[0], "vi")).toContain("“Hoàn thành tốt nhiệm vụ”, viết thiếu dấu?");
    expect(issueMessage(issues[0], "en")).toContain("typed without its diacritics");
    expect(issueMessage(issues[1], "vi")).not.toContain("thiếu dấu");
  });

  it("counts short spellings and abbreviations, with one notice per column naming the readings", () => {
    const { result, issues } = readMembers([
      { name: "An", level: "HTXS" },
      { name: "Bình", level: "Tốt" },
      { name: "Cường", level: "HT." },
      { name: "Dung", level: "Tốt" },
      { name: "Em", level: "KHT" },
      { name: "Giang", level: "HTTNV" },
      { name: "Hà", level: "Miễn sinh hoạt" },
    ]);
    expect(result.map((r) => r.level ?? r.status)).toEqual([
      "HTXSNV",
      "HTTNV",
      "HTNV",
      "HTTNV",
      "KHTNV",
      "HTTNV",
      "not-classified",
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "level-spelling", severity: "info", cell: "E7" });
    expect(issues[0].params.readings).toBe("“HTXS” → HTXSNV; “Tốt” → HTTNV; “HT.” → HTNV; “KHT” → KHTNV");
  });

  it("gives no spelling notice when every level is written in full or as its key", () => {
    const { issues } = readMembers([
      { name: "An", level: "HTXSNV" },
      { name: "Bình", level: "Hoàn thành tốt nhiệm vụ" },
    ]);
    expect(issues).toEqual([]);
  });

  it("reports an error value in the level cell as formula-error", () => {
    const { result, issues } = readMembers([{ name: "An", level: { error: "#N/A" } }]);
    expect(result[0].status).toBe("unrecognized");
    expect(issues).toMatchObject([{ code: "formula-error", cell: "E7", value: "#N/A" }]);
  });

  it("reads the decision, not the self-rating, when a sheet has both", () => {
    const rows: CellValue[][] = [
      ...titleRows(),
      ["STT", "Họ và tên", "Tự xếp loại", "Chi bộ đề xuất", "Đảng ủy quyết định"],
      [1, "An", "HTXSNV", "HTXSNV", "HTTNV"],
    ];
    const table = recognize(grid("S", rows), criteria);
    const { result } = withSink((sink) => readRatedRows(table, levels, "name", sink).toArray());
    expect(result[0]).toMatchObject({ level: "HTTNV" });
    expect(levelAddress(result[0])).toBe("E7");
  });

  it("falls back to the proposal, then the self-rating, when there is no decision", () => {
    const rows: CellValue[][] = [
      ["STT", "Họ và tên", "Tự xếp loại", "Chi bộ đề xuất"],
      [1, "An", "HTXSNV", "HTNV"],
    ];
    const { result } = withSink((sink) =>
      readRatedRows(recognize(grid("S", rows), criteria), levels, "name", sink).toArray(),
    );
    expect(result[0].level).toBe("HTNV");
  });

  it("takes each member's cell from a “Chi bộ” column, or from the section heading above", () => {
    const withColumn = memberSheet({
      fields: ["index", "name", "cell", "level"],
      members: [{ name: "An", cell: "Chi bộ 1", level: "HTTNV" }],
    });
    const column = withSink((sink) =>
      readRatedRows(recognize(withColumn, criteria), levels, "name", sink).toArray(),
    );
    expect(column.result[0].cell).toBe("Chi bộ 1");

    const withHeading = grid("S", [["STT", "Họ và tên", "Xếp loại"], ["Chi bộ Thôn 2"], [1, "An", "HTTNV"]]);
    const heading = withSink((sink) =>
      readRatedRows(recognize(withHeading, criteria), levels, "name", sink).toArray(),
    );
    expect(heading.result[0].cell).toBe("Chi bộ Thôn 2");
  });

  it("reads collectives by their unit name", () => {
    const table = recognize(collectiveSheet([{ name: "Chi bộ 1", members: 20, level: "HTXSNV" }]), criteria);
    const { result, issues } = withSink((sink) => readRatedRows(table, levels, "unitName", sink).toArray());
    expect(issues).toEqual([]);
    expect(result[0]).toMatchObject({ name: "Chi bộ 1", level: "HTXSNV" });
    expect(levelAddress(result[0])).toBe("D7");
  });
});

describe("readRatedRows with one “x” column per level", () => {
  it("reads the marked column as the level; x, X and a trailing space are all marks", () => {
    const { result, issues } = readMarked([
      { name: "An", marks: [0] },
      { name: "Bình", marks: [1], text: "X" },
      { name: "Cường", marks: [2], text: "x " },
      { name: "Dung", marks: [3] },
    ]);
    expect(issues).toEqual([]);
    expect(result.map((r) => [r.level, levelAddress(r)])).toEqual([
      ["HTXSNV", "D8"],
      ["HTTNV", "E9"],
      ["HTNV", "F10"],
      ["KHTNV", "G11"],
    ]);
  });

  it("reads a mark in “Không xếp loại” as not classified", () => {
    const { result, issues } = readMarked([{ name: "An", marks: [4] }]);
    expect(issues).toEqual([]);
    expect(result[0]).toMatchObject({ status: "not-classified", level: null });
    expect(levelAddress(result[0])).toBe("H8");
  });

  it("reports two marks on one row at the second mark, and counts the row in no level", () => {
    const { result, issues } = readMarked([{ name: "An", marks: [0, 1] }]);
    expect(result[0]).toMatchObject({ status: "unrecognized", level: null });
    expect(issues).toMatchObject([{ code: "invalid-level", cell: "E8", row: 8 }]);
    expect(spokenParams(issues[0].params).value).toBe("(đánh dấu 2 mức)");
  });

  it("reports a row with no mark at the first level column", () => {
    const { result, issues } = readMarked([{ name: "An", marks: [] }]);
    expect(result[0].status).toBe("unrecognized");
    expect(issues).toMatchObject([{ code: "invalid-level", cell: "D8" }]);
    expect(spokenParams(issues[0].params).value).toBe("(không đánh dấu mức nào)");
  });

  it("reads a row with no mark but a reason in the notes as not classified", () => {
    const { result, issues } = readMarked([
      { name: "An", marks: [], notes: "Miễn công tác và sinh hoạt đảng" },
    ]);
    expect(issues).toEqual([]);
    expect(result[0]).toMatchObject({ status: "not-classified", level: null });
    expect(levelAddress(result[0])).toBe("D8");
  });

  it("reports text other than a mark in a level column, suggesting “x”", () => {
    const { result, issues } = readMarked([{ name: "An", marks: [1], text: "có" }]);
    expect(result[0].status).toBe("unrecognized");
    expect(issues[0]).toMatchObject({
      code: "invalid-level",
      cell: "E8",
      value: "có",
      params: { suggestion: "x" },
    });
  });
});

describe("readRatedRows: level texts seen before, and the levels counted while reading", () => {
  function readCounted(members: MemberLine[]) {
    const table = recognize(memberSheet({ members }), criteria);
    const tally = emptyTally();
    const { result, issues } = withSink((sink) =>
      readRatedRows(table, levels, "name", sink, tally).toArray(),
    );
    return { rows: result, issues, tally };
  }

  it("counts the rows as it reads them, as tallyRows counts the rows it gives", () => {
    const { rows, tally } = readCounted([
      { name: "An", level: "HTTNV" },
      { name: "Bình", level: "Tốt" },
      { name: "Cường", level: "HTTNV" },
      { name: "Dung", level: "Tốt" },
      { name: "Em", level: "Không xếp loại" },
      { name: "Giang", level: "Không xếp loại" },
      { name: "Hà", level: null, notes: "Mới kết nạp" },
      { name: "Khoa", level: null },
      { name: "Lan", level: "Hoàn thành tôt nhiệm vụ" },
      { name: "Minh", level: "Hoàn thành tôt nhiệm vụ" },
      { name: "Nam", level: { error: "#N/A" } },
      { name: "Oanh", level: "HTXSNV" },
    ]);
    expect(tally).toEqual({
      total: 12,
      notClassified: 3,
      unrecognized: 4,
      counts: { HTXSNV: 1, HTTNV: 4, HTNV: 0, KHTNV: 0 },
    });
    expect(tally).toEqual(tallyRows(rows));
  });

  it("adds to a tally it is given, and counts into one of its own when given none", () => {
    const table = recognize(memberSheet({ members: [{ name: "An", level: "HTNV" }] }), criteria);
    const tally = emptyTally();
    withSink((sink) => readRatedRows(table, levels, "name", sink, tally).toArray());
    withSink((sink) => readRatedRows(table, levels, "name", sink, tally).toArray());
    expect(tally).toMatchObject({ total: 2, counts: { HTNV: 2 } });
    expect(withSink((sink) => readRatedRows(table, levels, "name", sink).toArray()).result).toHaveLength(1);
  });

  it("keeps notes only for the rows whose notes cell has text: an empty text, as some programs write, is none", () => {
    const table = recognize(
      memberSheet({
        members: [
          { name: "An", level: "HTTNV", notes: "" },
          { name: "Bình", level: "HTTNV", notes: "Chuyển đến" },
          { name: "Cường", level: "HTTNV", notes: "   " },
          { name: "Dung", level: "HTTNV" },
        ],
      }),
      criteria,
    );
    const list = withSink((sink) => readRatedRows(table, levels, "name", sink)).result;
    expect(list.notedIndexes()).toEqual([1]);
    expect(list.toArray().map((row) => row.notes)).toEqual(["", "Chuyển đến", "", ""]);
  });

  it("gives a repeated level text each row's own place, notes and cell", () => {
    const table = recognize(
      memberSheet({
        fields: ["index", "name", "cell", "level", "notes"],
        members: [
          { name: "An", cell: "Chi bộ 1", level: "HTT NV" },
          { name: "Bình", cell: "Chi bộ 2", level: "HTT NV", notes: "Chuyển đến" },
        ],
      }),
      criteria,
    );
    const { result } = withSink((sink) => readRatedRows(table, levels, "name", sink).toArray());
    expect(result.map((r) => [r.name, r.row, r.cell, r.notes, r.level, levelAddress(r)])).toEqual([
      ["An", 6, "Chi bộ 1", "", "HTTNV", "D7"],
      ["Bình", 7, "Chi bộ 2", "Chuyển đến", "HTTNV", "D8"],
    ]);
  });

  it("notes a repeated short spelling once, at the first row that has it", () => {
    const { issues } = readCounted([
      { name: "An", level: "HTTNV" },
      { name: "Bình", level: "Tốt" },
      { name: "Cường", level: "Tốt" },
      { name: "Dung", level: "HT." },
      { name: "Em", level: "Tốt" },
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "level-spelling", cell: "E8" });
    expect(issues[0].params.readings).toBe("“Tốt” → HTTNV; “HT.” → HTNV");
  });

  it("reports a repeated unknown or blank level on every row it is on, not only the first", () => {
    const { rows, issues } = readCounted([
      { name: "An", level: "Hoàn thành tôt nhiệm vụ" },
      { name: "Bình", level: "  " },
      { name: "Cường", level: "Hoàn thành tôt nhiệm vụ" },
      { name: "Dung", level: "  " },
      { name: "Em", level: "  ", notes: "Miễn sinh hoạt" },
    ]);
    expect(rows.map((r) => r.status)).toEqual([
      "unrecognized",
      "unrecognized",
      "unrecognized",
      "unrecognized",
      "not-classified",
    ]);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ["invalid-level", "E7"],
      ["invalid-level", "E8"],
      ["invalid-level", "E9"],
      ["invalid-level", "E10"],
    ]);
  });

  it("counts rows rated with “x” columns too, each by its mark", () => {
    const table = recognize(
      markedSheet([
        { name: "An", marks: [0] },
        { name: "Bình", marks: [1] },
        { name: "Cường", marks: [1] },
        { name: "Dung", marks: [0, 1] },
        { name: "Em", marks: [4] },
      ]),
      criteria,
    );
    const tally = emptyTally();
    const { result } = withSink((sink) => readRatedRows(table, levels, "name", sink, tally).toArray());
    expect(tally).toEqual({
      total: 5,
      notClassified: 1,
      unrecognized: 1,
      counts: { HTXSNV: 1, HTTNV: 2, HTNV: 0, KHTNV: 0 },
    });
    expect(tally).toEqual(tallyRows(result));
  });
});
