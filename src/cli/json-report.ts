import { issueMessage, type Lang } from "../i18n";
import type { Analysis, Issue } from "../core/analysis-index";

/** One file's entry of the `check --json` document (design.md, "CLI"). */
export interface JsonFileReport {
  file: string;
  error?: string;
  sheets: {
    name: string;
    kind: string;
    headerRows: number[];
    firstDataRow: number | null;
    lastDataRow: number | null;
    columns: Record<string, string>;
    confidence: number;
    encoding?: string;
    rows?: NonNullable<Analysis["sheets"][number]["rows"]>;
    sections?: NonNullable<Analysis["sheets"][number]["sections"]>;
  }[];
  unit?: Analysis["unit"];
  /** Results per unit found: per cell of a list grouped by cell or kept one sheet per cell. */
  units?: Analysis["units"];
  /** The criteria set this file was judged by, and where it came from. */
  criteria?: { id: string; title: string; origin: Analysis["criteriaOrigin"] };
  issues: JsonIssue[];
  results: Analysis["results"];
}

/** An issue as the JSON documents give it: the issue's data and its message in the chosen language. */
export interface JsonIssue {
  code: string;
  severity: string;
  sheet: string | null;
  cell: string | null;
  row?: number;
  column?: string;
  message: string;
  value?: string | number | boolean | null;
}

export function jsonIssue(issue: Issue, lang: Lang): JsonIssue {
  return {
    code: issue.code,
    severity: issue.severity,
    sheet: issue.sheet,
    cell: issue.cell,
    ...(issue.row !== undefined ? { row: issue.row } : {}),
    ...(issue.column !== undefined ? { column: issue.column } : {}),
    message: issueMessage(issue, lang),
    ...(issue.value !== undefined ? { value: issue.value } : {}),
  };
}

export function fileReport(file: string, analysis: Analysis, lang: Lang): JsonFileReport {
  return {
    file,
    unit: analysis.unit,
    criteria: { id: analysis.criteria.id, title: analysis.criteria.title, origin: analysis.criteriaOrigin },
    sheets: analysis.sheets.map((s) => ({
      name: s.name,
      kind: s.kind,
      headerRows: s.headerRows,
      firstDataRow: s.firstDataRow,
      lastDataRow: s.lastDataRow,
      columns: s.columns as Record<string, string>,
      confidence: s.confidence,
      ...(s.encoding ? { encoding: s.encoding } : {}),
      ...(s.rows ? { rows: s.rows } : {}),
      ...(s.sections ? { sections: s.sections } : {}),
    })),
    issues: analysis.issues.map((issue) => jsonIssue(issue, lang)),
    results: analysis.results,
    ...(analysis.units.length > 1 ? { units: analysis.units } : {}),
  };
}

export function failedFileReport(file: string, message: string): JsonFileReport {
  return { file, error: message, sheets: [], issues: [], results: {} };
}
