import {
  chooseCriteria,
  criteriaOfOption,
  readWorkbookCriteria,
  type CriteriaOption,
} from "./criteria/choose";
import { LevelMatcher } from "./criteria/level-matcher";
import type { Criteria } from "./criteria/schema";
import {
  addTallies,
  collectiveResults,
  emptyTally,
  memberResults,
  tallyRows,
  type LevelTally,
} from "./compute/levels";
import { toA1 } from "./grid/address";
import type { Grid } from "./grid/types";
import { isCellError } from "./grid/types";
import { IssueSink, type Issue } from "./issues/issue";
import type { Lang } from "../i18n/types";
import { recognizeSheet, type RecognizedTable } from "./recognize/table";
import { checkMeetingCadence, checkMeetingLog, mergeMeetingResults } from "./rules/meetings";
import { checkMeetingScore } from "./rules/meeting-score";
import { checkMembers } from "./rules/members";
import { readRatedRows, type RatedRow } from "./rules/rated-rows";
import { checkCap, checkCollectives, checkReportedSummary, checkTotalsRow } from "./rules/unit-checks";
import { readUnitInfo } from "./rules/unit-info";
import { foldText } from "./text";
import type { Analysis, FieldName, MeetingResults, Results, SheetKind, UnitResults } from "./types";

/** An explicit reading of one sheet, saved with the workbook; it wins over the guess. */
export interface SheetMapping {
  kind?: SheetKind;
  /** 1-based header rows. */
  headerRows?: number[];
  firstDataRow?: number;
  lastDataRow?: number;
  /** Field → column letters. */
  columns?: Partial<Record<FieldName, string>>;
}

export interface AnalyzeOptions {
  /**
   * The criteria set, or a preset's id; when omitted (or an unknown id), a "Tiêu chí" sheet of the
   * workbook, else the preset for the workbook's year.
   */
  criteria?: CriteriaOption;
  /** Mapping overrides by sheet name. */
  mappings?: Record<string, SheetMapping>;
  lang?: Lang;
}

const RECOGNIZED = new Set<SheetKind>([
  "members",
  "collectives",
  "meetings",
  "meeting-score",
  "reported-summary",
  "chibo-summary",
]);

/** Recognizes, checks and computes a workbook's sheets. Pure: no I/O. */
export function analyzeWorkbook(grids: readonly Grid[], options: AnalyzeOptions = {}): Analysis {
  const sink = new IssueSink();
  const given = criteriaOfOption(options.criteria);
  const sheet = given ? null : readWorkbookCriteria(grids);
  if (sheet) sink.issues.push(...sheet.issues);
  const provisional = chooseCriteria(given, sheet, null).criteria;
  const provisionalLevels = new LevelMatcher(provisional);
  let tables = grids.map((grid) => recognizeSheet(grid, provisionalLevels, options.mappings?.[grid.name]));
  const unit = readUnitInfo(tables);
  const chosen = chooseCriteria(given, sheet, unit.period);
  const criteria = chosen.criteria;
  const levels = criteria === provisional ? provisionalLevels : new LevelMatcher(criteria);
  if (criteria !== provisional)
    tables = grids.map((grid) => recognizeSheet(grid, levels, options.mappings?.[grid.name]));

  for (const table of tables) reportStructure(table, sink);

  const members: RatedRow[] = [];
  const collectives: RatedRow[] = [];
  let memberTally: LevelTally | null = null;
  let collectiveTally: LevelTally | null = null;
  let membersTable: RecognizedTable | null = null;
  let collectivesTable: RecognizedTable | null = null;
  let meetings: MeetingResults | null = null;
  const meetingSheets: string[] = [];

  for (const table of tables) {
    switch (table.info.kind) {
      case "members": {
        const rows = readRatedRows(table, levels, "name", sink);
        checkMembers(table, rows, criteria, sink);
        const tally = tallyRows(rows);
        checkTotalsRow(table, tally, sink);
        members.push(...rows);
        memberTally = memberTally ? addTallies(memberTally, tally) : tally;
        membersTable ??= table;
        break;
      }
      case "collectives": {
        const rows = readRatedRows(table, levels, "unitName", sink);
        const tally = tallyRows(rows);
        checkTotalsRow(table, tally, sink);
        collectives.push(...rows);
        collectiveTally = collectiveTally ? addTallies(collectiveTally, tally) : tally;
        collectivesTable ??= table;
        break;
      }
      case "meetings": {
        // Cadence is judged once over every meetings sheet: a year may be split across sheets.
        const result = checkMeetingLog(table, criteria, sink, unit.period, { cadence: false });
        meetings = meetings ? mergeMeetingResults(meetings, result) : result;
        meetingSheets.push(table.info.name);
        break;
      }
      case "meeting-score":
        checkMeetingScore(table, criteria, sink);
        break;
      default:
        break;
    }
  }

  if (meetings)
    checkMeetingCadence(meetings, criteria, sink, {
      sheet: meetingSheets.length === 1 ? meetingSheets[0] : null,
      year: unit.period,
    });
  if (membersTable && memberTally) checkCapByScope(membersTable, members, memberTally, criteria, sink);
  if (collectivesTable)
    checkCollectives(collectivesTable, collectives, members, criteria, membersTable?.info.name ?? null, sink);
  for (const table of tables) {
    if (table.info.kind !== "reported-summary") continue;
    checkReportedSummary(
      table,
      {
        ...(memberTally ? { members: memberTally, membersSheet: membersTable?.info.name } : {}),
        ...(collectiveTally
          ? { collectives: collectiveTally, collectivesSheet: collectivesTable?.info.name }
          : {}),
      },
      criteria,
      sink,
    );
  }

  if (!tables.some((t) => RECOGNIZED.has(t.info.kind)))
    sink.add("header-not-found", {
      sheet: null,
      severity: "error",
      params: { sheet: grids.map((g) => g.name).join(", ") || "—" },
    });

  const results: Results = {};
  if (memberTally) results.members = memberResults(memberTally, criteria);
  if (collectiveTally) results.collectives = collectiveResults(collectiveTally, criteria);
  if (meetings) results.meetings = meetings;

  return {
    criteria,
    criteriaOrigin: chosen.origin,
    unit,
    sheets: tables.map((t) => t.info),
    issues: orderIssues(dedupe(sink.issues), grids),
    results,
    units: unitsOf(unit.name, members, collectives, criteria, results),
  };
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
    const filledRows = text.grid.rows.filter((row) => row.some((v) => v !== null && v !== "")).length;
    if (filledRows >= 5) sink.add("header-not-found", { sheet: info.name, params: { sheet: info.name } });
    else if (filledRows > 0) sink.add("unknown-sheet", { sheet: info.name, params: { sheet: info.name } });
    return;
  }
  const required: Partial<Record<SheetKind, FieldName[]>> = { meetings: ["members"], "meeting-score": [] };
  for (const field of required[info.kind] ?? []) {
    if (!table.columns.has(field))
      sink.add("missing-column", { sheet: info.name, column: field, params: { field, kind: info.kind } });
  }
  // Error values anywhere in a mapped column of the data rows.
  for (const r of table.extent.rows) {
    for (const col of table.columns.values()) {
      const value = text.raw(r, col);
      if (isCellError(value))
        sink.add("formula-error", { sheet: info.name, cell: toA1(r, col), row: r + 1, value: value.error });
    }
  }
}

/** Per grassroots unit (the workbook) by default; per cell where the criteria say so and cells are known. */
function checkCapByScope(
  table: RecognizedTable,
  members: RatedRow[],
  tally: LevelTally,
  criteria: Criteria,
  sink: IssueSink,
): void {
  if (criteria.cap?.scope === "cell" && members.some((m) => m.cell)) {
    for (const rows of groupByCell(members).values()) checkCap(table, tallyRows(rows), criteria, sink);
  } else checkCap(table, tally, criteria, sink);
}

function groupByCell(rows: readonly RatedRow[]): Map<string, RatedRow[]> {
  const groups = new Map<string, RatedRow[]>();
  for (const row of rows) {
    const key = row.cell ?? "";
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  return groups;
}

/** One summary row per cell where the member list names cells, else one for the workbook's unit. */
function unitsOf(
  unitName: string,
  members: RatedRow[],
  collectives: RatedRow[],
  criteria: Criteria,
  results: Results,
): UnitResults[] {
  const cells = groupByCell(members);
  if (cells.size <= 1 || cells.has("")) {
    return [
      {
        unit: unitName,
        members: results.members ?? null,
        collectives: results.collectives ?? null,
        meetings: results.meetings ?? null,
      },
    ];
  }
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
