import { ListRow, RowRatings } from "../../../src/core/extract/list-row";
import { SheetText } from "../../../src/core/recognize/sheet-text";
import { grid } from "../../support/grids";

describe("ListRow", () => {
  const text = new SheetText(
    grid("DS", [
      ["STT", "Họ và tên"],
      [1, "  Nguyễn\u00a0Văn   An "],
      [2, null],
    ]),
  );
  const row = (r: number, col: number | undefined) =>
    new ListRow(
      new RowRatings({ sheet: "DS", text, nameCol: col }).of("classified", "HTTNV", 2),
      r,
      null,
      "",
    );

  it("reads its name from the sheet when asked, as the sheet's text reads it", () => {
    expect(row(1, 1).name).toBe("Nguyễn Văn An");
    expect(row(1, 1)).toMatchObject({ sheet: "DS", row: 1, name: "Nguyễn Văn An", levelCol: 2 });
  });

  it("has an empty name where the cell is empty or no name column is mapped", () => {
    expect(row(2, 1).name).toBe("");
    expect(row(1, undefined).name).toBe("");
  });

  it("reads its sheet, status, level and level column from its rating", () => {
    expect(row(1, 1)).toMatchObject({ sheet: "DS", status: "classified", level: "HTTNV", levelCol: 2 });
  });
});

describe("RowRatings", () => {
  const text = new SheetText(grid("DS", [["Họ và tên"]]));
  const ratings = new RowRatings({ sheet: "DS", text, nameCol: 0 });

  it("gives rows rated alike one shared rating", () => {
    expect(ratings.of("classified", "HTNV", 4)).toBe(ratings.of("classified", "HTNV", 4));
    expect(ratings.of("not-classified", null, 4)).toBe(ratings.of("not-classified", null, 4));
  });

  it("keeps ratings apart that differ in status, level or level column", () => {
    const made = [
      ratings.of("classified", "HTNV", 4),
      ratings.of("classified", "HTTNV", 4),
      ratings.of("classified", "HTNV", 5),
      ratings.of("not-classified", null, 4),
      ratings.of("unrecognized", null, 4),
      ratings.of("unrecognized", null, 0),
    ];
    expect(new Set(made).size).toBe(made.length);
    expect(made.map((r) => [r.status, r.level, r.levelCol])).toEqual([
      ["classified", "HTNV", 4],
      ["classified", "HTTNV", 4],
      ["classified", "HTNV", 5],
      ["not-classified", null, 4],
      ["unrecognized", null, 4],
      ["unrecognized", null, 0],
    ]);
  });
});
