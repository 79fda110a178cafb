import { fromOfficeValue, isErrorText } from "../../src/excel/office-values";

test("values as Office gives them become core cell values", () => {
  expect(fromOfficeValue("")).toBeNull();
  expect(fromOfficeValue("Nguyễn Văn A")).toBe("Nguyễn Văn A");
  expect(fromOfficeValue(45658)).toBe(45658); // a date stays its serial number
  expect(fromOfficeValue(true)).toBe(true);
  expect(fromOfficeValue("#REF!")).toEqual({ error: "#REF!" });
  expect(fromOfficeValue("#DIV/0!")).toEqual({ error: "#DIV/0!" });
  expect(fromOfficeValue("#N/A")).toEqual({ error: "#N/A" });
});

test("text that merely starts like an error, and odd inputs, are not errors", () => {
  expect(isErrorText("#1 tổ")).toBe(false);
  expect(fromOfficeValue("#REF! ghi chú")).toBe("#REF! ghi chú");
  expect(fromOfficeValue(undefined)).toBeNull();
  expect(fromOfficeValue(Number.NaN)).toBeNull();
  expect(fromOfficeValue({ type: "Entity" })).toBeNull();
});
