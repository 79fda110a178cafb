/**
 * Sheets shaped like the files committees really send (issue 8), built in the tests: lists grouped
 * by cell with subtotals, the member register with a member over several rows, summaries with two-
 * and three-row headers, one sheet per cell with a summary sheet, a year of meeting scores with the
 * months across and a meetings log with attendance columns. Each builder returns a grid and says,
 * in its options, where the planted mistakes go, so that the tests can name the cells.
 */
import ExcelJS from "exceljs";
import { columnLetter } from "../../src/core/grid/address";
import type { CellValue, Grid, MergeArea } from "../../src/core/grid/types";
import { footerRows, grid, titleRows } from "./grids";

const GIVEN = ["An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Lan", "Long"];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"];
const MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Quang", "Thu", "Đức"];

/** A person's name, distinct for each n below 800. */
export function personName(n: number): string {
  return `${FAMILY[n % FAMILY.length]} ${MIDDLE[Math.floor(n / FAMILY.length) % MIDDLE.length]} ${
    GIVEN[Math.floor(n / (FAMILY.length * MIDDLE.length)) % GIVEN.length]
  } ${Math.floor(n / (FAMILY.length * MIDDLE.length * GIVEN.length)) || ""}`.trim();
}

const LEVEL_CYCLE = [
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành xuất sắc nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành nhiệm vụ",
];

export function levelOf(n: number): string {
  return LEVEL_CYCLE[n % LEVEL_CYCLE.length];
}

export type HeadingForm = "roman" | "merged" | "count";
export type SubtotalForm = "Cộng" | "Cộng: n" | "Cộng chi bộ" | "Tổng số" | "none";

export interface CellGroup {
  name: string;
  size: number;
  heading: HeadingForm;
  subtotal: SubtotalForm;
  /** The count written in the subtotal (or the heading, for "count"); the true size by default. */
  stated?: number;
  /** Names replacing generated ones, by position in the cell. */
  names?: Record<number, string>;
  /** Level texts replacing generated ones, by position in the cell. */
  levels?: Record<number, string>;
}

export interface GroupedList {
  grid: Grid;
  /** 0-based rows of the section headings, the subtotals and the grand total. */
  headingRows: number[];
  subtotalRows: number[];
  totalRow: number | null;
  /** The first member row of each cell. */
  firstMemberRows: number[];
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/**
 * A commune's member list grouped by cell: STT | Họ và tên | Năm sinh | Chức vụ | Xếp loại | Ghi chú,
 * a heading per cell in the form asked, members numbered from 1 in each, a subtotal under each cell
 * (count in column C, or in the label), a grand total and the signature block.
 */
export function groupedList(
  groups: CellGroup[],
  options: { total?: number | null; name?: string } = {},
): GroupedList {
  const rows: CellValue[][] = [
    ...titleRows({ unit: "ĐẢNG BỘ XÃ TÂN PHÚ", parent: "ĐẢNG BỘ HUYỆN CHÂU THÀNH" }),
  ];
  rows.push(["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Xếp loại", "Ghi chú"]);
  const merges: MergeArea[] = [];
  const out: GroupedList = {
    grid: grid("x", []),
    headingRows: [],
    subtotalRows: [],
    totalRow: null,
    firstMemberRows: [],
  };
  let serial = 0;
  let all = 0;
  groups.forEach((group, g) => {
    out.headingRows.push(rows.length);
    const stated = group.stated ?? group.size;
    if (group.heading === "roman") rows.push([ROMAN[g], group.name]);
    else if (group.heading === "merged") {
      merges.push({ top: rows.length, left: 0, bottom: rows.length, right: 5 });
      rows.push([`${ROMAN[g]}. ${group.name}`]);
    } else rows.push([ROMAN[g], `${group.name} (${stated} đảng viên)`]);
    out.firstMemberRows.push(rows.length);
    for (let i = 0; i < group.size; i++) {
      rows.push([
        i + 1,
        group.names?.[i] ?? personName(serial),
        1950 + (serial % 50),
        i === 0 ? "Bí thư chi bộ" : "Đảng viên",
        group.levels?.[i] ?? levelOf(serial),
        null,
      ]);
      serial++;
    }
    all += group.size;
    const subtotalStated = group.heading === "count" ? group.size : stated;
    if (group.subtotal === "Cộng") {
      out.subtotalRows.push(rows.length);
      rows.push([null, "Cộng", subtotalStated]);
    } else if (group.subtotal === "Cộng: n") {
      // The count written in the label alone, no number cell: "Cộng: 12 đảng viên".
      out.subtotalRows.push(rows.length);
      rows.push([null, `Cộng: ${subtotalStated} đảng viên`]);
    } else if (group.subtotal === "Cộng chi bộ") {
      out.subtotalRows.push(rows.length);
      rows.push([null, `Cộng ${group.name.toLocaleLowerCase("vi")}: ${subtotalStated} đồng chí`]);
    } else if (group.subtotal === "Tổng số") {
      out.subtotalRows.push(rows.length);
      rows.push(["Tổng số", null, subtotalStated]);
    }
  });
  if (options.total !== null) {
    out.totalRow = rows.length;
    rows.push([null, "Tổng cộng", options.total ?? all]);
  }
  rows.push(...footerRows());
  out.grid = grid(options.name ?? "Danh sách đảng viên", rows, { merges });
  return out;
}

/**
 * Mẫu 7-HSĐV, the member register: 14 numbered columns (and the year's rating beside them, as
 * committees add it for the review), each member over three rows (name, then the alias and home
 * town, then the address), with the numbering row under the header.
 */
export function registerSheet(members: number, name = "Sổ đảng viên"): { grid: Grid; firstRows: number[] } {
  const header = [
    "STT",
    "Họ và tên khai sinh",
    "Ngày sinh",
    "Giới tính",
    "Quê quán",
    "Dân tộc",
    "Tôn giáo",
    "Nghề nghiệp",
    "Trình độ",
    "Ngày vào Đảng",
    "Ngày chính thức",
    "Số thẻ đảng viên",
    "Chi bộ",
    "Ghi chú",
    "Xếp loại",
  ];
  const rows: CellValue[][] = [
    ...titleRows({ title: "SỔ ĐẢNG VIÊN (Mẫu 7-HSĐV)" }),
    header,
    header.map((_, i) => `(${i + 1})`),
  ];
  const firstRows: number[] = [];
  for (let m = 0; m < members; m++) {
    firstRows.push(rows.length);
    rows.push([
      m + 1,
      personName(m),
      `0${(m % 9) + 1}/05/19${60 + (m % 30)}`,
      m % 2 ? "Nữ" : "Nam",
      "Xã Tân Phú",
      "Kinh",
      "Không",
      "Nông dân",
      "12/12",
      "03/02/2010",
      "03/02/2011",
      `${String(10 + (m % 80)).padStart(2, "0")}.${String(100000 + m).padStart(6, "0")}`,
      "Chi bộ ấp 1",
      null,
      levelOf(m),
    ]);
    rows.push([
      null,
      `(Bí danh: ${GIVEN[m % GIVEN.length]})`,
      null,
      null,
      "huyện Châu Thành",
      null,
      null,
      null,
      "Đại học",
    ]);
    rows.push([
      null,
      null,
      null,
      null,
      "tỉnh Tiền Giang",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "Chuyển đến 2019",
    ]);
  }
  rows.push(...footerRows());
  return { grid: grid(name, rows), firstRows };
}

export interface SummaryLine {
  content: string;
  total: CellValue;
  assessed: CellValue;
  /** HTXSNV, HTTNV, HTNV, KHTNV: each a count and a share. */
  pairs: [CellValue, CellValue][];
  notAssessed?: CellValue;
}

/**
 * The summary a grassroots unit sends up, with a three-row header: TT | Nội dung | Tổng số |
 * "Trong đó" over "Số được đánh giá" and "Không đánh giá" | "Kết quả đánh giá, xếp loại" over the four
 * levels, each over "Số lượng" and "Tỷ lệ (%)". Lines from 0-based row 8 (Excel row 9).
 * Columns: A TT, B Nội dung, C Tổng số, D assessed, E not assessed, F/G HTXSNV, H/I HTTNV, J/K HTNV, L/M KHTNV.
 */
export function threeRowSummary(lines: SummaryLine[], name = "Biểu tổng hợp"): Grid {
  const rows: CellValue[][] = [...titleRows({ title: "BIỂU TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI NĂM 2025" })];
  const levels = [
    "Hoàn thành xuất sắc nhiệm vụ",
    "Hoàn thành tốt nhiệm vụ",
    "Hoàn thành nhiệm vụ",
    "Không hoàn thành nhiệm vụ",
  ];
  rows.push([
    "TT",
    "Nội dung",
    "Tổng số",
    "Trong đó",
    null,
    "Kết quả đánh giá, xếp loại",
    ...Array<null>(7).fill(null),
  ]);
  rows.push([
    null,
    null,
    null,
    "Số được đánh giá, xếp loại",
    "Không đánh giá, xếp loại",
    ...levels.flatMap((l) => [l, null]),
  ]);
  rows.push([null, null, null, null, null, ...levels.flatMap(() => ["Số lượng", "Tỷ lệ (%)"])]);
  for (const [i, line] of lines.entries())
    rows.push([
      /^tổng/i.test(line.content) ? null : i + 1,
      line.content,
      line.total,
      line.assessed,
      line.notAssessed ?? null,
      ...line.pairs.flat(),
    ]);
  rows.push(...footerRows());
  const merges: MergeArea[] = [
    { top: 5, left: 0, bottom: 7, right: 0 },
    { top: 5, left: 1, bottom: 7, right: 1 },
    { top: 5, left: 2, bottom: 7, right: 2 },
    { top: 5, left: 3, bottom: 5, right: 4 },
    { top: 6, left: 3, bottom: 7, right: 3 },
    { top: 6, left: 4, bottom: 7, right: 4 },
    { top: 5, left: 5, bottom: 5, right: 12 },
  ];
  for (let k = 0; k < 4; k++) merges.push({ top: 6, left: 5 + 2 * k, bottom: 6, right: 6 + 2 * k });
  return grid(name, rows, { merges });
}

/**
 * A summary sheet of a workbook kept one sheet per cell: TT | Chi bộ | Tổng số đảng viên | level
 * counts (HTXSNV, HTTNV, HTNV, KHTNV) | Không xếp loại; one row per cell and a "Tổng cộng" row.
 * Lines from 0-based row 7; the cell's count in C, the levels in D–G.
 */
export function cellSummarySheet(
  lines: { cell: string; total: CellValue; counts: CellValue[] }[],
  total: { total: CellValue; counts: CellValue[] } | null,
  name = "Tổng hợp",
): Grid {
  const rows: CellValue[][] = [...titleRows({ title: "TỔNG HỢP XẾP LOẠI ĐẢNG VIÊN NĂM 2025" })];
  rows.push(["TT", "Chi bộ", "Tổng số đảng viên", "Kết quả xếp loại", null, null, null]);
  rows.push([null, null, null, "HTXSNV", "HTTNV", "HTNV", "KHTNV"]);
  lines.forEach((line, i) => rows.push([i + 1, line.cell, line.total, ...line.counts]));
  if (total) rows.push([null, "Tổng cộng", total.total, ...total.counts]);
  rows.push(...footerRows());
  const merges: MergeArea[] = [
    { top: 5, left: 0, bottom: 6, right: 0 },
    { top: 5, left: 1, bottom: 6, right: 1 },
    { top: 5, left: 2, bottom: 6, right: 2 },
    { top: 5, left: 3, bottom: 5, right: 6 },
  ];
  return grid(name, rows, { merges });
}

/**
 * A year of meeting scores: TT | Tiêu chí | Thang điểm | Tháng 1 … Tháng 12, the rubric's groups
 * and items down, "Tổng cộng" and "Xếp loại" under them. `scores[m][i]` is month m+1's score of
 * line i (groups and items in the order of RUBRIC_LINES).
 */
export const RUBRIC_LINES: { index: string; text: string; max: number; group: boolean }[] = [
  { index: "I", text: "Chuẩn bị sinh hoạt", max: 15, group: true },
  { index: "1", text: "Chi ủy họp chuẩn bị nội dung", max: 10, group: false },
  { index: "2", text: "Thông báo thời gian, địa điểm", max: 5, group: false },
  { index: "II", text: "Dự sinh hoạt", max: 20, group: true },
  { index: "III", text: "Tiến hành sinh hoạt", max: 45, group: true },
  { index: "IV", text: "Kết thúc sinh hoạt", max: 20, group: true },
];

export function monthlyScores(month: number): number[] {
  const items = [9, 5, 19 - (month % 2), 42, 19];
  return [items[0] + items[1], items[0], items[1], items[2], items[3], items[4]];
}

export function yearOfScores(
  scores: number[][],
  totals: (number | null)[],
  grades: (string | null)[],
  name = "Chấm điểm năm 2025",
): Grid {
  const rows: CellValue[][] = [...titleRows({ title: "BẢNG CHẤM ĐIỂM SINH HOẠT CHI BỘ NĂM 2025" })];
  rows.push([
    "TT",
    "Tiêu chí đánh giá",
    "Thang điểm",
    ...Array.from({ length: 12 }, (_, m) => `Tháng ${m + 1}`),
  ]);
  RUBRIC_LINES.forEach((line, i) =>
    rows.push([line.index, line.text, line.max, ...scores.map((month) => month[i] ?? null)]),
  );
  rows.push([null, "Tổng cộng", 100, ...totals]);
  rows.push([null, "Xếp loại", null, ...grades]);
  rows.push(...footerRows());
  return grid(name, rows);
}

export interface LogLine {
  month: number;
  date?: string;
  members: number;
  exempted: number;
  present: number;
  excused: number;
  unexcused: number;
  /** Marked in the "Chuyên đề" column. */
  thematic?: string | null;
  content?: string;
}

/**
 * A meetings log: Tháng | Ngày sinh hoạt | Nội dung sinh hoạt | Tổng số đảng viên | Miễn sinh hoạt |
 * Có mặt | Vắng có lý do | Vắng không lý do | Chuyên đề. Lines from 0-based row 6 (Excel row 7).
 */
export function meetingsLog(lines: LogLine[], name = "Sổ sinh hoạt"): Grid {
  const rows: CellValue[][] = [...titleRows({ title: "SỔ THEO DÕI SINH HOẠT CHI BỘ NĂM 2025" })];
  rows.push([
    "Tháng",
    "Ngày sinh hoạt",
    "Nội dung sinh hoạt",
    "Tổng số đảng viên",
    "Miễn sinh hoạt",
    "Có mặt",
    "Vắng có lý do",
    "Vắng không lý do",
    "Chuyên đề",
  ]);
  for (const line of lines)
    rows.push([
      line.month,
      line.date ?? `05/${String(line.month).padStart(2, "0")}/2025`,
      line.content ?? "Sinh hoạt thường kỳ",
      line.members,
      line.exempted,
      line.present,
      line.excused,
      line.unexcused,
      line.thematic ?? null,
    ]);
  rows.push(...footerRows());
  return grid(name, rows);
}

/** Writes grids into an .xlsx workbook (merges kept; a value given as `{formula, result}` as a formula with its cached value). */
export async function gridsToXlsx(
  grids: readonly Grid[],
  formulas: Record<string, Record<string, string>> = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheetGrid of grids) {
    const sheet = workbook.addWorksheet(sheetGrid.name);
    sheetGrid.rows.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const address = `${columnLetter(c)}${r + 1}`;
        const formula = formulas[sheetGrid.name]?.[address];
        const cell = sheet.getCell(address);
        if (formula) cell.value = { formula, result: value as number | string };
        else if (typeof value === "object" && !(value instanceof Date))
          cell.value = { error: value.error } as never;
        else cell.value = value;
      }),
    );
    for (const merge of sheetGrid.merges ?? [])
      sheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
