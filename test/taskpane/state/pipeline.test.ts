import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Grid } from "../../../src/core/grid/types";
import { EMPTY_SETTINGS } from "../../../src/taskpane/io";
import { runAnalysis } from "../../../src/taskpane/state/pipeline";
import { XlsxWorkbookPort } from "../../../src/xlsx/port";

const SAMPLE = resolve(__dirname, "../../../../shared/samples/chi-bo-tdp-so-3-2025.xlsx");

let grids: Grid[];

beforeAll(async () => {
  const data = readFileSync(SAMPLE);
  grids = await (await XlsxWorkbookPort.open(new Uint8Array(data))).readSheets();
});

describe("analysis with the user's choices", () => {
  it("uses the preset for the workbook's year when none was chosen", () => {
    const analysis = runAnalysis(grids, EMPTY_SETTINGS, "vi");
    expect(analysis.unit.period).toBe(2025);
    expect(analysis.criteria.id).toBe("qd366-2025");
  });

  it("uses the preset the user chose", () => {
    expect(runAnalysis(grids, { ...EMPTY_SETTINGS, criteriaId: "hd21-2019" }, "vi").criteria.id).toBe(
      "hd21-2019",
    );
  });

  it("falls back to the year's preset for an id this version does not know", () => {
    expect(
      runAnalysis(grids, { ...EMPTY_SETTINGS, criteriaId: "from-a-newer-chibo" }, "vi").criteria.id,
    ).toBe("qd366-2025");
  });

  it("applies a saved correction of the recognition", () => {
    const guessed = runAnalysis(grids, EMPTY_SETTINGS, "vi");
    const members = guessed.sheets.find((s) => s.kind === "members");
    expect(members?.mapped).toBe(false);
    const corrected = runAnalysis(
      grids,
      { ...EMPTY_SETTINGS, mappings: { [members?.name as string]: { kind: "unknown" } } },
      "vi",
    );
    expect(corrected.sheets.find((s) => s.name === members?.name)?.kind).toBe("unknown");
    expect(corrected.results.members).toBeUndefined();
  });
});
