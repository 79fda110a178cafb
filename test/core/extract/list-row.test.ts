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
});
