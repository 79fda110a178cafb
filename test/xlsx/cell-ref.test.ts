import { parseCellRef, readCellRef } from "../../src/xlsx/cell-ref";

describe("cell addresses in sheet XML", () => {
  it("reads A1, $B$7 and the last cell of a sheet, 0-based", () => {
    expect(parseCellRef("A1")).toEqual({ row: 0, col: 0 });
    expect(parseCellRef("$B$7")).toEqual({ row: 6, col: 1 });
    expect(parseCellRef("xfd1048576")).toEqual({ row: 1048575, col: 16383 });
  });

  it("refuses what is not an address inside a sheet", () => {
    for (const text of ["", "A", "12", "A0", "XFE1", "A1048577", "AAAA1", "A1B", "A 1", "Ａ1", "A\u01311"]) {
      expect(parseCellRef(text)).toBeNull();
    }
  });

  it("reads an address in the middle of a text without cutting it out", () => {
    const xml = new TextEncoder().encode('<c r="C12" t="s">');
    const at = { row: -1, col: -1 };
    expect(readCellRef(xml, 6, 9, at)).toBe(true);
    expect(at).toEqual({ row: 11, col: 2 });
    expect(readCellRef(xml, 5, 9, at)).toBe(false);
  });
});
