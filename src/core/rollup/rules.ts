import { getPreset, presetForYear } from "../criteria";
import { criteriaOfOption, type ChosenCriteria, type CriteriaOption } from "../criteria/choose";
import type { Criteria } from "../criteria/schema";
import { makeIssue } from "../issues/issue";
import { foldText } from "../text";
import {
  FAILED_STATUSES,
  type CapScope,
  type FileStatus,
  type RollupIssue,
  type RollupOptions,
  type Submission,
} from "./types";
import { isGrassroots, unitKey, unitType } from "./unit-type";
import type { IssueCode } from "../issues/codes";

/** The issue codes this file can emit (checked against the catalog and the texts by test/core/issue-codes.test.ts). */
export const EMITS: readonly IssueCode[] = [
  "duplicate-unit",
  "missing-unit",
  "parent-mismatch",
  "period-mismatch",
  "rollup-output",
  // Read here (an edited copy loses to an intact one); emitted by summary-integrity.ts.
  "summary-modified",
];

/** The status each submission gets under the consolidation rules, and the issues they raise. */
export interface Verdicts {
  statuses: FileStatus[];
  issues: RollupIssue[];
  /** Expected units with no file at all. */
  missing: string[];
}

/**
 * Applies the rules in order: a file that cannot be read, then one without figures, then one of
 * another period, then a second file of a unit already counted (the first one in input order is
 * kept). Each unit is counted once, all of one period.
 */
export function judgeSubmissions(
  submissions: readonly Submission[],
  period: number | null,
  options: RollupOptions,
): Verdicts {
  const statuses: FileStatus[] = [];
  const issues: RollupIssue[] = [];
  const kept = new Map<string, number>();
  const duplicates = new Map<string, number[]>();
  const consolidating = consolidatingNames(submissions, options);
  const keptByName = new Map<string, { key: string; index: number }>();
  submissions.forEach((s, i) => {
    if (s.failure || !s.unit) return statuses.push("unreadable");
    if (s.rollupOutput && consolidating.has(foldText(s.unit.name))) {
      issues.push({
        file: s.file,
        unit: s.unit.name,
        issue: makeIssue("rollup-output", { sheet: null, value: s.unit.name, params: { unit: s.unit.name } }),
      });
      return statuses.push("own-output");
    }
    if (!hasFigures(s)) return statuses.push("no-data");
    if (period !== null && s.unit.period !== null && s.unit.period !== period) {
      issues.push({
        file: s.file,
        unit: s.unit.name,
        issue: makeIssue("period-mismatch", {
          sheet: null,
          value: s.unit.period,
          params: { period: s.unit.period, expected: period, unit: s.unit.name },
        }),
      });
      return statuses.push("other-period");
    }
    let key = unitKey(s.unit.name, s.unit.parent);
    // Two units of one name under different parents are two units, unless one of the two markers
    // was edited (a unit re-sent with only its parent changed): then it is the same unit again.
    const name = foldText(s.unit.name);
    const sameName = keptByName.get(name);
    if (!kept.has(key) && sameName && (wasEdited(s) || wasEdited(submissions[sameName.index]))) {
      if (!wasEdited(s)) {
        // The intact copy wins over an edited one read earlier.
        statuses[sameName.index] = "duplicate";
        kept.delete(sameName.key);
        kept.set(key, i);
        keptByName.set(name, { key, index: i });
        duplicates.set(key, [...(duplicates.get(key) ?? []), sameName.index]);
        return statuses.push(s.source === "raw" ? "raw" : "submitted");
      }
      key = sameName.key;
    }
    if (kept.has(key)) {
      duplicates.set(key, [...(duplicates.get(key) ?? []), i]);
      return statuses.push("duplicate");
    }
    kept.set(key, i);
    if (!keptByName.has(name)) keptByName.set(name, { key, index: i });
    statuses.push(s.source === "raw" ? "raw" : "submitted");
  });
  for (const [key, later] of duplicates) {
    const first = kept.get(key) ?? later[0];
    const files = [first, ...later].map((i) => submissions[i].file).join(", ");
    for (const i of later) {
      const unit = submissions[i].unit?.name ?? "";
      issues.push({
        file: submissions[i].file,
        unit,
        issue: makeIssue("duplicate-unit", { sheet: null, value: unit, params: { unit, files } }),
      });
    }
  }
  const submittedNames = new Set(submissions.flatMap((s) => (s.unit ? [foldText(s.unit.name)] : [])));
  const missing = (options.expected?.names ?? []).filter((name) => !submittedNames.has(foldText(name)));
  for (const unit of missing)
    issues.push({
      file: null,
      unit,
      issue: makeIssue("missing-unit", { sheet: null, value: unit, params: { unit } }),
    });
  issues.push(...parentMismatches(submissions, statuses));
  return { statuses, issues, missing };
}

/**
 * The unit this roll-up consolidates into, as far as the inputs tell (folded names): the one asked
 * for, the expected list's, and every parent the units name. A roll-up output of one of them is an
 * earlier run of this roll-up, not a unit below it (a lower committee's roll-up names its own unit).
 */
function consolidatingNames(submissions: readonly Submission[], options: RollupOptions): Set<string> {
  const names = new Set<string>();
  if (options.unit?.trim()) names.add(foldText(options.unit));
  if (options.expected?.unit) names.add(foldText(options.expected.unit));
  for (const s of submissions)
    if (s.unit?.parent && !s.rollupOutput && hasFigures(s)) names.add(foldText(s.unit.parent));
  return names;
}

/** Whether a submitted summary no longer holds what chibo wrote (its marker or its figures were edited). */
function wasEdited(s: Submission): boolean {
  return s.source === "summary" && s.issues.some((issue) => issue.code === "summary-modified");
}

/**
 * Units of different parent committees merged into one report: each unit whose parent is not the
 * one most units name is pointed out (a warning: a district may merge on purpose, a ward rarely).
 */
function parentMismatches(
  submissions: readonly Submission[],
  statuses: readonly FileStatus[],
): RollupIssue[] {
  const counted = submissions.filter((s, i) => isAccepted(statuses[i]) && s.unit?.parent?.trim());
  const byParent = new Map<string, { name: string; count: number }>();
  for (const s of counted) {
    const key = foldText(s.unit?.parent ?? "");
    const entry = byParent.get(key) ?? { name: (s.unit?.parent ?? "").trim(), count: 0 };
    entry.count++;
    byParent.set(key, entry);
  }
  if (byParent.size < 2) return [];
  const [mainKey, main] = [...byParent.entries()].sort((a, b) => b[1].count - a[1].count)[0];
  return counted
    .filter((s) => foldText(s.unit?.parent ?? "") !== mainKey)
    .map((s) => {
      const unit = s.unit?.name ?? "";
      const parent = (s.unit?.parent ?? "").trim();
      return {
        file: s.file,
        unit,
        issue: makeIssue("parent-mismatch", {
          sheet: null,
          value: parent,
          params: { unit, parent, expected: main.name },
        }),
      };
    });
}

export function hasFigures(s: Submission): boolean {
  return s.figures.members !== null || s.figures.collectives !== null || s.figures.meetings !== null;
}

export function isAccepted(status: FileStatus): boolean {
  return status === "submitted" || status === "raw";
}

export function isFailed(status: FileStatus): boolean {
  return FAILED_STATUSES.includes(status);
}

/** The period most readable inputs share (the later year on a tie); null when none states one. */
export function commonPeriod(submissions: readonly Submission[]): number | null {
  const counts = new Map<number, number>();
  for (const s of submissions) {
    const period = s.unit?.period;
    if (period === null || period === undefined || !hasFigures(s)) continue;
    counts.set(period, (counts.get(period) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [period, n] of counts) {
    const bestCount = best === null ? -1 : (counts.get(best) ?? 0);
    if (n > bestCount || (n === bestCount && best !== null && period > best)) best = period;
  }
  return best;
}

/**
 * The criteria given, else the set most accepted inputs name (the set an input was analysed with,
 * else the preset of that id: a summary sheet names only the id), else the preset for the period.
 */
export function rollupCriteria(
  accepted: readonly Submission[],
  period: number | null,
  option: CriteriaOption | undefined,
): ChosenCriteria {
  const given = criteriaOfOption(option);
  if (given) return { criteria: given, origin: { from: "option" } };
  const counts = new Map<string, number>();
  for (const s of accepted) if (s.criteria) counts.set(s.criteria, (counts.get(s.criteria) ?? 0) + 1);
  const ids = [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  for (const id of ids) {
    const set = accepted.find((s) => s.criteria === id && s.criteriaSet)?.criteriaSet ?? getPreset(id);
    if (set) return { criteria: set, origin: { from: "inputs" } };
  }
  return { criteria: presetForYear(period), origin: { from: "year", year: period } };
}

/**
 * Where the cap is checked (see CapScope): as asked, else per grassroots unit when the criteria
 * scope it per cell or any input is a roll-up or a grassroots unit by its name, else on the total.
 */
export function chooseCapScope(
  accepted: readonly Submission[],
  criteria: Criteria,
  asked: RollupOptions["capScope"],
): CapScope {
  if (asked && asked !== "auto") return asked;
  if (criteria.cap?.scope === "cell") return "per-unit";
  return accepted.some((s) => s.rollup || isGrassroots(unitType(s.unit?.name ?? ""))) ? "per-unit" : "total";
}

/** The parent every accepted unit names, when they agree: that is the unit consolidating them. */
export function commonParent(accepted: readonly Submission[]): string | null {
  const parents = accepted
    .map((s) => s.unit?.parent ?? null)
    .filter((p): p is string => !!p && p.trim() !== "");
  if (parents.length === 0 || parents.length !== accepted.length) return null;
  const first = foldText(parents[0]);
  return parents.every((p) => foldText(p) === first) ? parents[0] : null;
}
