import { RowRoles } from "../../../src/core/recognize/row-roles";

describe("RowRoles", () => {
  it("keeps a role per row and gives the rows of a role from top to bottom", () => {
    const roles = new RowRoles(10, 20);
    roles.set(15, "unread");
    roles.set(11, "record");
    roles.set(12, "unread");
    roles.set(12, "note");
    expect(roles.get(11)).toBe("record");
    expect(roles.get(12)).toBe("note");
    expect(roles.get(13)).toBeUndefined();
    expect(roles.get(3)).toBeUndefined();
    expect(roles.rowsWith("unread")).toEqual([15]);
    expect(roles.some("note")).toBe(true);
    expect(roles.some("total")).toBe(false);
    expect(roles.counts()).toMatchObject({ record: 1, note: 1, unread: 1, total: 0 });
  });

  it("finds the next row below with a role not skipped, and walks the rows between two", () => {
    const roles = new RowRoles(0, 9);
    roles.set(2, "total");
    roles.set(4, "note");
    roles.set(6, "record");
    expect(roles.nextBelow(2, ["note", "unread"])).toEqual({ row: 6, role: "record" });
    expect(roles.nextBelow(6, ["note"])).toBeNull();
    const seen: [number, string][] = [];
    roles.forEachBetween(2, 6, (row, role) => seen.push([row, role]));
    expect(seen).toEqual([[4, "note"]]);
  });

  it("counts each row under its last role only", () => {
    const roles = new RowRoles(0, 4);
    roles.set(0, "record");
    roles.set(1, "record");
    roles.set(1, "note");
    roles.set(0, "unread");
    roles.set(0, "record");
    expect(roles.counts()).toMatchObject({ record: 1, note: 1, unread: 0 });
    expect(roles.some("unread")).toBe(false);
    expect(roles.some("note")).toBe(true);
  });

  it("gives a run of rows without a role one role at once, counted as if set row by row", () => {
    const roles = new RowRoles(10, 20);
    roles.set(10, "section");
    roles.setNewRun(11, 14, "record");
    roles.setNewRun(16, 15, "record");
    expect(roles.rowsWith("record")).toEqual([11, 12, 13, 14]);
    expect(roles.get(15)).toBeUndefined();
    expect(roles.counts()).toMatchObject({ record: 4, section: 1 });
    expect(roles.rowsWith("unread")).toEqual([]);
  });

  it("refuses a run outside the table or over a row that has a role", () => {
    const roles = new RowRoles(10, 20);
    roles.set(12, "note");
    expect(() => roles.setNewRun(9, 11, "record")).toThrow(RangeError);
    expect(() => roles.setNewRun(18, 21, "record")).toThrow(RangeError);
    expect(() => roles.setNewRun(12, 14, "record")).toThrow(/has a role|have a role/);
    expect(roles.counts()).toMatchObject({ record: 0, note: 1 });
  });

  it("lists every row with a role, at its count, and none of another role", () => {
    const roles = new RowRoles(10, 20);
    for (const r of [11, 12, 15, 18, 20]) roles.set(r, "record");
    roles.set(16, "signature");
    roles.set(12, "note");
    expect(roles.rowsWith("record")).toEqual([11, 15, 18, 20]);
    expect(roles.rowsWith("record")).not.toContain(12);
    expect(roles.rowsWith("note")).toEqual([12]);
  });

  it("refuses a row outside the table", () => {
    const roles = new RowRoles(5, 6);
    expect(() => roles.set(7, "record")).toThrow(RangeError);
    expect(() => roles.set(4, "record")).toThrow(RangeError);
  });
});
