import { listPresets } from "../../../src/core/criteria";
import { criteriaFromGrid } from "../../../src/core/criteria-schema";
import { criteriaToSheetSpec } from "../../../src/core/criteria/sheet-write";
import type { Grid } from "../../../src/core/grid/types";
import { specValues } from "../../../src/core/summary/spec";
import { VI } from "../../support/words";
import { wordsFor } from "../../../src/i18n";

function gridOf(lang: "vi" | "en", id: string): Grid {
  const preset = listPresets().find((p) => p.id === id);
  if (!preset) throw new Error(id);
  const spec = criteriaToSheetSpec(preset, wordsFor(lang));
  return { name: spec.name, rows: specValues(spec) };
}

describe("criteria sheet round trip", () => {
  const ids = listPresets().map((p) => p.id);
  it.each(ids)("%s reads back equal to the preset (vi)", (id) => {
    const read = criteriaFromGrid(gridOf("vi", id), VI);
    expect(read.issues).toEqual([]);
    expect(read.criteria).toStrictEqual(listPresets().find((p) => p.id === id));
  });
  it.each(ids)("%s reads back equal to the preset (en)", (id) => {
    const read = criteriaFromGrid(gridOf("en", id), VI);
    expect(read.issues).toEqual([]);
    expect(read.criteria).toStrictEqual(listPresets().find((p) => p.id === id));
  });
});
