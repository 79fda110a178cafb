import { RowRatings } from "../../../src/core/extract/row-ratings";
import { RatedRowList } from "../../../src/core/extract/rated-row-list";
import { SheetText } from "../../../src/core/recognize/sheet-text";
import { grid } from "../../support/grids";

describe("RatedRowList", () => {
  const text = new SheetText(
    grid("DS", [
      ["STT", "Họ và tên"],
      [1, "  Nguyễn\u00a0Văn   An "],
      [2, null],
      [3, "Trần Thị Bình"],
    ]),
  );

  /** Rows 1, 2 and 3 of the sheet: the first two HTTNV (level in column C), the third not classified. */
  function list(nameCol: number | undefined): RatedRowList {
    const ratings = new RowRatings({ sheet: "DS", text, nameCol });
    const rows = new RatedRowList(ratings, 3);
    const good = ratings.of("classified", "HTTNV", 2);
    const excused = ratings.of("not-classified", null, 2);
    [1, 2, 3].forEach((r, i) => (rows.sheetRows[i] = r));
    rows.ratingIndexes[0] = good.index;
    rows.ratingIndexes[1] = good.index;
    rows.ratingIndexes[2] = excused.index;
    return rows;
  }

  it("reads each row's sheet row, rating and name from its columns, the name as the sheet's text reads it", () => {
    const rows = list(1);
    expect(rows.at(0)).toMatchObject({
      sheet: "DS",
      row: 1,
      name: "Nguyễn Văn An",
      status: "classified",
      level: "HTTNV",
      levelCol: 2,
      cell: null,
      notes: "",
    });
    expect(rows.at(2)).toMatchObject({ row: 3, status: "not-classified", level: null });
    expect(rows.ratingAt(0)).toBe(rows.ratingAt(1));
    expect(rows.ratingAt(0)).not.toBe(rows.ratingAt(2));
  });

  it("has an empty name where the cell is empty or no name column is mapped", () => {
    expect(list(1).nameAt(1)).toBe("");
    expect(list(undefined).nameAt(0)).toBe("");
  });

  it("keeps cells and notes only for the rows that have them, and row objects write through to it", () => {
    const rows = list(1);
    expect(rows.hasCells()).toBe(false);
    rows.setCell(1, "Chi bộ 2");
    const first = rows.at(0);
    first.notes = "Miễn sinh hoạt";
    expect(rows.notesAt(0)).toBe("Miễn sinh hoạt");
    expect(rows.at(0).notes).toBe("Miễn sinh hoạt");
    expect(rows.notedIndexes()).toEqual([0]);
    expect([...rows].map((row) => row.cell)).toEqual([null, "Chi bộ 2", null]);
    expect(rows.hasCells()).toBe(true);
    rows.fillCells("Chi bộ 1");
    expect(rows.toArray().map((row) => row.cell)).toEqual(["Chi bộ 1", "Chi bộ 2", "Chi bộ 1"]);
    first.notes = "";
    expect(rows.notedIndexes()).toEqual([]);
  });

  it("walks its rows in order, as often as asked", () => {
    const rows = list(1);
    expect([...rows].map((row) => row.row)).toEqual([1, 2, 3]);
    expect(Array.from(rows, (row) => row.status)).toEqual(["classified", "classified", "not-classified"]);
    expect(rows.toArray()).toHaveLength(3);
  });
});

describe("RowRatings", () => {
  const text = new SheetText(grid("DS", [["Họ và tên"]]));
  const ratings = new RowRatings({ sheet: "DS", text, nameCol: 0 });

  it("gives rows rated alike one shared rating, at one index", () => {
    expect(ratings.of("classified", "HTNV", 4)).toBe(ratings.of("classified", "HTNV", 4));
    expect(ratings.of("not-classified", null, 4)).toBe(ratings.of("not-classified", null, 4));
    const rating = ratings.of("classified", "HTNV", 4);
    expect(ratings.all[rating.index]).toBe(rating);
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
    expect(new Set(made.map((r) => r.index)).size).toBe(made.length);
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
