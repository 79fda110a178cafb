import {
  boxToA1,
  columnsA1,
  parseAreasAddress,
  parseRangeAddress,
  rowsA1,
} from "../../src/excel/office-address";

test("range addresses as Office returns them, with plain and quoted sheet names", () => {
  expect(parseRangeAddress("Sheet1!B3:H40")).toEqual({ top: 2, left: 1, bottom: 39, right: 7 });
  expect(parseRangeAddress("'TH Đảng viên'!$C$5")).toEqual({ top: 4, left: 2, bottom: 4, right: 2 });
  expect(parseRangeAddress("'It''s!A1'!AA10:AB11")).toEqual({ top: 9, left: 26, bottom: 10, right: 27 });
  expect(parseRangeAddress("D4")).toEqual({ top: 3, left: 3, bottom: 3, right: 3 });
});

test("what is not a cell range is refused", () => {
  expect(parseRangeAddress("Sheet1!A:C")).toBeNull();
  expect(parseRangeAddress("Sheet1!")).toBeNull();
  expect(parseRangeAddress("#REF!")).toBeNull();
});

test("RangeAreas addresses: every area, even when the sheet name holds '!' or ','", () => {
  expect(parseAreasAddress("Sheet1!A1:B4, Sheet1!D1:D4")).toEqual([
    { top: 0, left: 0, bottom: 3, right: 1 },
    { top: 0, left: 3, bottom: 3, right: 3 },
  ]);
  expect(parseAreasAddress("'a!A1, b'!C2:D3, 'a!A1, b'!F6")).toEqual([
    { top: 1, left: 2, bottom: 2, right: 3 },
    { top: 5, left: 5, bottom: 5, right: 5 },
  ]);
  expect(parseAreasAddress("")).toEqual([]);
});

test("addresses written for Office", () => {
  expect(boxToA1({ top: 0, left: 0, bottom: 2, right: 3 })).toBe("A1:D3");
  expect(boxToA1({ top: 28, left: 7, bottom: 28, right: 7 })).toBe("H29");
  expect(columnsA1(4)).toBe("E:E");
  expect(columnsA1(0, 27)).toBe("A:AB");
  expect(rowsA1(3)).toBe("$3:$3");
  expect(rowsA1(6, 7)).toBe("$6:$7");
});
