import { ISSUE_CATALOG, IssueCode, Severity } from "./codes";

/**
 * A word the message needs that is not the user's text (e.g. "card number"): a key of the texts in
 * the edge (text key "term.<term>"), with its own parameters, put into words there.
 */
export interface IssueTerm {
  readonly term: string;
  readonly params?: Readonly<Record<string, IssueParamValue>>;
}

export type IssueParamValue = string | number | IssueTerm;

export function term(name: string, params?: Record<string, IssueParamValue>): IssueTerm {
  return params ? { term: name, params } : { term: name };
}
export type IssueValue = string | number | boolean | null;

/**
 * One problem found, as data (like zod's issues): where it is and what was there.
 * The message is rendered from `code` and `params` at the edge, in the user's language.
 */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  /** Sheet name, or null for a workbook-wide issue. */
  readonly sheet: string | null;
  /** A1 address on `sheet`, or null for a sheet-wide issue. */
  readonly cell: string | null;
  /** 1-based row number, where the issue belongs to a row. */
  readonly row?: number;
  /** The column's header text or field name, where the issue belongs to a column. */
  readonly column?: string;
  /** The offending value as found in the cell. */
  readonly value?: IssueValue;
  /** Values for the message template. */
  readonly params: Readonly<Record<string, IssueParamValue>>;
}

export interface IssueInput {
  sheet: string | null;
  cell?: string | null;
  row?: number;
  column?: string;
  value?: IssueValue;
  params?: Record<string, IssueParamValue>;
  severity?: Severity;
}

/** Builds an issue with its catalog severity unless one is given. */
export function makeIssue(code: IssueCode, input: IssueInput): Issue {
  const issue: Issue = {
    code,
    severity: input.severity ?? ISSUE_CATALOG[code].severity,
    sheet: input.sheet,
    cell: input.cell ?? null,
    params: input.params ?? {},
    ...(input.row !== undefined ? { row: input.row } : {}),
    ...(input.column !== undefined ? { column: input.column } : {}),
    ...(input.value !== undefined ? { value: input.value } : {}),
  };
  return issue;
}

/** Collects issues while checks run. */
export class IssueSink {
  readonly issues: Issue[] = [];
  add(code: IssueCode, input: IssueInput): void {
    this.issues.push(makeIssue(code, input));
  }
}
