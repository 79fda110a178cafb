import {
  expectedFromGrids,
  expectedFromJson,
  expectedFromText,
} from "../../../src/core/rollup/expected-units";

describe("the list of expected units", () => {
  it("reads a text file, one unit a line, skipping blanks, comments and repeats", () => {
    const text =
      "\uFEFF# Đảng bộ phường Đồng Tâm\nChi bộ Tổ dân phố số 1\r\n\n  Chi bộ Tổ dân phố số 2  \nCHI BỘ TỔ DÂN PHỐ SỐ 1\n";
    expect(expectedFromText(text)).toEqual({
      unit: null,
      names: ["Chi bộ Tổ dân phố số 1", "Chi bộ Tổ dân phố số 2"],
    });
  });

  it("reads a JSON array, or an object naming the consolidating unit", () => {
    expect(expectedFromJson('["Chi bộ A", "Chi bộ B"]')).toEqual({
      ok: true,
      expected: { unit: null, names: ["Chi bộ A", "Chi bộ B"] },
    });
    expect(expectedFromJson('{ "unit": "Đảng bộ phường X", "units": ["Chi bộ A"] }')).toEqual({
      ok: true,
      expected: { unit: "Đảng bộ phường X", names: ["Chi bộ A"] },
    });
  });

  it("refuses JSON that is not a list of names", () => {
    expect(expectedFromJson("{ not json").ok).toBe(false);
    expect(expectedFromJson("[1, 2]").ok).toBe(false);
    expect(expectedFromJson('{ "units": "Chi bộ A" }').ok).toBe(false);
  });

  it("reads a sheet: the column under its header, and the unit named in the title rows", () => {
    const grid = {
      name: "Danh sách",
      rows: [
        ["ĐẢNG BỘ QUẬN HAI BÀ TRƯNG", null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
        ["ĐẢNG BỘ PHƯỜNG ĐỒNG TÂM"],
        ["DANH SÁCH CÁC CHI BỘ TRỰC THUỘC"],
        [],
        ["TT", "Tên chi bộ", "Đảng số"],
        ["(1)", "(2)", "(3)"],
        [1, "Chi bộ Tổ dân phố số 1", 26],
        [2, "CHI BỘ TỔ DÂN PHỐ SỐ 2", 31],
        [3, "Chi bộ Trường Tiểu học Đồng Tâm", 12],
        [null, "Tổng cộng", 69],
        [],
        [null, "Nơi nhận:"],
      ],
    };
    expect(expectedFromGrids([grid])).toEqual({
      ok: true,
      expected: {
        unit: "Đảng bộ phường Đồng Tâm",
        names: ["Chi bộ Tổ dân phố số 1", "Chi bộ tổ dân phố số 2", "Chi bộ Trường Tiểu học Đồng Tâm"],
      },
    });
  });

  it("reads a sheet without a header by the column of unit names", () => {
    const grid = { name: "Sheet1", rows: [["Chi bộ A"], ["Chi bộ B"], ["Đảng bộ C"]] };
    expect(expectedFromGrids([grid])).toEqual({
      ok: true,
      expected: { unit: null, names: ["Chi bộ A", "Chi bộ B", "Đảng bộ C"] },
    });
  });

  it("fails on a sheet that lists no unit", () => {
    expect(expectedFromGrids([{ name: "Sheet1", rows: [["Họ và tên"], ["Nguyễn Văn A"]] }]).ok).toBe(false);
  });
});
