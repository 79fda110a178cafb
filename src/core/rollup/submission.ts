import type { Words } from "../words";
import type { LevelTally } from "../compute/levels";
import type { CriteriaOption } from "../criteria/choose";
import type { Grid } from "../grid/types";
import type { Analysis, CollectiveResults, MemberResults } from "../types";
import { readSummaryWorkbook } from "./read-summary";
import type { ReadFailure, Submission } from "./types";

/** Analyses a raw workbook (the core's analyzeWorkbook, handed in by src/core/index.ts so that the roll-up stays above the pipeline without importing it). */
export type WorkbookAnalyzer = (
  grids: readonly Grid[],
  options: { criteria?: CriteriaOption; words: Words },
) => Analysis;

export interface SubmissionOptions {
  analyze: WorkbookAnalyzer;
  /** Passed to the analysis of raw workbooks; their own choice otherwise. */
  criteria?: CriteriaOption;
  words: Words;
}

/**
 * Reads one submitted workbook: chibo's summary sheets where it has them (the exchange format
 * between levels), else its raw sheets analysed by the engine. Only figures are kept, so that
 * hundreds of files fit in memory.
 */
export function readSubmission(file: string, grids: readonly Grid[], options: SubmissionOptions): Submission {
  const summary = readSummaryWorkbook(grids, options.words);
  const summaryHasFigures =
    summary !== null &&
    (summary.figures.members !== null ||
      summary.figures.collectives !== null ||
      summary.figures.meetings !== null);
  if (summary && summaryHasFigures) {
    return {
      file,
      unit: { ...summary.unit, name: summary.unit.name || nameFromFile(file) },
      criteria: summary.criteria,
      criteriaSet: null,
      source: "summary",
      figures: summary.figures,
      rollup: summary.rollup,
      rollupOutput: summary.rollupOutput,
      capRows: summary.capRows,
      issues: summary.issues,
      failure: null,
    };
  }
  // No marker, or markers whose tables give nothing (cleared, forged): the raw sheets are analysed,
  // and what was wrong with the markers is kept; with no raw sheet either, the file has no data.
  const analysis = options.analyze(grids, {
    words: options.words,
    ...(options.criteria ? { criteria: options.criteria } : {}),
  });
  const { members, collectives, meetings } = analysis.results;
  return {
    file,
    unit: { ...analysis.unit, name: analysis.unit.name || nameFromFile(file) },
    criteria: analysis.criteria.id,
    criteriaSet: analysis.criteria,
    source: "raw",
    figures: {
      members: members ? tallyOf(members) : null,
      collectives: collectives ? tallyOf(collectives) : null,
      meetings: meetings ?? null,
    },
    rollup: analysis.units.length > 1,
    rollupOutput: summary?.rollupOutput ?? false,
    capRows: { checked: 0, exceeded: 0 },
    issues: [...(summary?.issues ?? []), ...analysis.issues],
    failure: null,
  };
}

/** A file that could not be read: it is listed, with why, and consolidated nowhere. */
export function failedSubmission(file: string, failure: ReadFailure): Submission {
  return {
    file,
    unit: null,
    criteria: null,
    criteriaSet: null,
    source: null,
    figures: { members: null, collectives: null, meetings: null },
    rollup: false,
    rollupOutput: false,
    capRows: { checked: 0, exceeded: 0 },
    issues: [],
    failure,
  };
}

function tallyOf(results: MemberResults | CollectiveResults): LevelTally {
  return {
    total: results.total,
    notClassified: results.notClassified,
    unrecognized: results.unrecognized,
    counts: {
      HTXSNV: results.levels.HTXSNV.count,
      HTTNV: results.levels.HTTNV.count,
      HTNV: results.levels.HTNV.count,
      KHTNV: results.levels.KHTNV.count,
    },
  };
}

/** "dir/Chi bo 3.xlsx" → "Chi bo 3": a unit whose name could not be read is known by its file. */
export function nameFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.xlsx$/i, "");
}
