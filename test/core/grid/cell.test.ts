import { displayValue, readDate, readNumber } from "../../../src/core/grid/cell";

describe("readNumber", () => {
  it("reads numbers as numbers", () => {
    expect(readNumber(24)).toEqual({ kind: "number", value: 24 });
    expect(readNumber(-3.5)).toEqual({ kind: "number", value: -3.5 });
    expect(readNumber(0)).toEqual({ kind: "number", value: 0 });
  });

  it("reads numbers typed as text, with a decimal comma or dot, and flags them", () => {
    expect(readNumber(" 24 ")).toEqual({ kind: "text-number", value: 24, raw: "24" });
    expect(readNumber("15,5")).toEqual({ kind: "text-number", value: 15.5, raw: "15,5" });
    expect(readNumber("15.5")).toEqual({ kind: "text-number", value: 15.5, raw: "15.5" });
    expect(readNumber("-2")).toEqual({ kind: "text-number", value: -2, raw: "-2" });
  });

  it("reads empty cells as blank", () => {
    expect(readNumber(null)).toEqual({ kind: "blank" });
    expect(readNumber("   ")).toEqual({ kind: "blank" });
  });

  it("passes error values on", () => {
    expect(readNumber({ error: "#DIV/0!" })).toEqual({ kind: "error", error: "#DIV/0!" });
  });

  it("rejects text that is not a number, thousands separators, booleans, dates and NaN", () => {
    expect(readNumber("hai mươi")).toEqual({ kind: "invalid", raw: "hai mươi" });
    expect(readNumber("1,234,5")).toEqual({ kind: "invalid", raw: "1,234,5" });
    expect(readNumber("12%")).toEqual({ kind: "invalid", raw: "12%" });
    expect(readNumber(true)).toEqual({ kind: "invalid", raw: "true" });
    expect(readNumber(new Date(Date.UTC(2025, 0, 1))).kind).toBe("invalid");
    expect(readNumber(Number.NaN)).toEqual({ kind: "invalid", raw: "NaN" });
    expect(readNumber(Number.POSITIVE_INFINITY).kind).toBe("invalid");
  });
});

describe("readDate", () => {
  it("reads real dates by their UTC day", () => {
    expect(readDate(new Date(Date.UTC(2025, 2, 20)))).toEqual({
      kind: "date",
      year: 2025,
      month: 3,
      day: 20,
      fromText: false,
    });
  });

  it("reads Excel serial numbers", () => {
    // 45658 is 2025-01-01 in Excel's 1900 system; a time of day is dropped.
    expect(readDate(45658)).toEqual({ kind: "date", year: 2025, month: 1, day: 1, fromText: false });
    expect(readDate(45658.75)).toMatchObject({ year: 2025, month: 1, day: 1 });
  });

  it("reads text dates day first, with / . or -", () => {
    expect(readDate("05/03/2025")).toEqual({ kind: "date", year: 2025, month: 3, day: 5, fromText: true });
    expect(readDate("5.3.2025")).toMatchObject({ kind: "date", month: 3, day: 5 });
    expect(readDate("5-3-2025")).toMatchObject({ kind: "date", month: 3, day: 5 });
    // Day first always: 12/01 is the 12th of January, never December 1st.
    expect(readDate("12/01/2025")).toMatchObject({ month: 1, day: 12 });
  });

  it("rejects days that do not exist and months above 12", () => {
    expect(readDate("31/02/2025")).toEqual({ kind: "invalid", raw: "31/02/2025" });
    expect(readDate("29/02/2025").kind).toBe("invalid");
    expect(readDate("29/02/2024").kind).toBe("date");
    expect(readDate("03/13/2025").kind).toBe("invalid");
  });

  it("rejects other shapes, out-of-range serials, booleans and invalid dates", () => {
    expect(readDate("2025-03-05").kind).toBe("invalid");
    expect(readDate("tháng 3/2025").kind).toBe("invalid");
    expect(readDate("05/03/25").kind).toBe("invalid");
    expect(readDate(0).kind).toBe("invalid");
    expect(readDate(3e6).kind).toBe("invalid");
    expect(readDate(false).kind).toBe("invalid");
    expect(readDate(new Date(Number.NaN)).kind).toBe("invalid");
  });

  it("reads blanks and errors as such", () => {
    expect(readDate(null)).toEqual({ kind: "blank" });
    expect(readDate(" ")).toEqual({ kind: "blank" });
    expect(readDate({ error: "#VALUE!" })).toEqual({ kind: "error", error: "#VALUE!" });
  });
});

describe("displayValue", () => {
  it("shows cells as the user would read them in a message", () => {
    expect(displayValue(null)).toBe("");
    expect(displayValue({ error: "#N/A" })).toBe("#N/A");
    expect(displayValue(new Date(Date.UTC(2025, 11, 5)))).toBe("2025-12-05");
    expect(displayValue(12.5)).toBe("12.5");
    expect(displayValue("HTTNV")).toBe("HTTNV");
  });
});
