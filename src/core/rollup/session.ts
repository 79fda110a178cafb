import type { Grid } from "../grid/types";
import { consolidate } from "./consolidate";
import { hasFigures } from "./rules";
import { failedSubmission, readSubmission, type WorkbookAnalyzer } from "./submission";
import type {
  FileStatus,
  ReadFailure,
  ReadFailureReason,
  RollupOptions,
  RollupOutcome,
  Submission,
} from "./types";
import { unitKey } from "./unit-type";

/** Reads a workbook's bytes into grids (the lean reader in the CLI and the browser); may throw. */
export type GridReader = (bytes: Uint8Array) => Promise<Grid[]>;

export interface RollupSessionOptions extends RollupOptions {
  /** How raw workbooks are analysed (src/core/index.ts gives analyzeWorkbook). */
  analyze: WorkbookAnalyzer;
  /** Needed by addFile only. An error it throws with a `reason` ("empty", "corrupt", …) is reported as such. */
  readGrids?: GridReader;
}

/** What a front end shows for a file as soon as it has been read. */
export interface FileProgress {
  file: string;
  unit: string;
  /** As far as can be told so far: a duplicate or a period is only sure once every file is in (see finish). */
  status: FileStatus;
  errors: number;
  warnings: number;
  failure: ReadFailure | null;
}

export interface RollupSession {
  /** Reads one file's bytes (with `readGrids`) and keeps its figures; never throws for a bad file. */
  addFile(file: string, bytes: Uint8Array): Promise<FileProgress>;
  /** The same for a workbook already read into grids. */
  addGrids(file: string, grids: readonly Grid[]): FileProgress;
  /** A file the caller could not read itself (not found, not allowed…). */
  addFailure(file: string, failure: ReadFailure): FileProgress;
  /** A file already read with readSubmission (e.g. in a worker thread). */
  addSubmission(submission: Submission): FileProgress;
  /** Files added so far. */
  readonly count: number;
  /** Applies the consolidation rules to every file added and builds the sheets. */
  finish(): RollupOutcome;
}

const READ_REASONS: readonly ReadFailureReason[] = [
  "empty",
  "encrypted",
  "legacy-xls",
  "not-xlsx",
  "corrupt",
  "not-found",
  "too-large",
  "unsafe",
  "not-a-file",
  "cannot-open",
  "timeout",
];

/**
 * A roll-up fed file by file, so that a front end can show each unit's status as it goes and
 * only the figures of each file stay in memory. Pure: reading bytes is the injected `readGrids`.
 */
export function createRollup(options: RollupSessionOptions): RollupSession {
  const submissions: Submission[] = [];
  /** Keys of the units with figures read so far: a duplicate is found by key, not by comparing files. */
  const seen = new Set<string>();
  const add = (submission: Submission): FileProgress => {
    const status = provisionalStatus(submission, seen, options.period);
    submissions.push(submission);
    if (submission.unit && hasFigures(submission))
      seen.add(unitKey(submission.unit.name, submission.unit.parent));
    return {
      file: submission.file,
      unit: submission.unit?.name ?? "",
      status,
      errors: submission.issues.filter((i) => i.severity === "error").length + (submission.failure ? 1 : 0),
      warnings: submission.issues.filter((i) => i.severity === "warning").length,
      failure: submission.failure,
    };
  };
  const addGrids = (file: string, grids: readonly Grid[]): FileProgress =>
    add(
      readSubmission(file, grids, {
        analyze: options.analyze,
        words: options.words,
        ...(options.criteria ? { criteria: options.criteria } : {}),
      }),
    );
  return {
    async addFile(file, bytes) {
      if (!options.readGrids) throw new Error("createRollup: addFile needs options.readGrids");
      let grids: Grid[];
      try {
        grids = await options.readGrids(bytes);
      } catch (error) {
        return add(failedSubmission(file, failureOf(error)));
      }
      return addGrids(file, grids);
    },
    addGrids,
    addFailure: (file, failure) => add(failedSubmission(file, failure)),
    addSubmission: add,
    get count() {
      return submissions.length;
    },
    finish: () => consolidate(submissions, options),
  };
}

function provisionalStatus(s: Submission, seen: ReadonlySet<string>, period: number | undefined): FileStatus {
  if (s.failure || !s.unit) return "unreadable";
  if (!hasFigures(s)) return "no-data";
  if (period !== undefined && s.unit.period !== null && s.unit.period !== period) return "other-period";
  if (seen.has(unitKey(s.unit.name, s.unit.parent))) return "duplicate";
  return s.source === "raw" ? "raw" : "submitted";
}

/** The reason a reader's error gives (XlsxReadError has one), else "corrupt". */
export function failureOf(error: unknown): ReadFailure {
  const reason =
    typeof error === "object" && error !== null ? (error as { reason?: unknown }).reason : undefined;
  const detail = error instanceof Error ? error.message : String(error);
  return {
    reason: READ_REASONS.includes(reason as ReadFailureReason) ? (reason as ReadFailureReason) : "corrupt",
    detail,
  };
}
