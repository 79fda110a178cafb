import { getPreset } from "../../../src/core/criteria";
import { criteriaToSheetSpec } from "../../../src/core/criteria/sheet-write";
import type { Grid } from "../../../src/core/grid/types";
import { specValues } from "../../../src/core/summary/spec";
import { findCriteriaGrid, readCriteriaBack } from "../../../src/taskpane/state/criteria-sheet";
import { VI } from "../../support/words";

function criteriaGrid(name?: string): Grid {
  const preset = getPreset("qd366-2025");
  if (!preset) throw new Error("preset missing");
  const spec = criteriaToSheetSpec(preset, VI);
  return { name: name ?? spec.name, rows: specValues(spec) };
}

const OTHER: Grid = { name: "Danh sách ĐV", rows: [["STT", "Họ và tên"]] };

describe("the criteria sheet read back", () => {
  it("finds the sheet by chibo's marker whatever it is called, or by the name just written", () => {
    const renamed = criteriaGrid("Tiêu chí (2)");
    expect(findCriteriaGrid([OTHER, renamed], null, null)?.name).toBe("Tiêu chí (2)");
    expect(findCriteriaGrid([OTHER, renamed], "Tiêu chí (2)", null)?.name).toBe("Tiêu chí (2)");
  });

  it("finds nothing in a workbook without one", () => {
    expect(findCriteriaGrid([OTHER], null, null)).toBeNull();
    expect(readCriteriaBack([OTHER], null, null, "vi")).toBeNull();
  });

  it("reads an unedited sheet back as the preset", () => {
    const result = readCriteriaBack([OTHER, criteriaGrid()], null, null, "vi");
    expect(result?.criteria?.id).toBe("qd366-2025");
    expect(result?.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("reports an edited value that cannot be read, at its cell", () => {
    const grid = criteriaGrid();
    const rows = grid.rows.map((row) => [...row]);
    const at = rows.findIndex((row) => row[2] === "cap.ratio");
    expect(at).toBeGreaterThan(0);
    rows[at][1] = "hai mươi";
    const result = readCriteriaBack([{ name: grid.name, rows }], null, null, "vi");
    expect(result?.criteria).toBeNull();
    expect(result?.issues.some((i) => i.cell === `B${at + 1}`)).toBe(true);
  });
});
