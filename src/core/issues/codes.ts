/**
 * The catalog of issue codes (design.md, "Issue codes"). Codes are a public contract:
 * add new ones, never rename. Each has a family and a default severity; the message
 * templates live at the edge, one file per language (core never words them).
 */
export const ISSUE_CATALOG = {
  // structure
  "header-not-found": { family: "structure", severity: "warning" },
  "missing-column": { family: "structure", severity: "error" },
  "duplicate-column": { family: "structure", severity: "warning" },
  "unknown-sheet": { family: "structure", severity: "info" },
  "row-unread": { family: "structure", severity: "warning" },
  "table-continues": { family: "structure", severity: "warning" },
  "table-empty": { family: "structure", severity: "error" },
  "unnumbered-member": { family: "structure", severity: "warning" },
  // cells
  "invalid-level": { family: "cells", severity: "error" },
  "invalid-number": { family: "cells", severity: "error" },
  "number-as-text": { family: "cells", severity: "warning" },
  "invalid-date": { family: "cells", severity: "error" },
  "formula-error": { family: "cells", severity: "error" },
  "invalid-card-number": { family: "cells", severity: "error" },
  "legacy-encoding": { family: "cells", severity: "warning" },
  "level-spelling": { family: "cells", severity: "info" },
  "unsafe-pattern": { family: "cells", severity: "error" },
  // rows
  "duplicate-member": { family: "rows", severity: "error" },
  "score-above-max": { family: "rows", severity: "error" },
  "score-negative": { family: "rows", severity: "error" },
  "total-mismatch": { family: "rows", severity: "error" },
  "level-score-mismatch": { family: "rows", severity: "error" },
  "excluded-member-classified": { family: "rows", severity: "error" },
  "discipline-level": { family: "rows", severity: "error" },
  "sick-leave-level": { family: "rows", severity: "error" },
  "top-level-condition": { family: "rows", severity: "error" },
  "civil-service-level": { family: "rows", severity: "error" },
  "meeting-duration": { family: "rows", severity: "warning" },
  "meeting-grade-unknown": { family: "rows", severity: "warning" },
  "absence-streak": { family: "rows", severity: "warning" },
  "residence-comment-missing": { family: "rows", severity: "warning" },
  // unit
  "cap-exceeded": { family: "unit", severity: "error" },
  "collective-level-conflict": { family: "unit", severity: "error" },
  "attendance-low": { family: "unit", severity: "warning" },
  "meeting-count": { family: "unit", severity: "warning" },
  "meeting-date": { family: "unit", severity: "warning" },
  "count-mismatch": { family: "unit", severity: "error" },
  "percent-mismatch": { family: "unit", severity: "error" },
  "percent-sum": { family: "unit", severity: "error" },
  "cross-sheet-mismatch": { family: "unit", severity: "error" },
  // roll-up
  "summary-modified": { family: "roll-up", severity: "error" },
  "duplicate-unit": { family: "roll-up", severity: "error" },
  "missing-unit": { family: "roll-up", severity: "warning" },
  "rollup-output": { family: "roll-up", severity: "warning" },
  "period-mismatch": { family: "roll-up", severity: "error" },
  "parent-mismatch": { family: "roll-up", severity: "warning" },
} as const satisfies Record<string, { family: IssueFamily; severity: Severity }>;

export type IssueFamily = "structure" | "cells" | "rows" | "unit" | "roll-up";
export type Severity = "error" | "warning" | "info";
export type IssueCode = keyof typeof ISSUE_CATALOG;

export const ISSUE_CODES = Object.keys(ISSUE_CATALOG) as IssueCode[];

export function isIssueCode(code: string): code is IssueCode {
  return Object.prototype.hasOwnProperty.call(ISSUE_CATALOG, code);
}
