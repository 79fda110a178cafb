import { RatedRowList } from "../../../src/core/extract/rated-row-list";
import { RowRatings } from "../../../src/core/extract/row-ratings";
import { eachMember, emptyFacts } from "../../../src/core/kinds/kind";
import { SheetText } from "../../../src/core/recognize/sheet-text";
import { grid } from "../../support/grids";

/** A list of `count` members on sheet `sheet`, rows 1…count, all HTNV. */
function list(sheet: string, count: number): RatedRowList {
  const ratings = new RowRatings({ sheet, text: new SheetText(grid(sheet, [])), nameCol: undefined });
  const rows = new RatedRowList(ratings, count);
  const rating = ratings.of("classified", "HTNV", 3);
  for (let i = 0; i < count; i++) {
    rows.sheetRows[i] = i + 1;
    rows.ratingIndexes[i] = rating.index;
  }
  return rows;
}

describe("eachMember", () => {
  it("gives every member of every list in order, each time it is walked", () => {
    const facts = emptyFacts();
    facts.memberLists.push(list("Ấp 1", 2), list("Ấp 2", 1));
    const members = eachMember(facts);
    const walk = () => [...members].map((m) => `${m.sheet}!${m.row}`);
    expect(walk()).toEqual(["Ấp 1!1", "Ấp 1!2", "Ấp 2!1"]);
    expect(walk()).toEqual(walk());
  });

  it("gives nothing where no list was read", () => {
    expect([...eachMember(emptyFacts())]).toEqual([]);
  });
});
