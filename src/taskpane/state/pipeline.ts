import { analyzeWorkbook } from "../../core";
import type { Grid } from "../../core";
import type { Analysis } from "../../core";
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
    ...(settings.criteriaId ? { criteria: settings.criteriaId } : {}),
  });
}
