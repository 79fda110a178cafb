import { analyzeWorkbook } from "../../../src/core/analyze";
import { buildSummarySheets } from "../../../src/core/summary/build";
import { specValues } from "../../../src/core/summary/spec";
import { sheetsOfOtherUnits } from "../../../src/taskpane/state/replaced-units";
import { generateUnit } from "../../support/generate-units";
import { DATE, rawGrids } from "../../core/rollup/helpers";
import { VI } from "../../support/words";

describe("sheets of another unit that a write would replace", () => {
  it("names the unit a cell's own summaries were made for, when the roll-up of a ward would replace them", async () => {
    const cell = generateUnit({ name: "Chi bộ Tổ dân phố số 3", parent: "Đảng bộ phường Đồng Tâm", seed: 3 });
    const specs = buildSummarySheets(analyzeWorkbook(await rawGrids(cell), { words: VI }), {
      words: VI,
      date: DATE,
    });
    const grids = specs.map((s) => ({ name: s.name, rows: specValues(s) }));
    const replaced = sheetsOfOtherUnits(grids, specs, "Đảng bộ phường Đồng Tâm");
    expect(replaced.map((r) => r.unit.toLowerCase())).toEqual(specs.map(() => "chi bộ tổ dân phố số 3"));
    expect(replaced.map((r) => r.sheet)).toEqual(specs.map((s) => s.name));
  });

  it("asks nothing when the sheets are the same unit's, or are not ours, or are not written", async () => {
    const cell = generateUnit({ name: "Chi bộ Tổ dân phố số 3", parent: "Đảng bộ phường Đồng Tâm", seed: 3 });
    const specs = buildSummarySheets(analyzeWorkbook(await rawGrids(cell), { words: VI }), {
      words: VI,
      date: DATE,
    });
    const grids = specs.map((s) => ({ name: s.name, rows: specValues(s) }));
    expect(sheetsOfOtherUnits(grids, specs, "CHI BỘ TỔ DÂN PHỐ SỐ 3")).toEqual([]);
    expect(sheetsOfOtherUnits([{ name: specs[0].name, rows: [["a user's own sheet"]] }], specs, "X")).toEqual(
      [],
    );
    expect(sheetsOfOtherUnits(grids, [], "Đảng bộ phường Đồng Tâm")).toEqual([]);
    expect(sheetsOfOtherUnits(null, specs, "X")).toEqual([]);
  });
});
