import type { Severity } from "../../core";
import type { Issue } from "../../core";
import { foldForSearch } from "./search-text";
import type { SeverityFilter } from "./ui-state";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(issues: readonly Issue[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}

/** An issue with the text shown for it, so that filtering searches what the user reads. */
export interface ShownIssue {
  issue: Issue;
  message: string;
  /** Stable key for React lists and focus. */
  key: string;
}

export function issueKey(issue: Issue, index: number): string {
  return `${issue.sheet ?? ""}!${issue.cell ?? ""}#${issue.code}#${index}`;
}

/** Keeps the issues of the chosen severity whose message, code, sheet, cell or value holds the text. */
export function filterIssues(
  issues: readonly ShownIssue[],
  severity: SeverityFilter,
  text: string,
): ShownIssue[] {
  const needle = foldForSearch(text.trim());
  return issues.filter(({ issue, message }) => {
    if (severity !== "all" && issue.severity !== severity) return false;
    if (!needle) return true;
    const haystack = [message, issue.code, issue.sheet ?? "", issue.cell ?? "", String(issue.value ?? "")]
      .map(foldForSearch)
      .join("\n");
    return haystack.includes(needle);
  });
}

export interface SeverityGroup {
  severity: Severity;
  issues: ShownIssue[];
}

export interface SheetGroup {
  /** null: workbook-wide issues. */
  sheet: string | null;
  counts: SeverityCounts;
  groups: SeverityGroup[];
}

/**
 * Groups issues by sheet (in the order the sheets first appear) and, within a sheet, by severity
 * from errors down; empty groups are left out.
 */
export function groupIssues(issues: readonly ShownIssue[]): SheetGroup[] {
  const bySheet = new Map<string | null, ShownIssue[]>();
  for (const shown of issues) {
    const list = bySheet.get(shown.issue.sheet);
    if (list) list.push(shown);
    else bySheet.set(shown.issue.sheet, [shown]);
  }
  return [...bySheet.entries()].map(([sheet, list]) => ({
    sheet,
    counts: countBySeverity(list.map((s) => s.issue)),
    groups: SEVERITIES.map((severity) => ({
      severity,
      issues: list.filter((s) => s.issue.severity === severity),
    })).filter((group) => group.issues.length > 0),
  }));
}
