import type { SheetInfo } from "../../../src/core/types";
import { EMPTY_SETTINGS } from "../../../src/taskpane/io";
import {
  fieldsForKind,
  parseColumnLetter,
  resetSheetMapping,
  setFieldColumn,
  setSheetKind,
} from "../../../src/taskpane/state/mapping-edit";

const SHEET: SheetInfo = {
  name: "Danh sách ĐV",
  kind: "members",
  headerRows: [6, 7],
  firstDataRow: 9,
  lastDataRow: 32,
  columns: { name: "B", level: "H", cardNumber: "E" },
  confidence: 0.9,
  mapped: false,
};

describe("column letters typed by the user", () => {
  it("accepts A to XFD in any case, with spaces around", () => {
    expect(parseColumnLetter(" h ")).toBe("H");
    expect(parseColumnLetter("xfd")).toBe("XFD");
    expect(parseColumnLetter("")).toBeNull();
  });

  it("refuses what is not a column", () => {
    expect(parseColumnLetter("XFE")).toBeUndefined();
    expect(parseColumnLetter("H2")).toBeUndefined();
    expect(parseColumnLetter("ABCD")).toBeUndefined();
    expect(parseColumnLetter("Đ")).toBeUndefined();
  });
});

describe("mapping corrections", () => {
  it("saves the whole reading shown with the corrected column, so it is kept as seen", () => {
    const next = setFieldColumn(EMPTY_SETTINGS, SHEET, "level", "i");
    expect(next?.mappings[SHEET.name]).toEqual({
      kind: "members",
      columns: { name: "B", level: "I", cardNumber: "E" },
    });
    expect(EMPTY_SETTINGS.mappings).toEqual({}); // the old settings are not changed in place
  });

  it("builds on earlier corrections and can clear a field", () => {
    const once = setFieldColumn(EMPTY_SETTINGS, SHEET, "level", "I");
    const twice = once && setFieldColumn(once, SHEET, "cardNumber", "");
    expect(twice?.mappings[SHEET.name].columns).toEqual({ name: "B", level: "I" });
  });

  it("refuses a letter that is not a column and saves nothing", () => {
    expect(setFieldColumn(EMPTY_SETTINGS, SHEET, "level", "12")).toBeNull();
  });

  it("drops the guessed columns when the kind changes, keeps them when it does not", () => {
    expect(setSheetKind(EMPTY_SETTINGS, SHEET, "collectives").mappings[SHEET.name]).toEqual({
      kind: "collectives",
      columns: {},
    });
    expect(setSheetKind(EMPTY_SETTINGS, SHEET, "members").mappings[SHEET.name].columns).toEqual(
      SHEET.columns,
    );
  });

  it("forgets one sheet's corrections and keeps the others", () => {
    const settings = {
      criteriaId: "qd366-2025",
      mappings: { [SHEET.name]: { kind: "members" as const }, Other: { kind: "meetings" as const } },
    };
    expect(resetSheetMapping(settings, SHEET.name)).toEqual({
      criteriaId: "qd366-2025",
      mappings: { Other: { kind: "meetings" } },
    });
  });

  it("offers the fields that make sense for the kind", () => {
    expect(fieldsForKind("members")).toEqual(
      expect.arrayContaining(["name", "level", "levelMark:HTXSNV", "levelMark:none"]),
    );
    expect(fieldsForKind("members")).not.toContain("present");
    expect(fieldsForKind("meetings")).toEqual(expect.arrayContaining(["present", "date"]));
    expect(fieldsForKind("reported-summary")).toContain("levelPercent:KHTNV");
    expect(fieldsForKind("unknown")).toEqual([]);
  });
});
