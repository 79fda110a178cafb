import type { CriteriaOrigin } from "./criteria/choose";
import type { LevelKey } from "./criteria/levels";
import type { Criteria } from "./criteria/schema";
import type { Issue } from "./issues/issue";
import type { LiteralTextKey } from "./text-key";

export type SheetKind =
  | "members"
  | "collectives"
  | "meetings"
  | "meeting-score"
  | "attendance"
  | "reported-summary"
  | "criteria"
  | "chibo-summary"
  | "unknown";

/** Fields a column can be mapped to. Names are English; header texts are Vietnamese synonyms. */
export type FieldName =
  | "index"
  | "name"
  | "unitName"
  | "cell"
  | "birthYear"
  | "position"
  | "cardNumber"
  | "selfLevel"
  | "proposedLevel"
  | "level"
  | "score"
  | "notes"
  | "memberCount"
  | "month"
  | "date"
  | "meetingType"
  | "thematic"
  | "members"
  | "exempted"
  | "present"
  | "excused"
  | "unexcused"
  | "selfScore"
  | "upperScore"
  | "grade"
  | "duration"
  | "criterion"
  | "maxScore"
  | "content"
  | "total"
  | "assessed"
  /** Those not assessed in a summary ("Không đánh giá, xếp loại"): exempted, newly admitted. */
  | "notAssessed"
  | "category"
  | "tasksDone"
  | "tasksExceeded"
  | "faultsRemedied"
  | "civilServiceLevel"
  | "workplace"
  | "residenceComment"
  | "startTime"
  | "endTime"
  | "documentsPosted"
  /** A meeting column of an attendance register, numbered left to right from 1. */
  | `attendance:${number}`
  | `levelMark:${LevelKey}`
  | "levelMark:none"
  | `levelCount:${LevelKey}`
  | `levelPercent:${LevelKey}`
  | `monthScore:${number}`;

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

/** What recognition guessed about a sheet, so the user can see it and correct it. */
export interface SheetInfo {
  name: string;
  kind: SheetKind;
  /** 1-based header row numbers. */
  headerRows: number[];
  /** 1-based row of the first data row, null when there is none. */
  firstDataRow: number | null;
  /** 1-based row of the last data row, null when there is none. */
  lastDataRow: number | null;
  /** Field → column letters. */
  columns: Partial<Record<FieldName, string>>;
  /** 0..1: how sure recognition is of the kind and mapping. */
  confidence: number;
  /** True when an explicit mapping overrode the guess. */
  mapped: boolean;
  /** The legacy encoding the sheet's text was decoded from, if any. */
  encoding?: "tcvn3" | "vni";
  /** 1-based row the table's body starts at (under the header and its numbering row). */
  bodyRow?: number;
  /** How the non-blank rows of the body were read: nothing vanishes. */
  rows?: { records: number; sections: number; subtotals: number; totals: number; skipped: number };
  /** The sections (cells) of a list grouped by cell: name, 1-based heading row, records. */
  sections?: { name: string; row: number; records: number }[];
}

export interface LevelShare {
  count: number;
  /** Share of those assessed, in percent with the configured decimals; the four add up to exactly 100. */
  percent: number;
}

export type LevelShares = Record<LevelKey, LevelShare>;

export interface CapResult {
  limit: number;
  actual: number;
  /** The share the top level may not exceed, in percent of the denominator (20). */
  ratioPercent: number;
  denominator: "HTTNV" | "HTTNV_OR_BETTER" | "ASSESSED";
  /** How many members the denominator counts. */
  denominatorCount: number;
  exceeded: boolean;
  /** HTXSNV as a share of those assessed, and of the denominator, in percent (reports state both). */
  percentOfAssessed: number;
  percentOfDenominator: number;
}

export interface MemberResults {
  total: number;
  assessed: number;
  notClassified: number;
  unrecognized: number;
  levels: LevelShares;
  cap: CapResult | null;
}

export interface CollectiveResults {
  total: number;
  assessed: number;
  notClassified: number;
  unrecognized: number;
  levels: LevelShares;
}

export interface MeetingResults {
  regular: number;
  thematic: number;
  /** Attendance over all meetings, in percent (one decimal); null when no meeting gave the figures. */
  attendance: number | null;
  grades: Record<string, number>;
  /** The year grade where the criteria give a rule for it. */
  yearGrade: string | null;
  /** Months (1–12) without a regular meeting, quarters (1–4) without a thematic one. */
  missingMonths: number[];
  missingQuarters: number[];
}

export interface ModelCellResult {
  eligible: boolean;
  /** The conditions that failed, as text keys (worded at the edge). */
  unmet: LiteralTextKey[];
}

/** Per-unit figures: one row of the summary sheets. */
export interface UnitResults {
  unit: string;
  members: MemberResults | null;
  collectives: CollectiveResults | null;
  meetings: MeetingResults | null;
}

export interface Results {
  members?: MemberResults;
  collectives?: CollectiveResults;
  meetings?: MeetingResults;
  modelCell?: ModelCellResult;
}

/** What the core knows of the unit a workbook belongs to, read from its title rows. */
export interface UnitInfo {
  /** The unit, e.g. "Chi bộ Tổ dân phố số 3". */
  name: string;
  /** The committee above, e.g. "Đảng bộ phường Đồng Tâm". */
  parent: string | null;
  /** The year the figures are for. */
  period: number | null;
  /** Place for the date line, e.g. "Đồng Tâm". */
  place: string | null;
}

export interface Analysis {
  /** The criteria set the workbook was judged by: every front end and the summaries use this one. */
  criteria: Criteria;
  /** Where that set came from. */
  criteriaOrigin: CriteriaOrigin;
  unit: UnitInfo;
  sheets: SheetInfo[];
  issues: Issue[];
  results: Results;
  /** One entry per unit found (e.g. per cell of a ward's member list); the workbook's own unit otherwise. */
  units: UnitResults[];
}
