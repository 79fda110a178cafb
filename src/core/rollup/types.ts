import type { LevelTally } from "../compute/levels";
import type { CriteriaOption } from "../criteria/choose";
import type { Criteria } from "../criteria/schema";
import type { Issue } from "../issues/issue";
import type { SheetSpec } from "../summary/spec";
import type { Analysis, MeetingResults, UnitInfo } from "../types";
import type { Words } from "../words";

/**
 * Why a submitted file could not be read: the readers' reasons, plus a missing file, a folder or a
 * device given as a file, a file that cannot be opened (permissions, disk errors), and a file over
 * the time budget of one file (rollup-pool.ts). "too-large" is also a file over its memory budget.
 */
export type ReadFailureReason =
  | "empty"
  | "encrypted"
  | "legacy-xls"
  | "not-xlsx"
  | "corrupt"
  | "not-found"
  | "too-large"
  | "unsafe"
  | "not-a-file"
  | "cannot-open"
  | "timeout";

export interface ReadFailure {
  reason: ReadFailureReason;
  /** What the reader said, for the curious; the message shown comes from the reason. */
  detail: string;
}

/** Where a unit's figures came from: chibo's summary sheets, or the raw sheets analysed here. */
export type SubmissionSource = "summary" | "raw";

/** A unit's figures, as counts: percentages are always recomputed from them, never added up. */
export interface UnitFigures {
  members: LevelTally | null;
  collectives: LevelTally | null;
  meetings: MeetingResults | null;
}

/** One submitted file, as read (before the consolidation rules are applied). */
export interface Submission {
  file: string;
  /** Null when the file could not be read. */
  unit: UnitInfo | null;
  /** The criteria set the unit used (its id), where known. */
  criteria: string | null;
  /** That set itself where the file was analysed here (a summary sheet names only the id). */
  criteriaSet: Criteria | null;
  source: SubmissionSource | null;
  figures: UnitFigures;
  /** The file is itself a roll-up (or a grassroots committee's summary): several rows per table. */
  rollup: boolean;
  /** The file is a roll-up's own output (our "Đơn vị đã nộp" sheet is in it). */
  rollupOutput: boolean;
  /** Rows of a submitted roll-up that carried their own cap verdict (each a grassroots unit), and how many exceeded it. */
  capRows: { checked: number; exceeded: number };
  /** Issues found in the file itself (summary-modified, or those of the raw analysis). */
  issues: Issue[];
  failure: ReadFailure | null;
}

/**
 * What became of a file (or of an expected unit without one):
 * submitted (chibo summary sheets), raw (analysed from its own sheets), unreadable, no-data
 * (readable, but nothing to consolidate), duplicate, other-period, missing (expected, no file),
 * own-output (an earlier output of this roll-up, left among the inputs: skipped, never a unit).
 */
export type FileStatus =
  "submitted" | "raw" | "unreadable" | "no-data" | "duplicate" | "other-period" | "missing" | "own-output";

/** Statuses whose file is left out of the totals and counts as an error. */
export const FAILED_STATUSES: readonly FileStatus[] = ["unreadable", "no-data", "duplicate", "other-period"];

/** One line of the "Đơn vị đã nộp" sheet and of the JSON `units`. */
export interface FileEntry {
  /** Null for an expected unit that sent nothing. */
  file: string | null;
  /** The unit's name; "" when unknown. */
  unit: string;
  parent: string | null;
  period: number | null;
  source: SubmissionSource | null;
  status: FileStatus;
  /** Errors and warnings of the file and of the roll-up about it (a read failure counts as one error). */
  errors: number;
  warnings: number;
  /** The file's own issues (positions are in that file). */
  issues: Issue[];
  failure: ReadFailure | null;
  /** Grassroots units of a submitted roll-up that exceeded the cap by its own report. */
  capExceededBelow: number;
}

/** An issue of the roll-up itself (duplicate, period, missing, cap), with the file it is about. */
export interface RollupIssue {
  file: string | null;
  /** The unit it is about, where there is one. */
  unit: string | null;
  issue: Issue;
}

/**
 * How the cap on the top level is checked. "per-unit": each row of the consolidated members table
 * is a grassroots unit and carries its own verdict; "total": the rows are cells of one grassroots
 * unit and the cap is checked on the total; "auto": per-unit when any input is a roll-up or a
 * committee ("Đảng bộ …", "Chi bộ cơ sở …") or the criteria scope the cap per cell, else total.
 */
export type CapScope = "per-unit" | "total";

/** The units expected to report (from a sheet or a file), and the consolidating unit if the list names it. */
export interface ExpectedUnits {
  unit: string | null;
  names: string[];
}

export interface RollupOptions {
  /** The criteria set or a preset's id; when omitted (or unknown), the one most inputs name, else the preset for the period. */
  criteria?: CriteriaOption;
  expected?: ExpectedUnits;
  /** The consolidating unit's name; else the expected list's, else the parent all inputs name, else "Tổng hợp". */
  unit?: string;
  /** The committee above the consolidating unit, for the report's header. */
  parent?: string;
  /** The period consolidated; when omitted, the period most inputs share. */
  period?: number;
  capScope?: CapScope | "auto";
  /** The words the sheets and notes are written in. */
  words: Words;
  /** The date printed on the sheets; today when omitted. */
  date?: Date;
}

/** Units counted by type (known from their names). */
export interface UnitTypeTotal {
  type: UnitType;
  units: number;
  members: number;
}

export type UnitType = "dang-bo" | "chi-bo-co-so" | "chi-bo" | "other";

/** Everything a roll-up produced. */
export interface RollupOutcome {
  /** The consolidated analysis: one unit per accepted file, results for the total. */
  analysis: Analysis;
  entries: FileEntry[];
  issues: RollupIssue[];
  capScope: CapScope;
  period: number | null;
  unitTypes: UnitTypeTotal[];
  /** The summary sheets one level up, then "Đơn vị đã nộp". */
  specs: SheetSpec[];
  /** True when any error was found (a failed file, a roll-up error, an error in an accepted file). */
  hasErrors: boolean;
}
