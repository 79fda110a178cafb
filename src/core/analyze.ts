import {
  chooseCriteria,
  criteriaOfOption,
  readWorkbookCriteria,
  type CriteriaOption,
} from "./criteria/choose";
import { LevelMatcher } from "./criteria/level-matcher";
import type { Criteria } from "./criteria/schema";
import type { CriteriaValidator } from "./criteria/validator";
import { collectiveResults, emptyTally, memberResults, tallyRows } from "./compute/levels";
import type { RatedRow } from "./extract/rated-rows";
import { readUnitInfo } from "./extract/unit-info";
import { toA1 } from "./grid/address";
import type { Grid } from "./grid/types";
import { isCellError } from "./grid/types";
import { IssueSink, type Issue } from "./issues/issue";
import type { Words } from "./words";
import { eachMember, emptyFacts, type KindContext } from "./kinds/kind";
import { groupByCell } from "./kinds/members";
import { kindDef, SHEET_KINDS } from "./kinds/registry";
import { recognizeSheet, type RecognizedTable } from "./recognize/table";
import { capUnverifiedSeverity } from "./checks/unverified-severity";
import { checkRowAccounting, EMITS as ROW_ACCOUNTING } from "./checks/row-accounting";
import { foldText } from "./text";
import type { Analysis, ModelCellResult, Results, SheetMapping, UnitResults } from "./types";
import { cadenceFromLog, meetingScores } from "./compute/meetings";
import { modelCellInputOf, modelCellResult } from "./compute/model-cell";
import type { IssueCode } from "./issues/codes";

/** The issue codes this file can emit (checked against the catalog and the texts by test/core/issue-codes.test.ts). */
export const EMITS: readonly IssueCode[] = [
  "formula-error",
  "header-not-found",
  "legacy-encoding",
  "missing-column",
  "unknown-sheet",
  ...ROW_ACCOUNTING,
];

export type { SheetMapping } from "./types";

export interface AnalyzeOptions {
  /**
   * The criteria set, or a preset's id; when omitted (or an unknown id), a "Tiêu chí" sheet of the
   * workbook, else the preset for the workbook's year.
   */
  criteria?: CriteriaOption;
  /** Mapping overrides by sheet name. */
  mappings?: Record<string, SheetMapping>;
  /** The words of the "Tiêu chí" sheet's messages, and of the yes/no and names typed in it. */
  words: Words;
  /**
   * The criteria schema (src/core/criteria-schema.ts), which validates a "Tiêu chí" sheet of the
   * workbook: needed only when the workbook has one (findCriteriaGrid) and no criteria are given,
   * so that front ends load zod only then. Analysing such a workbook without it throws.
   */
  validateCriteria?: CriteriaValidator;
}

/** Recognizes, checks and computes a workbook's sheets. Pure: no I/O. */
export function analyzeWorkbook(grids: readonly Grid[], options: AnalyzeOptions): Analysis {
  const sink = new IssueSink();
  const given = criteriaOfOption(options.criteria);
  const sheet = given ? null : readWorkbookCriteria(grids, options.words, options.validateCriteria);
  if (sheet) sink.issues.push(...sheet.issues);
  const provisional = chooseCriteria(given, sheet, null).criteria;
  const provisionalLevels = LevelMatcher.of(provisional);
  let tables = grids.map((grid) => recognizeSheet(grid, provisionalLevels, options.mappings?.[grid.name]));
  const unit = readUnitInfo(tables);
  const chosen = chooseCriteria(given, sheet, unit.period);
  const criteria = chosen.criteria;
  const levels = criteria === provisional ? provisionalLevels : LevelMatcher.of(criteria);
  if (criteria !== provisional)
    tables = grids.map((grid) => recognizeSheet(grid, levels, options.mappings?.[grid.name]));

  for (const table of tables) reportStructure(table, sink);

  // Each kind reads and checks its tables, then runs its workbook-wide checks, in the registry's order.
  const context: KindContext = { criteria, levels, sink, unit, facts: emptyFacts() };
  for (const table of tables) kindDef(table.info.kind)?.read?.(table, context);
  for (const def of SHEET_KINDS) def.finish?.(context, tables);

  if (!tables.some((t) => kindDef(t.info.kind)?.shape || t.info.kind === "chibo-summary"))
    sink.add("header-not-found", {
      sheet: null,
      severity: "error",
      params: { sheet: grids.map((g) => g.name).join(", ") || "—" },
    });

  const results: Results = {};
  for (const def of SHEET_KINDS) def.contribute?.(context, results);
  const { collectives } = context.facts;
  const modelCell = modelCellOf(criteria, results, collectives, unit.name);
  if (modelCell) results.modelCell = modelCell;

  return {
    criteria,
    criteriaOrigin: chosen.origin,
    unit,
    sheets: tables.map((t) => t.info),
    issues: orderIssues(dedupe(capUnverifiedSeverity(sink.issues, criteria)), grids),
    results,
    units: unitsOf(unit.name, eachMember(context.facts), collectives, criteria, results),
  };
}

/** The model-cell verdict where the criteria have such a rule; the cell's level is its row in the organisation list. */
function modelCellOf(
  criteria: Criteria,
  results: Results,
  collectives: readonly RatedRow[],
  unitName: string,
): ModelCellResult | null {
  if (!criteria.modelCell) return null;
  const own = foldText(unitName);
  const row = own ? collectives.find((c) => foldText(c.name) === own) : undefined;
  const scores = results.meetings ? meetingScores(results.meetings) : [];
  const cadenceKnown = results.meetings ? cadenceFromLog(results.meetings) : true;
  return modelCellResult(criteria, modelCellInputOf(results, scores, row?.level ?? null, cadenceKnown));
}

function reportStructure(table: RecognizedTable, sink: IssueSink): void {
  const { info, text } = table;
  sink.issues.push(...table.issues);
  if (text.encoding && text.legacySample) {
    sink.add("legacy-encoding", {
      sheet: info.name,
      cell: text.legacySample.cell,
      value: text.legacySample.raw,
      params: {
        encoding: text.encoding === "tcvn3" ? "TCVN3 (ABC)" : "VNI",
        sample: text.legacySample.raw,
        decoded: text.legacySample.decoded,
      },
    });
  }
  if (info.kind === "unknown") {
    const filledRows = countFilledRows(text.grid, 5);
    if (filledRows >= 5) sink.add("header-not-found", { sheet: info.name, params: { sheet: info.name } });
    else if (filledRows > 0) sink.add("unknown-sheet", { sheet: info.name, params: { sheet: info.name } });
    return;
  }
  checkRowAccounting(table, sink);
  for (const field of kindDef(info.kind)?.shape?.requiredColumns ?? []) {
    if (!table.columns.has(field))
      sink.add("missing-column", { sheet: info.name, column: field, params: { field, kind: info.kind } });
  }
  reportErrorValues(table, sink);
}

/**
 * How many rows hold a value, counting no further than `enough`: only "five or more" and "some"
 * are asked, so a long sheet that was not recognized is not walked to its end.
 */
function countFilledRows(grid: Grid, enough: number): number {
  let count = 0;
  for (let r = 0; r < grid.rows.length && count < enough; r++)
    if (grid.rows[r].some((v) => v !== null && v !== "")) count++;
  return count;
}

/**
 * Error values anywhere in a mapped column of the data rows, by row and then in the mapping's
 * order. The extent found the error cells while reading the rows: only their rows are looked at.
 */
function reportErrorValues(table: RecognizedTable, sink: IssueSink): void {
  const { extent, columns, text, info } = table;
  const records = extent.rows;
  let at = 0;
  const cells = extent.errorCells;
  for (let i = 0; i < cells.length;) {
    const r = cells[i].row;
    while (i < cells.length && cells[i].row === r) i++;
    // extent.rows is in order: move to r, and report only when r is a record row.
    while (at < records.length && records[at] < r) at++;
    if (records[at] !== r) continue;
    for (const col of columns.values()) {
      const value = text.raw(r, col);
      if (isCellError(value))
        sink.add("formula-error", { sheet: info.name, cell: toA1(r, col), row: r + 1, value: value.error });
    }
  }
}

/** One summary row per cell where the member list names cells, else one for the workbook's unit. */
function unitsOf(
  unitName: string,
  members: Iterable<RatedRow>,
  collectives: RatedRow[],
  criteria: Criteria,
  results: Results,
): UnitResults[] {
  if (!namesSeveralCells(members)) {
    return [
      {
        unit: unitName,
        members: results.members ?? null,
        collectives: results.collectives ?? null,
        meetings: results.meetings ?? null,
      },
    ];
  }
  const cells = groupByCell(members);
  const collectiveByName = new Map(collectives.map((c) => [foldText(c.name), c]));
  return [...cells].map(([cell, rows]) => {
    const collective = collectiveByName.get(foldText(cell));
    const collectiveTally = collective ? tallyRows([collective]) : emptyTally();
    return {
      unit: cell,
      members: memberResults(tallyRows(rows), criteria),
      collectives: collective ? collectiveResults(collectiveTally, criteria) : null,
      meetings: null,
    };
  });
}

/**
 * Whether every member has a cell and they name two cells or more: only then is there a summary
 * row per cell. Asked before grouping, so that a list of one unit is not copied into one group.
 */
function namesSeveralCells(members: Iterable<RatedRow>): boolean {
  let first: string | null = null;
  let several = false;
  for (const member of members) {
    const cell = member.cell ?? "";
    if (cell === "") return false;
    if (first === null) first = cell;
    else if (cell !== first) several = true;
  }
  return several;
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code}\u0000${issue.sheet}\u0000${issue.cell}\u0000${issue.cell ? "" : JSON.stringify(issue.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function orderIssues(issues: Issue[], grids: readonly Grid[]): Issue[] {
  const sheetOrder = new Map(grids.map((g, i) => [g.name, i]));
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => {
      const sa = a.issue.sheet === null ? -1 : (sheetOrder.get(a.issue.sheet) ?? 999);
      const sb = b.issue.sheet === null ? -1 : (sheetOrder.get(b.issue.sheet) ?? 999);
      return sa - sb || (a.issue.row ?? 1e9) - (b.issue.row ?? 1e9) || a.i - b.i;
    })
    .map((x) => x.issue);
}
