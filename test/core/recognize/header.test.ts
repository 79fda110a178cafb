import { LevelMatcher } from "../../../src/core/criteria/level-matcher";
import type { CellValue } from "../../../src/core/grid/types";
import { findHeader, type HeaderScanStats } from "../../../src/core/recognize/header";
import { SheetText } from "../../../src/core/recognize/sheet-text";
import { grid, markedSheet, memberSheet, preset, titleRows } from "../../support/grids";

const levels = new LevelMatcher(preset("qd366-2025"));

function headerOf(rows: CellValue[][]) {
  return findHeader(new SheetText(grid("S", rows)), levels);
}

describe("findHeader", () => {
  it("skips the title rows and finds a one-row header", () => {
    const sheet = memberSheet({ members: [{ name: "Nguyễn Văn An", level: "HTTNV" }] });
    const header = findHeader(new SheetText(sheet), levels);
    expect(header?.rows).toEqual([5]);
    expect(header?.texts[1]).toEqual(["Họ và tên"]);
    expect(header?.numberingRow).toBeNull();
  });

  it("finds no header where no row names two known columns", () => {
    expect(
      headerOf([
        ...titleRows(),
        ["Họ và tên", "Quê quán", "Sở thích"],
        ["Nguyễn Văn An", "Hà Nội", "Đọc sách"],
      ]),
    ).toBeNull();
    expect(headerOf([])).toBeNull();
  });

  it("takes a two-row header with a merged group over sub-headers", () => {
    const header = findHeader(new SheetText(markedSheet([{ name: "Nguyễn Văn An", marks: [1] }])), levels);
    expect(header?.rows).toEqual([5, 6]);
    // A column under the group reads the group, then its own header; a column merged down reads once.
    expect(header?.texts[4]).toEqual(["Kết quả xếp loại", "Hoàn thành tốt nhiệm vụ"]);
    expect(header?.texts[1]).toEqual(["Họ tên đảng viên"]);
  });

  it("does not take the first data row into a one-row header without merges", () => {
    const header = headerOf([
      ["STT", "Họ và tên", "Xếp loại", "Ghi chú"],
      [1, "Nguyễn Văn An", "HTTNV", "Ghi chú riêng"],
    ]);
    expect(header?.rows).toEqual([0]);
  });

  it("finds a numbering row “(1) (2) (3)” under the header", () => {
    const header = headerOf([
      ...titleRows(),
      ["STT", "Họ và tên", "Năm sinh", "Xếp loại"],
      ["(1)", "(2)", "(3)", "(4)"],
      [1, "Nguyễn Văn An", 1970, "HTTNV"],
    ]);
    expect(header?.rows).toEqual([5]);
    expect(header?.numberingRow).toBe(6);
  });

  it("accepts plain increasing numbers as a numbering row", () => {
    const header = headerOf([
      ["STT", "Họ và tên", "Năm sinh", "Xếp loại"],
      [1, 2, 3, 4],
      [1, "Nguyễn Văn An", 1970, "HTTNV"],
    ]);
    expect(header?.numberingRow).toBe(1);
  });

  it("does not take a data row, or numbers that do not increase, for a numbering row", () => {
    expect(
      headerOf([
        ["STT", "Họ và tên", "Năm sinh", "Xếp loại"],
        [1, "Nguyễn Văn An", 1970, "HTTNV"],
      ])?.numberingRow,
    ).toBeNull();
    expect(
      headerOf([
        ["STT", "Họ và tên", "Năm sinh", "Xếp loại"],
        [3, 2, 1, 4],
      ])?.numberingRow,
    ).toBeNull();
  });

  it("prefers the row that names the most columns", () => {
    const header = headerOf([
      ["Họ và tên", "Ghi chú"],
      [],
      ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Xếp loại", "Ghi chú"],
    ]);
    expect(header?.rows).toEqual([2]);
  });

  describe("matches headers only where a header can be", () => {
    const members = [
      "Nguyễn Văn An",
      "Trần Thị Bình",
      "Lê Văn Cường",
      "Phạm Thị Dung",
      "Hoàng Văn Em",
      "Vũ Thị Gấm",
    ];
    /** A list whose body, far below its header, holds a row of header words (a note copied from a form). */
    function listWithHeaderWordsBelow(numbered: boolean): CellValue[][] {
      return [
        ...titleRows(),
        ["STT", "Họ và tên", "Chức vụ", "Xếp loại"],
        ["(1)", "(2)", "(3)", "(4)"],
        ...members.map((name, i) => [numbered ? i + 1 : null, name, "Đảng viên", "HTTNV"]),
        ["Ghi chú:", "Họ và tên đệm", "Chức vụ đảng", "Năm sinh", "Xếp loại", "Mức xếp loại"],
      ];
    }
    const scan = (rows: CellValue[][]) => {
      const stats: HeaderScanStats = { rowsScored: [], cellsTried: 0 };
      return { header: findHeader(new SheetText(grid("S", rows)), levels, stats), stats };
    };

    it("stops below a run of numbered records: the header words in the body are never tried", () => {
      const rows = listWithHeaderWordsBelow(true);
      const { header, stats } = scan(rows);
      expect(header?.rows).toEqual([5]);
      expect(header?.numberingRow).toBe(6);
      const wordsRow = rows.length - 1;
      expect(stats.rowsScored).not.toContain(wordsRow);
      // Nor the numbering row, nor the title rows that hold one text.
      expect(stats.rowsScored).not.toContain(6);
      expect(Math.max(...stats.rowsScored)).toBeLessThan(wordsRow);
    });

    it("still tries the rows below when the body is not a run of numbered records", () => {
      const rows = listWithHeaderWordsBelow(false);
      const { stats } = scan(rows);
      expect(stats.rowsScored).toContain(rows.length - 1);
    });

    it("would take the body's header words for the header if they were tried (they name more columns)", () => {
      const rows = listWithHeaderWordsBelow(true);
      // Fewer numbered rows than a run: the search goes on, and the richer row below wins.
      const short = [...rows.slice(0, 10), rows[rows.length - 1]];
      expect(scan(short).header?.rows).toEqual([10]);
    });
  });
});
