import type { TextKey } from "../../i18n";
import type {
  ExpectedUnits,
  FileEntry,
  FileProgress,
  FileStatus,
  ReadFailureReason,
  RollupOutcome,
} from "../../core";

/** A row before its file is read, while it is read, then what the roll-up made of it. */
export type RowStatus = "waiting" | "reading" | FileStatus;

/** One line of the status table: a file chosen, or an expected unit that sent none. */
export interface RollupRow {
  key: string;
  /** Null for an expected unit without a file. */
  file: string | null;
  unit: string;
  status: RowStatus;
  /** Null until the file has been read. */
  errors: number | null;
  warnings: number | null;
  failure: ReadFailureReason | null;
}

/** What the view needs of a chosen file (a browser File has all three). */
export interface ChosenFile {
  name: string;
  size: number;
  lastModified: number;
}

/** The list of expected units the user chose, and the file it came from. */
export interface ExpectedChoice {
  file: string;
  expected: ExpectedUnits;
}

export interface RollupViewState<F extends ChosenFile = ChosenFile> {
  files: F[];
  rows: RollupRow[];
  expected: ExpectedChoice | null;
  /** The consolidating unit's name as typed; blank lets the core choose. */
  unitName: string;
  running: boolean;
  /** Files read so far in the current run. */
  done: number;
  /** The last run's result; cleared when an input changes, so that nothing stale is written. */
  outcome: RollupOutcome | null;
}

export type RollupAction<F extends ChosenFile = ChosenFile> =
  | { type: "add"; files: readonly F[] }
  | { type: "remove"; index: number }
  | { type: "clear" }
  | { type: "expected"; choice: ExpectedChoice | null }
  | { type: "unit-name"; name: string }
  | { type: "start" }
  | { type: "reading"; index: number }
  | { type: "read"; index: number; progress: FileProgress }
  | { type: "finished"; outcome: RollupOutcome }
  | { type: "stopped" };

export function initialRollupState<F extends ChosenFile = ChosenFile>(): RollupViewState<F> {
  return { files: [], rows: [], expected: null, unitName: "", running: false, done: 0, outcome: null };
}

function sameFile(a: ChosenFile, b: ChosenFile): boolean {
  return a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
}

/** Excel's "~$name.xlsx" lock files sit next to an open workbook and hold nothing to read. */
export function isLockFile(name: string): boolean {
  return name.startsWith("~$");
}

/**
 * The files to add: lock files and a file already in the list (same name, size and date: chosen
 * again) are left out. Anything else is kept, even a .doc dropped by mistake: reading it says why
 * it cannot be used, which tells the user more than a file silently ignored.
 */
export function filesToAdd<F extends ChosenFile>(existing: readonly F[], incoming: readonly F[]): F[] {
  const added: F[] = [];
  for (const file of incoming) {
    if (isLockFile(file.name)) continue;
    if ([...existing, ...added].some((f) => sameFile(f, file))) continue;
    added.push(file);
  }
  return added;
}

function waitingRows(files: readonly ChosenFile[]): RollupRow[] {
  return files.map((file, i) => ({
    key: `file:${i}`,
    file: file.name,
    unit: "",
    status: "waiting",
    errors: null,
    warnings: null,
    failure: null,
  }));
}

/** The table once the roll-up is finished: final statuses (duplicates are only sure then), then missing units. */
export function rowsFromEntries(entries: readonly FileEntry[]): RollupRow[] {
  let files = 0;
  return entries.map((e) => ({
    key: e.file === null ? `missing:${e.unit}` : `file:${files++}`,
    file: e.file,
    unit: e.unit,
    status: e.status,
    errors: e.errors,
    warnings: e.warnings,
    failure: e.failure?.reason ?? null,
  }));
}

/** Inputs changed: back to the list of files waiting to be read, with no result. */
function withFiles<F extends ChosenFile>(state: RollupViewState<F>, files: F[]): RollupViewState<F> {
  return { ...state, files, rows: waitingRows(files), done: 0, outcome: null };
}

export function rollupReducer<F extends ChosenFile>(
  state: RollupViewState<F>,
  action: RollupAction<F>,
): RollupViewState<F> {
  // While files are read, the inputs stay as they are: the run works on the list it started with.
  if (state.running && !["reading", "read", "finished", "stopped"].includes(action.type)) return state;
  switch (action.type) {
    case "add": {
      const added = filesToAdd(state.files, action.files);
      return added.length ? withFiles(state, [...state.files, ...added]) : state;
    }
    case "remove":
      if (action.index < 0 || action.index >= state.files.length) return state;
      return withFiles(
        state,
        state.files.filter((_, i) => i !== action.index),
      );
    case "clear":
      return withFiles(state, []);
    case "expected":
      return { ...withFiles(state, state.files), expected: action.choice };
    case "unit-name":
      return { ...withFiles(state, state.files), unitName: action.name };
    case "start":
      if (state.files.length === 0) return state;
      return { ...withFiles(state, state.files), running: true };
    case "reading":
      return { ...state, rows: replaceRow(state.rows, action.index, { status: "reading" }) };
    case "read": {
      const { progress } = action;
      return {
        ...state,
        done: Math.max(state.done, action.index + 1),
        rows: replaceRow(state.rows, action.index, {
          unit: progress.unit,
          status: progress.status,
          errors: progress.errors,
          warnings: progress.warnings,
          failure: progress.failure?.reason ?? null,
        }),
      };
    }
    case "finished":
      return {
        ...state,
        running: false,
        done: state.files.length,
        outcome: action.outcome,
        rows: rowsFromEntries(action.outcome.entries),
      };
    case "stopped":
      return { ...state, running: false };
  }
}

function replaceRow(rows: readonly RollupRow[], index: number, patch: Partial<RollupRow>): RollupRow[] {
  return rows.map((row, i) => (i === index ? { ...row, ...patch } : row));
}

/** How far the run is, 0..1, for the progress bar. */
export function progressValue(state: Pick<RollupViewState, "done" | "files">): number {
  return state.files.length === 0 ? 0 : Math.min(1, state.done / state.files.length);
}

/** Fluent UI badge colours, so that a status is seen at a glance (its text says it too). */
export type BadgeColor =
  "brand" | "danger" | "important" | "informative" | "severe" | "subtle" | "success" | "warning";

export const STATUS_BADGE: Record<RowStatus, BadgeColor> = {
  waiting: "subtle",
  reading: "brand",
  submitted: "success",
  raw: "brand",
  unreadable: "danger",
  "no-data": "danger",
  duplicate: "warning",
  "other-period": "warning",
  missing: "severe",
  "own-output": "subtle",
};

/** The i18n key of a status: the core's names for the roll-up's statuses, the pane's for its own. */
export function statusKey(status: RowStatus): TextKey {
  return status === "waiting" || status === "reading"
    ? `taskpane.rollup.status.${status}`
    : `rollup.status.${status}`;
}

/** How the cap on the top level came out over the units, where each unit answers for its own. */
export interface CapOverUnits {
  /** Rows of the consolidated table with their own verdict, and how many are over the cap. */
  checked: number;
  exceeded: number;
  /** Grassroots units over the cap inside submitted roll-ups, by their own report. */
  below: number;
}

/** Per-unit cap verdicts of the consolidated rows (null when the cap is checked on the total). */
export function capOverUnits(outcome: RollupOutcome): CapOverUnits | null {
  if (outcome.capScope !== "per-unit") return null;
  const caps = outcome.analysis.units.flatMap((u) => (u.members?.cap ? [u.members.cap] : []));
  return {
    checked: caps.length,
    exceeded: caps.filter((c) => c.exceeded).length,
    below: outcome.entries.reduce((sum, e) => sum + e.capExceededBelow, 0),
  };
}

/** Files consolidated out of the files chosen. */
export function acceptedCount(outcome: RollupOutcome): { accepted: number; files: number } {
  return {
    accepted: outcome.analysis.units.length,
    files: outcome.entries.filter((e) => e.file !== null).length,
  };
}

/**
 * A phrase said twice in a row is said once: "Tổng hợp Tổng hợp 2025.xlsx" (the file name's
 * prefix and a unit named by default "Tổng hợp") becomes "Tổng hợp 2025.xlsx". Case and
 * diacritics must match, so that two different words are never taken for one.
 */
export function withoutRepeatedWords(text: string): string {
  const words = text.split(" ");
  for (let size = Math.floor(words.length / 2); size >= 1; size--) {
    for (let at = 0; at + 2 * size <= words.length; at++) {
      const first = words
        .slice(at, at + size)
        .join(" ")
        .toLocaleLowerCase("vi");
      const second = words
        .slice(at + size, at + 2 * size)
        .join(" ")
        .toLocaleLowerCase("vi");
      if (first.trim() && first === second)
        return withoutRepeatedWords([...words.slice(0, at + size), ...words.slice(at + 2 * size)].join(" "));
    }
  }
  return text;
}

/** A name Windows, macOS and Linux all accept for the downloaded file. */
export function safeFileName(name: string): string {
  const cleaned = Array.from(name, (ch) => (ch.charCodeAt(0) < 32 ? " " : ch))
    .join("")
    .replace(/[\\/:*?"<>|]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  return withoutRepeatedWords(cleaned) || "chibo.xlsx";
}

/** How a list of expected units is read, from its file name. */
export type ExpectedFormat = "xlsx" | "json" | "text";

export function expectedFormat(fileName: string): ExpectedFormat {
  const lower = fileName.toLowerCase();
  if (/\.(xlsx|xlsm|xls|ods)$/.test(lower)) return "xlsx";
  if (lower.endsWith(".json")) return "json";
  return "text";
}
