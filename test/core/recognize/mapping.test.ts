import { LevelMatcher } from "../../../src/core/criteria/level-matcher";
import type { HeaderBlock } from "../../../src/core/recognize/header";
import { levelMarkColumns, mapColumns } from "../../../src/core/recognize/mapping";
import { preset } from "../../support/grids";

const levels = new LevelMatcher(preset("qd366-2025"));

/** A header block from header texts, one string or a [group, leaf] pair per column. */
function header(columns: (string | [string, string] | null)[]): HeaderBlock {
  return {
    rows: [0, 1],
    texts: columns.map((c) => (c === null ? [] : typeof c === "string" ? [c] : c)),
    numberingRow: null,
  };
}

function columnsOf(mapping: ReturnType<typeof mapColumns>): Record<string, number> {
  return Object.fromEntries(mapping.columns);
}

describe("mapColumns", () => {
  it("recognizes a member list and maps its columns", () => {
    const mapping = mapColumns(
      header(["STT", "Họ và tên", "Năm sinh", "Số thẻ đảng viên", "Xếp loại", "Ghi chú"]),
      levels,
    );
    expect(mapping.kind).toBe("members");
    expect(columnsOf(mapping)).toEqual({
      index: 0,
      name: 1,
      birthYear: 2,
      cardNumber: 3,
      level: 4,
      notes: 5,
    });
    expect(mapping.duplicates).toEqual([]);
    expect(mapping.confidence).toBe(1);
  });

  it("needs a level column: names alone are not a member list", () => {
    const mapping = mapColumns(header(["STT", "Họ và tên", "Năm sinh", "Ghi chú"]), levels);
    expect(mapping.kind).toBe("unknown");
    expect(mapping.columns.size).toBe(0);
    expect(mapping.confidence).toBe(0);
  });

  it("maps self-rating, proposal and decision under a merged group to their own fields", () => {
    const mapping = mapColumns(
      header([
        "STT",
        "Họ và tên",
        ["Mức xếp loại chất lượng", "Đảng viên tự xếp loại"],
        ["Mức xếp loại chất lượng", "Chi bộ đề xuất"],
        ["Mức xếp loại chất lượng", "Đảng ủy quyết định"],
      ]),
      levels,
    );
    expect(mapping.kind).toBe("members");
    expect(columnsOf(mapping)).toMatchObject({ selfLevel: 2, proposedLevel: 3, level: 4 });
  });

  it("maps one column per level marked “x”, and the not-classified column", () => {
    const mapping = mapColumns(
      header([
        "TT",
        "Họ tên đảng viên",
        ["Kết quả xếp loại", "Hoàn thành xuất sắc nhiệm vụ"],
        ["Kết quả xếp loại", "HTTNV"],
        ["Kết quả xếp loại", "Hoàn thành nhiệm vụ"],
        ["Kết quả xếp loại", "Không hoàn thành NV"],
        ["Kết quả xếp loại", "Không xếp loại"],
      ]),
      levels,
    );
    expect(mapping.kind).toBe("members");
    expect(levelMarkColumns(mapping.columns)).toEqual([
      { level: "HTXSNV", col: 2 },
      { level: "HTTNV", col: 3 },
      { level: "HTNV", col: 4 },
      { level: "KHTNV", col: 5 },
      { level: "none", col: 6 },
    ]);
  });

  it("does not take a misspelt level header for a mark column", () => {
    const mapping = mapColumns(
      header([
        "TT",
        "Họ tên đảng viên",
        ["Kết quả", "Hoàn thành xuất sắc nhiệm vụ"],
        ["Kết quả", "Hoàn thành tôt nhiệm vụ"],
      ]),
      levels,
    );
    // Without both top columns the sheet is no marked list.
    expect(mapping.columns.has("levelMark:HTTNV")).toBe(false);
    expect(mapping.kind).toBe("unknown");
  });

  it("recognizes a list of cells", () => {
    const mapping = mapColumns(header(["STT", "Tên chi bộ", "Đảng số", "Xếp loại", "Ghi chú"]), levels);
    expect(mapping.kind).toBe("collectives");
    expect(columnsOf(mapping)).toEqual({ index: 0, unitName: 1, memberCount: 2, level: 3, notes: 4 });
  });

  it("recognizes a meetings log", () => {
    const mapping = mapColumns(
      header(["STT", "Tháng", "Ngày sinh hoạt", "Tổng số đảng viên", "Số đảng viên dự", "Xếp loại"]),
      levels,
    );
    expect(mapping.kind).toBe("meetings");
    expect(columnsOf(mapping)).toMatchObject({ month: 1, date: 2, members: 3, present: 4, grade: 5 });
  });

  it("recognizes a reported summary with a count and a percent per level", () => {
    const mapping = mapColumns(
      header([
        "TT",
        "Nội dung",
        "Tổng số",
        "Số được đánh giá, xếp loại",
        ["Hoàn thành xuất sắc nhiệm vụ", "Số lượng"],
        ["Hoàn thành xuất sắc nhiệm vụ", "Tỷ lệ %"],
        ["Hoàn thành tốt nhiệm vụ", "Số lượng"],
        ["Hoàn thành tốt nhiệm vụ", "Tỷ lệ %"],
      ]),
      levels,
    );
    expect(mapping.kind).toBe("reported-summary");
    expect(columnsOf(mapping)).toMatchObject({
      content: 1,
      total: 2,
      assessed: 3,
      "levelCount:HTXSNV": 4,
      "levelPercent:HTXSNV": 5,
      "levelCount:HTTNV": 6,
      "levelPercent:HTTNV": 7,
    });
  });

  it("reports a field claimed twice, uses the leftmost and lowers the confidence", () => {
    const mapping = mapColumns(header(["STT", "Họ và tên", "Xếp loại", "Ghi chú", "Ghi chú"]), levels);
    expect(mapping.kind).toBe("members");
    expect(mapping.duplicates).toEqual([{ field: "notes", used: 3, others: [4] }]);
    expect(mapping.columns.get("notes")).toBe(3);
    expect(mapping.confidence).toBeLessThan(1);
  });

  it("takes the rightmost of two level columns: the decision is written last", () => {
    const mapping = mapColumns(header(["STT", "Họ và tên", "Xếp loại", "Xếp loại"]), levels);
    expect(mapping.columns.get("level")).toBe(3);
    expect(mapping.duplicates).toEqual([{ field: "level", used: 3, others: [2] }]);
  });

  it("is less confident when some columns mean nothing to it", () => {
    const all = mapColumns(header(["STT", "Họ và tên", "Xếp loại"]), levels);
    const some = mapColumns(
      header(["STT", "Họ và tên", "Xếp loại", "Quê quán", "Sở thích", "Dân tộc"]),
      levels,
    );
    expect(all.confidence).toBe(1);
    expect(some.kind).toBe("members");
    expect(some.confidence).toBeLessThan(all.confidence);
  });
});

describe("mapColumns remembers a header per criteria set", () => {
  const marked = () =>
    header(["TT", "Họ tên đảng viên", ["Kết quả", "Loại A"], ["Kết quả", "Loại B"], ["Kết quả", "Loại C"]]);
  const base = preset("qd366-2025");
  const own = {
    ...base,
    levels: { ...base.levels, HTXSNV: ["Loại A"], HTTNV: ["Loại B"], HTNV: ["Loại C"] },
  };

  it("maps the same header again the same way, and by another set's own level names", () => {
    // Mapped first under the national set, where "Loại A" names no level …
    expect(mapColumns(marked(), levels).columns.has("levelMark:HTXSNV")).toBe(false);
    // … then under a set that names its levels so: the remembered answer is not reused.
    const ownLevels = LevelMatcher.of(own);
    const first = mapColumns(marked(), ownLevels);
    expect(levelMarkColumns(first.columns)).toEqual([
      { level: "HTXSNV", col: 2 },
      { level: "HTTNV", col: 3 },
      { level: "HTNV", col: 4 },
    ]);
    expect(columnsOf(mapColumns(marked(), ownLevels))).toEqual(columnsOf(first));
    expect(mapColumns(marked(), levels).columns.has("levelMark:HTXSNV")).toBe(false);
  });
});
