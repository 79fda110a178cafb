import { getPreset } from "../../src/core/criteria";
import { criteriaToSheetSpec } from "../../src/core/criteria/sheet-write";
import type { SheetSpec } from "../../src/core/summary/spec";
import { VI } from "./words";

/** The "Tiêu chí" sheet of a preset, with its card-number pattern replaced; and the cell holding it. */
export function criteriaSheetWithPattern(pattern: string): { spec: SheetSpec; cell: string } {
  const preset = getPreset("qd366-2025");
  if (!preset) throw new Error("no preset qd366-2025");
  const spec = criteriaToSheetSpec(preset, VI);
  for (let r = 0; r < spec.cells.length; r++) {
    const row = spec.cells[r];
    const key = row.findIndex((cell) => cell?.value === "cardNumberPattern");
    if (key > 0) {
      row[key - 1] = { ...(row[key - 1] ?? {}), value: pattern };
      return { spec, cell: `${String.fromCharCode(65 + key - 1)}${r + 1}` };
    }
  }
  throw new Error("the criteria sheet has no cardNumberPattern row");
}
