import type { Criteria } from "../../core/criteria/schema";
import { CRITERIA_MARKER_PREFIX } from "../../core/criteria/sheet-layout";
import { criteriaFromGrid } from "../../core/criteria/sheet-read";
import type { Grid } from "../../core/grid/types";
import type { Issue } from "../../core/issues/issue";
import type { Analysis } from "../../core/types";
import type { Lang } from "../../i18n/types";

export interface CriteriaReadBack {
  sheet: string;
  /** The set read, or null when the sheet has an error. */
  criteria: Criteria | null;
  issues: Issue[];
}

function hasMarker(grid: Grid): boolean {
  return (grid.rows[0] ?? []).some((v) => typeof v === "string" && v.startsWith(CRITERIA_MARKER_PREFIX));
}

/**
 * The workbook's criteria sheet: the one just written if named, else one carrying chibo's
 * criteria marker, else one recognition took for criteria.
 */
export function findCriteriaGrid(
  grids: readonly Grid[],
  preferred: string | null,
  analysis: Analysis | null,
): Grid | null {
  if (preferred) {
    const named = grids.find((g) => g.name === preferred);
    if (named) return named;
  }
  const marked = grids.find(hasMarker);
  if (marked) return marked;
  const recognized = analysis?.sheets.find((s) => s.kind === "criteria");
  return recognized ? (grids.find((g) => g.name === recognized.name) ?? null) : null;
}

/** Reads the criteria sheet back; null when the workbook has none. */
export function readCriteriaBack(
  grids: readonly Grid[],
  preferred: string | null,
  analysis: Analysis | null,
  lang: Lang,
): CriteriaReadBack | null {
  const grid = findCriteriaGrid(grids, preferred, analysis);
  if (!grid) return null;
  const { criteria, issues } = criteriaFromGrid(grid, lang);
  return { sheet: grid.name, criteria, issues };
}
