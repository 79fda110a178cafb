import type { CellValue } from "../../../src/core/grid/types";
import { countAbove, findDataExtent } from "../../../src/core/recognize/extent";
import { SheetText } from "../../../src/core/recognize/sheet-text";
import { grid } from "../../support/grids";

const HEADER: CellValue[] = ["STT", "Họ và tên", "Năm sinh", "Xếp loại", "Ghi chú"];

/** Header at row 0, lines from row 1; the name (column B) is the key column. */
function extentOf(lines: CellValue[][], lastDataRow: number | null = null) {
  return findDataExtent(new SheetText(grid("S", [HEADER, ...lines])), 1, lastDataRow, [1]);
}

const member = (n: number, name: string): CellValue[] => [n, name, 1970 + n, "HTTNV"];

describe("countAbove", () => {
  it("counts the rows of an ordered list above a row, as a filter would", () => {
    const rows = [2, 3, 5, 8, 9, 14];
    for (let row = 0; row <= 16; row++)
      expect(countAbove(rows, row)).toBe(rows.filter((r) => r < row).length);
    expect(countAbove([], 5)).toBe(0);
    expect(countAbove(rows, 5)).not.toBe(3);
  });
});

describe("findDataExtent", () => {
  it("takes every row with a name up to the end of the sheet", () => {
    const extent = extentOf([
      member(1, "Nguyễn Văn An"),
      member(2, "Trần Thị Bình"),
      member(3, "Lê Văn Cường"),
    ]);
    expect(extent.rows).toEqual([1, 2, 3]);
    expect(extent.totalRow).toBeNull();
    expect(extent.footerRow).toBeNull();
  });

  it("lists the cells holding an error value, row by row, and none where no cell holds one", () => {
    const extent = extentOf([
      member(1, "Nguyễn Văn An"),
      [2, "Trần Thị Bình", { error: "#REF!" }, { error: "#N/A" }],
      member(3, "Lê Văn Cường"),
    ]);
    expect(extent.errorCells).toEqual([
      { row: 2, col: 2 },
      { row: 2, col: 3 },
    ]);
    expect(extentOf([member(1, "Nguyễn Văn An")]).errorCells).toEqual([]);
  });

  describe("runs of numbered records", () => {
    it("takes a run of numbered, named rows as records, up to the first row that is not one", () => {
      const extent = extentOf([
        member(1, "Nguyễn Văn An"),
        member(2, "  Trần Thị Bình"),
        [3, "\u00a0 ", 1973, "HTTNV"],
        [4.5, "Lê Văn Cường", 1974, "HTTNV"],
        member(5, "Phạm Thị Dung"),
        [null, "(Bí danh: Hai)"],
        [],
        [7, 1234, 1977, { error: "#N/A" }],
      ]);
      // A name of white space only (a no-break space too) is no name; 4.5 is no ordinal, so
      // that row continues the record above it, as the unnumbered one under row 5 does.
      expect(extent.rows).toEqual([1, 2, 5, 8]);
      expect(extent.roles.get(3)).toBe("unread");
      expect(extent.continuations.get(4)).toBe(2);
      expect(extent.roles.get(7)).toBeUndefined();
      expect(extent.continuations.get(6)).toBe(5);
      expect(extent.errorCells).toEqual([{ row: 8, col: 3 }]);
      expect(extent.roles.counts()).toMatchObject({ record: 4, continuation: 2, unread: 1 });
    });

    it("gives each record of a run to the section it is in", () => {
      const extent = extentOf([
        ["Chi bộ Thôn 1"],
        member(1, "Nguyễn Văn An"),
        member(2, "Trần Thị Bình"),
        ["Chi bộ Thôn 2"],
        member(3, "Lê Văn Cường"),
      ]);
      expect(extent.sectionList.map((s) => s.records)).toEqual([[2, 3], [5]]);
      expect(extent.sections.get(3)).toBe("Chi bộ Thôn 1");
      expect(extent.sections.get(4)).toBeUndefined();
    });
  });

  describe("total rows", () => {
    it("takes a “Tổng cộng” row for the total, and keeps members found after it as a block that continues the table", () => {
      const extent = extentOf([
        member(1, "Nguyễn Văn An"),
        member(2, "Trần Thị Bình"),
        [null, "Tổng cộng", null, 2],
        member(3, "Lê Văn Cường"),
      ]);
      expect(extent.rows).toEqual([1, 2, 4]);
      expect(extent.totalRow).toBe(3);
      expect(extent.continuedBlocks).toEqual([4]);
    });

    it("sums every record above a total under the whole list, and only those above one inside it", () => {
      const whole = extentOf([
        member(1, "Nguyễn Văn An"),
        member(2, "Trần Thị Bình"),
        [null, "Tổng cộng", null, 2],
      ]);
      expect(whole.sums.map((s) => s.records)).toEqual([[1, 2]]);
      expect(whole.rows).toEqual([1, 2]);
      const inside = extentOf([
        member(1, "Nguyễn Văn An"),
        [null, "Tổng cộng", null, 1],
        member(2, "Trần Thị Bình"),
      ]);
      expect(inside.sums.map((s) => s.records)).toEqual([[1]]);
      expect(inside.sums[0].records).not.toEqual(inside.rows);
    });

    it("knows “Cộng” alone and a total written in the index column", () => {
      expect(extentOf([member(1, "Nguyễn Văn An"), [null, "Cộng:"]]).totalRow).toBe(2);
      expect(extentOf([member(1, "Nguyễn Văn An"), ["Tổng số", null, null, 1]]).totalRow).toBe(2);
      expect(extentOf([member(1, "Nguyễn Văn An"), [null, "TỔNG CỘNG:", null, 1]]).totalRow).toBe(2);
      // Typed without accents, it is still a total.
      expect(extentOf([member(1, "Nguyễn Văn An"), [null, "Tong cong", null, 1]]).totalRow).toBe(2);
    });

    it("does not take a member whose name starts like a total for the total row", () => {
      const extent = extentOf([
        member(1, "Tống Công Minh"),
        member(2, "Tổng Văn Số"),
        member(3, "Công Thị Lan"),
      ]);
      expect(extent.totalRow).toBeNull();
      expect(extent.rows).toEqual([1, 2, 3]);
    });
  });

  describe("signature blocks", () => {
    it("stops at “Nơi nhận” and at “T/M”", () => {
      const withRecipients = extentOf([
        member(1, "Nguyễn Văn An"),
        [],
        [null, "Nơi nhận:", null, "T/M CHI BỘ"],
        [null, "- Lưu."],
      ]);
      expect(withRecipients.rows).toEqual([1]);
      expect(withRecipients.footerRow).toBe(3);
      const onBehalf = extentOf([
        member(1, "Nguyễn Văn An"),
        [null, null, null, "T/M CHI BỘ"],
        [null, null, null, "BÍ THƯ"],
      ]);
      expect(onBehalf.footerRow).toBe(2);
    });

    it("keeps records past the signature block apart: a block that continues the table, not listed rows", () => {
      const extent = extentOf([
        member(1, "Nguyễn Văn An"),
        [null, "Nơi nhận:", null, "T/M CHI BỘ"],
        member(2, "Trần Thị Bình"),
      ]);
      expect(extent.rows).toEqual([1]);
      expect(extent.rows).not.toContain(3);
      expect(extent.roles.get(3)).toBe("record");
      expect(extent.continuedBlocks).toEqual([3]);
    });

    it("finds the signature block under a total row", () => {
      const extent = extentOf([
        member(1, "Nguyễn Văn An"),
        [null, "Tổng cộng", null, 1],
        [],
        [null, "Nơi nhận:"],
      ]);
      expect(extent.totalRow).toBe(2);
      expect(extent.footerRow).toBe(4);
    });

    it("does not stop at a member whose name starts like a signature word", () => {
      // "Bí", "Ký", "Xác" begin real names; the row has a number and a level like any member.
      const extent = extentOf([member(1, "Bí Văn Thư"), member(2, "Nguyễn Văn An")]);
      expect(extent.footerRow).toBeNull();
      expect(extent.rows).toEqual([1, 2]);
    });
  });

  describe("blank rows", () => {
    it("skips blank rows between members and keeps reading", () => {
      const extent = extentOf([
        member(1, "Nguyễn Văn An"),
        [],
        [null, "  ", null],
        member(2, "Trần Thị Bình"),
      ]);
      expect(extent.rows).toEqual([1, 4]);
    });

    it("leaves out rows whose key column is empty", () => {
      const extent = extentOf([member(1, "Nguyễn Văn An"), [2, null, 1980, "HTNV"]]);
      expect(extent.rows).toEqual([1]);
    });
  });

  describe("section headings", () => {
    it("gives each member the heading of its section", () => {
      const extent = extentOf([
        ["Chi bộ Tổ dân phố số 1"],
        member(1, "Nguyễn Văn An"),
        member(2, "Trần Thị Bình"),
        ["Chi bộ Tổ dân phố số 2"],
        member(3, "Lê Văn Cường"),
      ]);
      expect(extent.rows).toEqual([2, 3, 5]);
      expect(extent.sections.get(2)).toBe("Chi bộ Tổ dân phố số 1");
      expect(extent.sections.get(3)).toBe("Chi bộ Tổ dân phố số 1");
      expect(extent.sections.get(5)).toBe("Chi bộ Tổ dân phố số 2");
    });

    it("knows a heading numbered in the index column and written in the name column", () => {
      const extent = extentOf([
        ["I", "Chi bộ Thôn 1"],
        member(1, "Nguyễn Văn An"),
        ["II", "Chi bộ Thôn 2"],
        member(2, "Trần Thị Bình"),
      ]);
      expect(extent.rows).toEqual([2, 4]);
      expect(extent.sections.get(2)).toBe("Chi bộ Thôn 1");
      expect(extent.sections.get(4)).toBe("Chi bộ Thôn 2");
    });

    it("keeps a numbered row with more than a name as data", () => {
      // A member numbered "I" by mistake, or a cell rated in a list of cells, is not a heading.
      const extent = extentOf([
        ["I", "Chi bộ Thôn 1", null, "HTTNV"],
        [1, "Chi bộ Thôn 2"],
      ]);
      expect(extent.rows).toEqual([1, 2]);
      expect(extent.sections.size).toBe(0);
    });

    it("knows roman-numbered headings", () => {
      const extent = extentOf([["II Khối cơ quan"], member(1, "Nguyễn Văn An")]);
      expect(extent.sections.get(2)).toBe("Khối cơ quan");
    });

    it("does not take a note on its own row for a heading", () => {
      const extent = extentOf([["Danh sách gồm 2 đồng chí"], member(1, "Nguyễn Văn An")]);
      expect(extent.sections.size).toBe(0);
      expect(extent.rows).toEqual([2]);
    });
  });

  it("ends at the last data row it is given, and reads no total or footer then", () => {
    const extent = extentOf(
      [member(1, "Nguyễn Văn An"), member(2, "Trần Thị Bình"), [null, "Tổng cộng", null, 2]],
      2,
    );
    expect(extent.rows).toEqual([1, 2]);
    expect(extent.totalRow).toBeNull();
  });

  it("reads TCVN3 totals and signature words", () => {
    // "Tæng céng" and "N¬i nhËn" are "Tổng cộng" and "Nơi nhận" typed in TCVN3.
    const sheet = grid("S", [
      HEADER,
      [1, "NguyÔn V¨n An", 1970, "HTTNV"],
      [null, "Tæng céng", null, 1],
      [null, "N¬i nhËn:"],
    ]);
    const extent = findDataExtent(new SheetText(sheet), 1, null, [1]);
    expect(extent.rows).toEqual([1]);
    expect(extent.totalRow).toBe(2);
    expect(extent.footerRow).toBe(3);
  });
});
