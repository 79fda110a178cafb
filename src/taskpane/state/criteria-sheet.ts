import type { Criteria } from "../../core";
import { findCriteriaGrid as findWorkbookCriteriaGrid } from "../../core";
import { criteriaFromGrid } from "../../core/criteria-schema";
import type { Grid } from "../../core";
import type { Issue } from "../../core";
import type { Analysis } from "../../core";
import { wordsFor, type Lang } from "../../i18n";

export interface CriteriaReadBack {
  sheet: string;
  /** The set read, or null when the sheet has an error. */
  criteria: Criteria | null;
  issues: Issue[];
}

/**
 * The workbook's criteria sheet: the one just written if named, else the one the analysis read its
 * set from, else one carrying chibo's criteria marker (the same test the analysis uses).
 */
export function findCriteriaGrid(
  grids: readonly Grid[],
  preferred: string | null,
  analysis: Analysis | null,
): Grid | null {
  const used = analysis?.criteriaOrigin.from === "sheet" ? analysis.criteriaOrigin.sheet : null;
  return findWorkbookCriteriaGrid(grids, preferred ?? used);
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
  const { criteria, issues } = criteriaFromGrid(grid, wordsFor(lang));
  return { sheet: grid.name, criteria, issues };
}
