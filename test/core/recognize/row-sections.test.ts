import { RowSections } from "../../../src/core/recognize/row-sections";

describe("RowSections", () => {
  it("gives each row the section it was given, and none to the others", () => {
    const sections = new RowSections(3, 12);
    sections.setAll([4, 5], "Chi bộ Thôn 1");
    sections.setAll([8], "Chi bộ Thôn 2");
    expect(sections.get(4)).toBe("Chi bộ Thôn 1");
    expect(sections.get(5)).toBe("Chi bộ Thôn 1");
    expect(sections.get(8)).toBe("Chi bộ Thôn 2");
    expect(sections.get(6)).toBeUndefined();
    expect(sections.get(2)).toBeUndefined();
    expect(sections.get(40)).toBeUndefined();
    expect(sections.size).toBe(3);
  });

  it("has no rows while no section is given, and counts a row given twice once", () => {
    const sections = new RowSections(0, 9);
    sections.setAll([], "Chi bộ Thôn 1");
    expect(sections.size).toBe(0);
    expect(sections.get(0)).toBeUndefined();
    sections.setAll([2], "Chi bộ Thôn 1");
    sections.setAll([2], "Chi bộ Thôn 2");
    expect(sections.size).toBe(1);
    expect(sections.get(2)).toBe("Chi bộ Thôn 2");
  });

  it("refuses a row outside the table", () => {
    const sections = new RowSections(5, 6);
    expect(() => sections.setAll([7], "Chi bộ Thôn 1")).toThrow(RangeError);
    expect(() => sections.setAll([4], "Chi bộ Thôn 1")).toThrow(RangeError);
  });
});
