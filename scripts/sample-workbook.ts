import ExcelJS from "exceljs";
import { generateMembers, MEETINGS_LOG_HEADER, seededRandom, type SampleMember } from "./sample-data";

export interface SampleOptions {
  members: number;
  seed: number;
  /** Plant a few mistakes so that the checks have something to show. */
  plantMistakes: boolean;
  /** Add the meetings log and one meeting's score sheet. */
  withMeetings: boolean;
}

const UNIT = "CHI BỘ KHU PHỐ 5";
const PARENT = "ĐẢNG BỘ PHƯỜNG HÒA AN";
const DATE_LINE = "Hòa An, ngày 12 tháng 12 năm 2025";

function titleBlock(ws: ExcelJS.Worksheet, lastCol: string, title: string): void {
  ws.mergeCells(`A1:D1`);
  ws.mergeCells(`F1:${lastCol}1`);
  ws.mergeCells(`A2:D2`);
  ws.mergeCells(`F2:${lastCol}2`);
  ws.mergeCells(`A4:${lastCol}4`);
  ws.getCell("A1").value = PARENT;
  ws.getCell("F1").value = "ĐẢNG CỘNG SẢN VIỆT NAM";
  ws.getCell("A2").value = UNIT;
  ws.getCell("F2").value = DATE_LINE;
  ws.getCell("B3").value = "*";
  ws.getCell("A4").value = title;
  for (const address of ["A1", "F1", "A2", "F2", "A4"])
    ws.getCell(address).alignment = { horizontal: "center" };
  for (const address of ["F1", "A2", "A4"]) ws.getCell(address).font = { bold: true };
}

function memberSheet(book: ExcelJS.Workbook, members: SampleMember[], plant: boolean): void {
  const ws = book.addWorksheet("Danh sách đảng viên");
  titleBlock(ws, "J", "DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2025");
  const headers = ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Số thẻ đảng viên"];
  headers.forEach((h, i) => {
    const col = String.fromCharCode(65 + i);
    ws.mergeCells(`${col}6:${col}7`);
    ws.getCell(`${col}6`).value = h;
  });
  ws.mergeCells("F6:H6");
  ws.getCell("F6").value = "Mức xếp loại chất lượng";
  ws.getCell("F7").value = "Đảng viên tự xếp loại";
  ws.getCell("G7").value = "Chi bộ đề xuất";
  ws.getCell("H7").value = "Đảng ủy quyết định";
  ws.mergeCells("I6:I7");
  ws.getCell("I6").value = "Ghi chú";
  ws.getRow(8).values = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"];
  const rows = members.map((m, i) => [
    i + 1,
    m.name,
    m.birthYear,
    m.position,
    m.card,
    m.levelText,
    m.levelText,
    m.levelText,
    m.notes,
  ]);
  if (plant && rows.length >= 12) {
    rows[4][7] = "Hoàn thành tôt nhiệm vụ"; // a misspelt level
    rows[9][4] = rows[2][4]; // a card number entered twice
    rows[6][7] = "Hoàn thành nhiệm vụ";
    rows[6][8] = "Bị kỷ luật khiển trách tháng 8/2025"; // disciplined, yet not KHTNV
  }
  ws.addRows(rows);
  const end = 9 + rows.length;
  ws.getCell(`B${end + 2}`).value = "Nơi nhận:";
  ws.getCell(`H${end + 2}`).value = "T/M CHI BỘ";
  ws.getCell(`B${end + 3}`).value = "- Đảng ủy phường (b/c),";
  ws.getCell(`H${end + 3}`).value = "BÍ THƯ";
  ws.getCell(`B${end + 4}`).value = "- Lưu chi bộ.";
  ws.getCell(`H${end + 7}`).value = "Trần Thị Mai";
  ws.columns.forEach((column, i) => (column.width = [6, 26, 10, 18, 16, 24, 24, 24, 30][i] ?? 10));
}

function meetingsSheet(book: ExcelJS.Workbook, memberCount: number, seed: number, plant: boolean): void {
  const random = seededRandom(seed + 1);
  const ws = book.addWorksheet("Sinh hoạt 2025");
  titleBlock(ws, "L", "THEO DÕI SINH HOẠT CHI BỘ NĂM 2025");
  ws.getRow(6).values = [...MEETINGS_LOG_HEADER];
  let index = 1;
  const exempted = Math.max(1, Math.round(memberCount * 0.03));
  for (let month = 1; month <= 12; month++) {
    const lowMonth = plant && month === 8;
    const absent = lowMonth ? Math.round(memberCount * 0.2) : Math.floor(random() * 2);
    const score = lowMonth ? 76 : 85 + Math.floor(random() * 14);
    const grade = score >= 90 ? "Tốt" : score >= 70 ? "Khá" : "Trung bình";
    ws.addRow([
      index++,
      month,
      new Date(Date.UTC(2025, month - 1, 5)),
      "Thường kỳ",
      memberCount,
      exempted,
      memberCount - exempted - absent,
      absent,
      0,
      score,
      score,
      grade,
    ]);
    if (month % 3 === 0) {
      ws.addRow([
        index++,
        month,
        `${20}/${String(month).padStart(2, "0")}/2025`,
        "Chuyên đề",
        memberCount,
        exempted,
        memberCount - exempted,
        0,
        0,
        null,
        null,
        null,
      ]);
    }
  }
  ws.getColumn(3).numFmt = "dd/mm/yyyy";
  ws.columns.forEach((column) => (column.width = 12));
}

function scoreSheet(book: ExcelJS.Workbook): void {
  const ws = book.addWorksheet("Phiếu chấm T12");
  titleBlock(ws, "F", "PHIẾU ĐÁNH GIÁ CHẤT LƯỢNG SINH HOẠT CHI BỘ THÁNG 12/2025");
  ws.getRow(6).values = [
    "TT",
    "Tiêu chí đánh giá",
    "Thang điểm",
    "Chi ủy, Bí thư chi bộ chấm",
    "Cấp ủy viên cấp trên chấm",
    "Ghi chú",
  ];
  const rows: (string | number | null)[][] = [
    ["I", "Công tác chuẩn bị", 15, 15, 15],
    [1, "Chi ủy họp chuẩn bị nội dung trước khi sinh hoạt", 8, 8, 8],
    [2, "Chuẩn bị dự thảo nghị quyết, tài liệu", 7, 7, 7],
    ["II", "Tỷ lệ đảng viên tham dự", 20, 19, 19],
    ["III", "Tổ chức sinh hoạt", 45, 43, 43],
    [1, "Thực hiện đúng trình tự sinh hoạt", 15, 15, 15],
    [2, "Đánh giá kết quả thực hiện nghị quyết tháng trước", 15, 14, 14],
    [3, "Đảng viên phát biểu ý kiến, thảo luận", 15, 14, 14],
    ["IV", "Kết thúc hội nghị", 20, 19, 19],
    [1, "Thông qua nghị quyết, biểu quyết", 10, 9, 9],
    [2, "Ghi biên bản đầy đủ", 10, 10, 10],
    [null, "Tổng cộng", 100, 96, 96],
    [null, "Xếp loại:", null, "Tốt", null],
  ];
  ws.addRows(rows);
  ws.getColumn(2).width = 50;
}

/** The bundled sample workbook (and, with many members, the benchmark's). */
export function buildSampleWorkbook(options: SampleOptions): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = "chibo";
  const members = generateMembers(options.members, options.seed);
  memberSheet(book, members, options.plantMistakes);
  if (options.withMeetings) {
    meetingsSheet(book, options.members, options.seed, options.plantMistakes);
    scoreSheet(book);
  }
  return book;
}
