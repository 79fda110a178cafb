/**
 * Grids built by hand for the analysis engine's tests: sheets shaped like the ones committees fill
 * in (title rows, a header, data rows, a footer), with the presets and the recognizer at hand.
 */
import type { IssueParamValue } from "../../src/core/issues/issue";
import { termText } from "../../src/i18n";
import type { SheetMapping } from "../../src/core/analyze";
import { getPreset, type Criteria } from "../../src/core/criteria";
import { LevelMatcher } from "../../src/core/criteria/level-matcher";
import type { CellValue, Grid, MergeArea } from "../../src/core/grid/types";
import { IssueSink, type Issue } from "../../src/core/issues";
import { recognizeSheet, type RecognizedTable } from "../../src/core/recognize/table";

export function preset(id: "qd366-2025" | "hd21-2019" | "qd124-2023"): Criteria {
  const criteria = getPreset(id);
  if (!criteria) throw new Error(`no preset ${id}`);
  return criteria;
}

export function grid(
  name: string,
  rows: CellValue[][],
  extra: { merges?: MergeArea[]; fonts?: Record<string, string> } = {},
): Grid {
  return { name, rows, ...extra };
}

export interface TitleOptions {
  parent?: string;
  unit?: string;
  place?: string;
  year?: number;
  title?: string;
}

/**
 * The block above a committee's table: committee above and unit top left, the party's name and
 * "place, ngày … tháng … năm …" top right, a title. Five rows, the last one blank.
 */
export function titleRows(options: TitleOptions = {}): CellValue[][] {
  const year = options.year ?? 2025;
  return [
    [options.parent ?? "ĐẢNG BỘ PHƯỜNG ĐỒNG TÂM", null, null, null, "ĐẢNG CỘNG SẢN VIỆT NAM"],
    [
      options.unit ?? "CHI BỘ TỔ DÂN PHỐ SỐ 3",
      null,
      null,
      null,
      `${options.place ?? "Đồng Tâm"}, ngày 15 tháng 12 năm ${year}`,
    ],
    [null, "*"],
    [options.title ?? `DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN NĂM ${year}`],
    [],
  ];
}

/** The signature block under a table. */
export function footerRows(): CellValue[][] {
  return [
    [],
    [null, "Nơi nhận:", null, null, "T/M CHI BỘ"],
    [null, "- Đảng ủy phường (b/c),", null, null, "BÍ THƯ"],
  ];
}

export type MemberField =
  "index" | "name" | "cell" | "birthYear" | "position" | "card" | "score" | "level" | "notes";

export const MEMBER_HEADERS: Record<MemberField, string> = {
  index: "STT",
  name: "Họ và tên",
  cell: "Chi bộ",
  birthYear: "Năm sinh",
  position: "Chức vụ",
  card: "Số thẻ đảng viên",
  score: "Tổng điểm",
  level: "Xếp loại",
  notes: "Ghi chú",
};

export type MemberLine = Partial<Record<MemberField, CellValue>>;

export interface MemberSheetOptions {
  name?: string;
  /** Columns left to right; the index column is numbered automatically. */
  fields?: MemberField[];
  members: MemberLine[];
  /** Rows above the header; titleRows() by default, [] for none. */
  title?: CellValue[][];
  /** Rows under the members (a total row, a signature block). */
  after?: CellValue[][];
}

export const DEFAULT_MEMBER_FIELDS: MemberField[] = ["index", "name", "birthYear", "card", "level", "notes"];

/** A member list with a one-row header and a level text column. */
export function memberSheet(options: MemberSheetOptions): Grid {
  const fields = options.fields ?? DEFAULT_MEMBER_FIELDS;
  const rows: CellValue[][] = [...(options.title ?? titleRows())];
  rows.push(fields.map((f) => MEMBER_HEADERS[f]));
  options.members.forEach((member, i) =>
    rows.push(fields.map((f) => (f === "index" ? (member.index ?? i + 1) : (member[f] ?? null)))),
  );
  rows.push(...(options.after ?? []));
  return grid(options.name ?? "Danh sách", rows);
}

/** The 0-based row of the first member in memberSheet's output. */
export function firstMemberRow(options: Pick<MemberSheetOptions, "title">): number {
  return (options.title ?? titleRows()).length + 1;
}

export const MARK_LEVELS = [
  "Hoàn thành xuất sắc nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành nhiệm vụ",
  "Không hoàn thành nhiệm vụ",
  "Không xếp loại",
] as const;

export interface MarkedLine {
  name: string;
  /** Indexes into MARK_LEVELS of the columns marked "x" (or `text`, when given). */
  marks: number[];
  text?: string;
  cell?: string;
  notes?: string;
}

/**
 * A list with one column per level marked "x" under a merged "Kết quả xếp loại" group header
 * (like the Đồng Tâm sample): TT | Họ tên đảng viên | Chi bộ | five level columns | Ghi chú.
 * Header rows are 0-based 5 and 6; members start at row 7.
 */
export function markedSheet(
  lines: MarkedLine[],
  after: CellValue[][] = [],
  name = "Xếp loại đảng viên",
): Grid {
  const rows: CellValue[][] = [...titleRows()];
  rows.push(["TT", "Họ tên đảng viên", "Chi bộ", "Kết quả xếp loại", null, null, null, null, "Ghi chú"]);
  rows.push([null, null, null, ...MARK_LEVELS, null]);
  lines.forEach((line, i) => {
    const row: CellValue[] = [
      i + 1,
      line.name,
      line.cell ?? null,
      null,
      null,
      null,
      null,
      null,
      line.notes ?? null,
    ];
    for (const mark of line.marks) row[3 + mark] = line.text ?? "x";
    rows.push(row);
  });
  rows.push(...after);
  const merges: MergeArea[] = [
    { top: 5, left: 0, bottom: 6, right: 0 },
    { top: 5, left: 1, bottom: 6, right: 1 },
    { top: 5, left: 2, bottom: 6, right: 2 },
    { top: 5, left: 3, bottom: 5, right: 7 },
    { top: 5, left: 8, bottom: 6, right: 8 },
  ];
  return grid(name, rows, { merges });
}

export interface CollectiveLine {
  name: string;
  members?: CellValue;
  level?: CellValue;
  notes?: CellValue;
}

/** A list of cells rated with a level text: STT | Tên chi bộ | Đảng số | Xếp loại | Ghi chú. */
export function collectiveSheet(lines: CollectiveLine[], name = "Xếp loại chi bộ"): Grid {
  const rows: CellValue[][] = [
    ...titleRows({ title: "XẾP LOẠI CHẤT LƯỢNG CHI BỘ NĂM 2025" }),
    ["STT", "Tên chi bộ", "Đảng số", "Xếp loại", "Ghi chú"],
  ];
  lines.forEach((line, i) =>
    rows.push([i + 1, line.name, line.members ?? null, line.level ?? null, line.notes ?? null]),
  );
  return grid(name, rows);
}

export interface ReportedLine {
  content: string;
  total: CellValue;
  assessed: CellValue;
  /** HTXSNV, HTTNV, HTNV, KHTNV. */
  counts: CellValue[];
  percents: CellValue[];
}

/**
 * The summary a unit sends up (like the Đồng Tâm sample's "Báo cáo"): TT | Nội dung | Tổng số |
 * Số được đánh giá, xếp loại | per level "Số lượng" and "Tỷ lệ %" under the level's name.
 * Header rows are 0-based 5 and 6; lines start at row 7 (Excel row 8), counts in E, G, I, K.
 */
export function reportedSheet(lines: ReportedLine[], name = "Báo cáo"): Grid {
  const rows: CellValue[][] = [...titleRows({ title: "TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI NĂM 2025" })];
  rows.push([
    "TT",
    "Nội dung",
    "Tổng số",
    "Số được đánh giá, xếp loại",
    MARK_LEVELS[0],
    null,
    MARK_LEVELS[1],
    null,
    MARK_LEVELS[2],
    null,
    MARK_LEVELS[3],
    null,
  ]);
  rows.push([null, null, null, null, ...Array.from({ length: 4 }, () => ["Số lượng", "Tỷ lệ %"]).flat()]);
  lines.forEach((line, i) =>
    rows.push([
      i + 1,
      line.content,
      line.total,
      line.assessed,
      ...line.counts.flatMap((c, k) => [c, line.percents[k]]),
    ]),
  );
  const merges: MergeArea[] = [0, 1, 2, 3].map((col) => ({ top: 5, left: col, bottom: 6, right: col }));
  for (let k = 0; k < 4; k++) merges.push({ top: 5, left: 4 + 2 * k, bottom: 5, right: 5 + 2 * k });
  return grid(name, rows, { merges });
}

export function recognize(
  sheet: Grid,
  criteria: Criteria = preset("qd366-2025"),
  mapping?: SheetMapping,
): RecognizedTable {
  return recognizeSheet(sheet, new LevelMatcher(criteria), mapping);
}

/** Runs a check with a fresh sink and returns what it returned and the issues it reported. */
export function withSink<T>(run: (sink: IssueSink) => T): { result: T; issues: Issue[] } {
  const sink = new IssueSink();
  const result = run(sink);
  return { result, issues: sink.issues };
}

export function codesOf(issues: readonly Issue[]): string[] {
  return issues.map((issue) => issue.code);
}

/** An issue's parameters as the Vietnamese message reads them: terms (core's word keys) put into words. */
export function spokenParams(
  params: Readonly<Record<string, IssueParamValue>> | undefined,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {}))
    out[key] = typeof value === "object" ? termText(value, "vi") : value;
  return out;
}
