import type { Words } from "../words";
import type { Grid } from "../grid/types";
import type { Issue } from "../issues/issue";
import { getPreset, presetForYear } from "./resolve";
import type { Criteria } from "./schema";
import { isCriteriaSheet } from "./sheet-layout";
import { readCriteriaGrid } from "./sheet-read";
import type { CriteriaValidator } from "./validator";

/**
 * Where the criteria an analysis used came from: given by the caller (a preset chosen or a file),
 * the workbook's own "Tiêu chí" sheet, the preset for the workbook's year, or (in a roll-up) the set
 * the submitted units used.
 */
export type CriteriaOrigin =
  | { from: "option" }
  | { from: "sheet"; sheet: string }
  | { from: "year"; year: number | null }
  | { from: "inputs" };

/** A criteria set as given by a caller: the set itself, or a preset's id. */
export type CriteriaOption = Criteria | string;

/** The given option as a set; an unknown preset id (a workbook saved by a newer chibo) gives null. */
export function criteriaOfOption(option: CriteriaOption | undefined | null): Criteria | null {
  if (option === undefined || option === null) return null;
  return typeof option === "string" ? (getPreset(option) ?? null) : option;
}

/** The workbook's criteria sheet: the one named if it exists, else the first with the marker. */
export function findCriteriaGrid(grids: readonly Grid[], preferred: string | null = null): Grid | null {
  if (preferred) {
    const named = grids.find((g) => g.name === preferred);
    if (named) return named;
  }
  return grids.find(isCriteriaSheet) ?? null;
}

export interface SheetCriteria {
  sheet: string;
  criteria: Criteria | null;
  issues: Issue[];
}

/**
 * Reads the first marked criteria sheet that gives a valid set; the issues of every one tried.
 * `validate` is needed only when there is such a sheet (findCriteriaGrid tells): without it a
 * sheet cannot be read, and the caller's omission is a defect, thrown rather than passed over.
 */
export function readWorkbookCriteria(
  grids: readonly Grid[],
  words: Words,
  validate: CriteriaValidator | undefined,
): SheetCriteria | null {
  let first: SheetCriteria | null = null;
  const issues: Issue[] = [];
  for (const grid of grids) {
    if (!isCriteriaSheet(grid)) continue;
    if (!validate)
      throw new Error(
        `The sheet "${grid.name}" holds criteria: validateCriteria (src/core/criteria-schema.ts) must be passed to read it`,
      );
    const read = readCriteriaGrid(grid, words, validate);
    issues.push(...read.issues);
    if (read.criteria) return { sheet: grid.name, criteria: read.criteria, issues };
    first ??= { sheet: grid.name, criteria: null, issues };
  }
  return first ? { ...first, issues } : null;
}

export interface ChosenCriteria {
  criteria: Criteria;
  origin: CriteriaOrigin;
}

/** The one rule: the option, else the workbook's sheet, else the preset for the year. */
export function chooseCriteria(
  option: Criteria | null,
  sheet: SheetCriteria | null,
  year: number | null,
): ChosenCriteria {
  if (option) return { criteria: option, origin: { from: "option" } };
  if (sheet?.criteria) return { criteria: sheet.criteria, origin: { from: "sheet", sheet: sheet.sheet } };
  return { criteria: presetForYear(year), origin: { from: "year", year } };
}
