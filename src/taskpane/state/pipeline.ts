import { analyzeWorkbook } from "../../core";
import type { Grid } from "../../core";
import type { Analysis } from "../../core";
import { validateCriteria } from "../../core/criteria-schema";
import { wordsFor, type Lang } from "../../i18n";
import type { TaskpaneSettings } from "../io";

/**
 * Analyses the sheets with the user's corrections and chosen criteria. An unknown preset id (a
 * workbook saved by a newer chibo) falls back to the preset for the workbook's year.
 */
export function runAnalysis(grids: readonly Grid[], settings: TaskpaneSettings, lang: Lang): Analysis {
  return analyzeWorkbook(grids, {
    mappings: settings.mappings,
    words: wordsFor(lang),
    // The pane is one bundle with the schema in it (the criteria view needs it): no reason to wait.
    validateCriteria,
    ...(settings.criteriaId ? { criteria: settings.criteriaId } : {}),
  });
}
