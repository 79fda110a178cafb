import type { Grid } from "../../core/grid/types";
import { findMarker } from "../../core/summary/marker";
import type { SheetSpec } from "../../core/summary/spec";
import { foldText } from "../../core/text";

/** A sheet of ours that writing would replace although it was made for another unit. */
export interface ReplacedSheet {
  sheet: string;
  unit: string;
}

/**
 * The sheets of the open workbook that writing `specs` would replace (same name, our marker)
 * while they were made for a unit other than `unit`: a cell's own summaries, say, about to be
 * overwritten by the roll-up of other cells. The user is asked before that happens.
 */
export function sheetsOfOtherUnits(
  grids: readonly Grid[] | null,
  specs: readonly SheetSpec[],
  unit: string,
): ReplacedSheet[] {
  if (!grids) return [];
  const names = new Set(specs.map((s) => s.name));
  const replaced: ReplacedSheet[] = [];
  for (const grid of grids) {
    if (!names.has(grid.name)) continue;
    const marker = findMarker(grid);
    if (marker && foldText(marker.unit) !== foldText(unit))
      replaced.push({ sheet: grid.name, unit: marker.unit });
  }
  return replaced;
}
