import { addTallies, capParams, collectiveResults, memberResults, type LevelTally } from "../compute/levels";
import type { Criteria } from "../criteria/schema";
import { toA1 } from "../grid/address";
import { makeIssue, type Issue } from "../issues/issue";
import { buildSummarySheets, LEVEL_TABLE_COLUMNS, SUMMARY_SHEET_NAMES } from "../summary/build";
import { findMarker } from "../summary/marker";
import { specValues, type SheetSpec } from "../summary/spec";
import type { Analysis, MemberResults, Results, UnitResults } from "../types";
import {
  chooseCapScope,
  commonParent,
  commonPeriod,
  isAccepted,
  isFailed,
  judgeSubmissions,
  rollupCriteria,
} from "./rules";
import type {
  CapScope,
  FileEntry,
  RollupIssue,
  RollupOptions,
  RollupOutcome,
  Submission,
  UnitTypeTotal,
} from "./types";
import { buildUnitsSheet } from "./units-sheet";
import { unitType } from "./unit-type";
import type { IssueCode } from "../issues/codes";

/** The issue codes this file can emit (checked against the catalog and the texts by test/core/issue-codes.test.ts). */
export const EMITS: readonly IssueCode[] = ["cap-exceeded"];

/**
 * Consolidates the submissions into the summary one level up: the rules decide which files
 * count; counts are added up and every percentage is recomputed from them (largest remainder),
 * never averaged; the cap is checked per grassroots unit or on the total (see CapScope).
 */
export function consolidate(submissions: readonly Submission[], options: RollupOptions): RollupOutcome {
  const { words } = options;
  const date = options.date ?? new Date();
  const period = options.period ?? commonPeriod(submissions);
  const verdicts = judgeSubmissions(submissions, period, options);
  const accepted = submissions.filter((_, i) => isAccepted(verdicts.statuses[i]));
  const chosen = rollupCriteria(accepted, period, options.criteria);
  const criteria = chosen.criteria;
  const capScope = chooseCapScope(accepted, criteria, options.capScope);

  const units: UnitResults[] = accepted.map((s) => ({
    unit: s.unit?.name ?? "",
    members: s.figures.members ? rowMembers(s, s.figures.members, criteria, capScope) : null,
    collectives: s.figures.collectives ? collectiveResults(s.figures.collectives, criteria) : null,
    meetings: s.figures.meetings,
  }));
  const results = totalResults(accepted, criteria, capScope);

  const name =
    options.unit?.trim() ||
    options.expected?.unit ||
    commonParent(accepted) ||
    words.text("rollup.defaultUnit");
  const analysis: Analysis = {
    criteria,
    criteriaOrigin: chosen.origin,
    unit: { name, parent: options.parent?.trim() || null, period, place: null },
    sheets: [],
    issues: [],
    results,
    units,
  };
  const summaryOptions = {
    words,
    date,
    capOn: capScope === "per-unit" ? ("rows" as const) : ("total" as const),
  };
  // The cap issues point at verdict cells of the sheet being made: find the rows in a first build.
  const draft = buildSummarySheets(analysis, summaryOptions);
  const rollupIssues = [
    ...verdicts.issues,
    ...capIssues(accepted, units, results, criteria, capScope, draft),
  ];
  analysis.issues = [...rollupIssues.map(qualifyRollupIssue), ...fileIssues(submissions)];

  const entries = fileEntries(submissions, verdicts.statuses, verdicts.missing, rollupIssues);
  const unitTypes = unitTypeTotals(accepted);
  const specs = withoutForeignLinks(buildSummarySheets(analysis, summaryOptions));
  specs.push(buildUnitsSheet({ entries, unit: analysis.unit, criteria, capScope, unitTypes, words, date }));
  const hasErrors =
    entries.some((e) => isFailed(e.status) || (isAccepted(e.status) && e.errors > 0)) ||
    rollupIssues.some((r) => r.issue.severity === "error");
  return { analysis, entries, issues: rollupIssues, capScope, period, unitTypes, specs, hasErrors };
}

/**
 * A unit's row: its own cap verdict when rows are grassroots units, except for a submitted
 * roll-up whose rows already carried theirs (a verdict on a sum of units would mean nothing).
 */
function rowMembers(s: Submission, tally: LevelTally, criteria: Criteria, capScope: CapScope): MemberResults {
  const results = memberResults(tally, criteria);
  return capScope === "per-unit" && s.capRows.checked === 0 ? results : { ...results, cap: null };
}

function totalResults(accepted: readonly Submission[], criteria: Criteria, capScope: CapScope): Results {
  const results: Results = {};
  const members = accepted.flatMap((s) => (s.figures.members ? [s.figures.members] : []));
  const collectives = accepted.flatMap((s) => (s.figures.collectives ? [s.figures.collectives] : []));
  if (members.length) {
    const total = memberResults(members.reduce(addTallies), criteria);
    results.members = capScope === "total" ? total : { ...total, cap: null };
  }
  if (collectives.length) results.collectives = collectiveResults(collectives.reduce(addTallies), criteria);
  return results;
}

/** `cap-exceeded` at the verdict cell of each row over the cap (per unit), or of the total row. */
function capIssues(
  accepted: readonly Submission[],
  units: readonly UnitResults[],
  results: Results,
  criteria: Criteria,
  capScope: CapScope,
  draft: readonly SheetSpec[],
): RollupIssue[] {
  const rule = criteria.cap;
  const spec = draft.find((s) => s.name === SUMMARY_SHEET_NAMES.members);
  const marker = spec ? findMarker({ name: spec.name, rows: specValues(spec) }) : null;
  if (!rule || !marker) return [];
  const issue = (cap: MemberResults, row: number, unit: string | null, file: string | null): RollupIssue => {
    const c = cap.cap;
    return {
      file,
      unit,
      issue: makeIssue("cap-exceeded", {
        sheet: SUMMARY_SHEET_NAMES.members,
        cell: toA1(row, LEVEL_TABLE_COLUMNS.capVerdict),
        row: row + 1,
        value: c?.actual ?? 0,
        params: {
          ...(c ? capParams(c) : {}),
          ...(unit ? { unit } : {}),
        },
      }),
    };
  };
  if (capScope === "total")
    return results.members?.cap?.exceeded && marker.totalRow > 0
      ? [issue(results.members, marker.totalRow - 1, null, null)]
      : [];
  const issues: RollupIssue[] = [];
  units.forEach((u, i) => {
    if (u.members?.cap?.exceeded)
      issues.push(issue(u.members, marker.firstDataRow - 1 + i, u.unit, accepted[i].file));
  });
  return issues;
}

/** Roll-up issues in the "Kết quả kiểm tra" sheet: those about a file name it where the sheet goes. */
function qualifyRollupIssue(r: RollupIssue): Issue {
  return r.file && r.issue.sheet === null ? { ...r.issue, sheet: r.file } : r.issue;
}

/** Each file's own issues, named "file › sheet" since their cells are in that file. */
function fileIssues(submissions: readonly Submission[]): Issue[] {
  return submissions.flatMap((s) =>
    s.issues.map((issue) => ({ ...issue, sheet: issue.sheet ? `${s.file} › ${issue.sheet}` : s.file })),
  );
}

function fileEntries(
  submissions: readonly Submission[],
  statuses: readonly string[],
  missing: readonly string[],
  issues: readonly RollupIssue[],
): FileEntry[] {
  const entries: FileEntry[] = submissions.map((s, i) => {
    const status = statuses[i] as FileEntry["status"];
    const about = issues
      .filter((r) => r.file === s.file && r.issue.code !== "cap-exceeded")
      .map((r) => r.issue);
    const all = [...s.issues, ...about];
    const errors = all.filter((x) => x.severity === "error").length;
    return {
      file: s.file,
      unit: s.unit?.name ?? "",
      parent: s.unit?.parent ?? null,
      period: s.unit?.period ?? null,
      source: s.source,
      status,
      // A file that gave nothing to consolidate is an error in itself, whatever else was found in it.
      errors: status === "unreadable" || status === "no-data" ? Math.max(errors, 1) : errors,
      warnings: all.filter((x) => x.severity === "warning").length,
      issues: s.issues,
      failure: s.failure,
      capExceededBelow: s.capRows.exceeded,
    };
  });
  for (const unit of missing)
    entries.push({
      file: null,
      unit,
      parent: null,
      period: null,
      source: null,
      status: "missing",
      errors: 0,
      warnings: 1,
      issues: [],
      failure: null,
      capExceededBelow: 0,
    });
  return entries;
}

function unitTypeTotals(accepted: readonly Submission[]): UnitTypeTotal[] {
  const totals = new Map<UnitTypeTotal["type"], UnitTypeTotal>();
  for (const s of accepted) {
    const type = unitType(s.unit?.name ?? "");
    const entry = totals.get(type) ?? { type, units: 0, members: 0 };
    entry.units++;
    entry.members += s.figures.members?.total ?? 0;
    totals.set(type, entry);
  }
  const order: UnitTypeTotal["type"][] = ["dang-bo", "chi-bo-co-so", "chi-bo", "other"];
  return order.flatMap((type) => {
    const entry = totals.get(type);
    return entry ? [entry] : [];
  });
}

/** Links of the check sheet to sheets of the submitted files would point nowhere in the output: drop them. */
function withoutForeignLinks(specs: SheetSpec[]): SheetSpec[] {
  const names = new Set(specs.map((s) => s.name));
  for (const spec of specs) {
    for (const row of spec.cells) {
      row.forEach((cell, c) => {
        if (!cell?.link) return;
        const target = /^'((?:[^']|'')+)'!/.exec(cell.link)?.[1]?.replace(/''/g, "'");
        if (target !== undefined && names.has(target)) return;
        const { link: _dropped, ...rest } = cell;
        void _dropped;
        row[c] = rest;
      });
    }
  }
  return specs;
}
