/**
 * Generates unit workbooks (members lists with random but seeded levels) in a few layouts, the
 * way committees type them, written with ExcelJS. Used by the roll-up tests and bench/rollup.ts,
 * so it uses Node and ExcelJS only (no jest).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook, type Worksheet } from "exceljs";
import { FAMILY, GIVEN, MIDDLE, seededRandom } from "../../scripts/sample-data";

export type Level = "HTXSNV" | "HTTNV" | "HTNV" | "KHTNV";
export const LEVELS: readonly Level[] = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"];

export interface GeneratedMember {
  name: string;
  birthYear: number;
  card: string;
  /** Null: not classified this year (the reason is in `note`). */
  level: Level | null;
  note: string;
}

export interface GeneratedUnit {
  /** E.g. "Chi bộ Tổ dân phố số 3". */
  name: string;
  /** E.g. "Đảng bộ phường Đồng Tâm". */
  parent: string;
  place: string;
  period: number;
  members: GeneratedMember[];
}

export interface UnitSpec {
  name: string;
  parent: string;
  place?: string;
  period?: number;
  seed: number;
  /** Number of members; 25 to 35 when omitted. */
  members?: number;
  /** Keep HTXSNV within 20% of HTTNV (the cap), so the unit raises no cap error. */
  capSafe?: boolean;
}

/**
 * - "level-text": one column holding the decided level as text, spelled in the usual ways;
 * - "level-marks": one "x" column per level plus "Không xếp loại", under a merged header;
 * - "three-columns": self-rating, proposal and decision columns with a numbering row and a "Tổng cộng" row.
 */
export type UnitLayout = "level-text" | "level-marks" | "three-columns";
export const UNIT_LAYOUTS: readonly UnitLayout[] = ["level-text", "level-marks", "three-columns"];

export { seededRandom };

const NOT_CLASSIFIED_NOTES = [
  "Mới kết nạp tháng 9/2025",
  "Miễn công tác và sinh hoạt đảng",
  "Đình chỉ sinh hoạt đảng",
];

export function generateUnit(spec: UnitSpec): GeneratedUnit {
  const random = seededRandom(spec.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const count = spec.members ?? 25 + Math.floor(random() * 11);
  const members: GeneratedMember[] = [];
  for (let i = 0; i < count; i++) {
    const r = random();
    const level: Level | null =
      r < 0.04 ? null : r < 0.17 ? "HTXSNV" : r < 0.8 ? "HTTNV" : r < 0.97 ? "HTNV" : "KHTNV";
    members.push({
      // The index keeps names unique inside the unit (no duplicate-member issue by chance).
      name: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)} ${i + 1}`,
      birthYear: 1945 + Math.floor(random() * 60),
      card: `${String(10 + Math.floor(random() * 89))}.${String(100000 + ((spec.seed * 7919 + i * 104729) % 900000)).padStart(6, "0")}`,
      level,
      note: level === null ? pick(NOT_CLASSIFIED_NOTES) : "",
    });
  }
  if (spec.capSafe) {
    const count = (level: Level) => members.filter((m) => m.level === level).length;
    // Moving one member from HTXSNV to HTTNV lowers the count and raises the limit.
    while (count("HTXSNV") > Math.floor(0.2 * count("HTTNV"))) {
      const top = members.find((m) => m.level === "HTXSNV");
      if (!top) break;
      top.level = "HTTNV";
    }
  }
  return {
    name: spec.name,
    parent: spec.parent,
    place: spec.place ?? "Đồng Tâm",
    period: spec.period ?? 2025,
    members,
  };
}

/** Counts as the level above should find them by counting every member directly. */
export interface DirectCount {
  total: number;
  notClassified: number;
  counts: Record<Level, number>;
}

export function countMembers(units: readonly GeneratedUnit[]): DirectCount {
  const result: DirectCount = {
    total: 0,
    notClassified: 0,
    counts: { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 },
  };
  for (const unit of units) {
    for (const m of unit.members) {
      result.total++;
      if (m.level === null) result.notClassified++;
      else result.counts[m.level]++;
    }
  }
  return result;
}

const TEXT_SPELLINGS: Record<Level, readonly string[]> = {
  HTXSNV: ["Hoàn thành xuất sắc nhiệm vụ", "HTXSNV", "HTXS NV", "Hoàn thành xuất sắc NV"],
  HTTNV: ["Hoàn thành tốt nhiệm vụ", "HTTNV", "HTT NV", "Hoàn thành tốt NV"],
  HTNV: ["Hoàn thành nhiệm vụ", "HTNV", "HT NV"],
  KHTNV: ["Không hoàn thành nhiệm vụ", "KHTNV", "Không HTNV"],
};

/** The workbook a unit sends, as .xlsx bytes. */
export async function unitWorkbook(unit: GeneratedUnit, layout: UnitLayout, seed = 1): Promise<Uint8Array> {
  const book = new Workbook();
  const ws = book.addWorksheet("Xếp loại đảng viên");
  const random = seededRandom(seed);
  switch (layout) {
    case "level-text":
      levelTextSheet(ws, unit, random);
      break;
    case "level-marks":
      levelMarksSheet(ws, unit);
      break;
    case "three-columns":
      threeColumnsSheet(ws, unit, random);
      break;
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function titleBlock(
  ws: Worksheet,
  unit: GeneratedUnit,
  lastCol: string,
  title: string,
  capitals: boolean,
): void {
  const up = (text: string) => (capitals ? text.toLocaleUpperCase("vi") : text);
  ws.mergeCells("A1:D1");
  ws.mergeCells("A2:D2");
  ws.mergeCells(`F1:${lastCol}1`);
  ws.mergeCells(`F2:${lastCol}2`);
  ws.mergeCells(`A4:${lastCol}4`);
  ws.getCell("A1").value = up(unit.parent);
  ws.getCell("A2").value = up(unit.name);
  ws.getCell("F1").value = "ĐẢNG CỘNG SẢN VIỆT NAM";
  ws.getCell("F2").value = `${unit.place}, ngày 15 tháng 12 năm ${unit.period}`;
  ws.getCell("B3").value = "*";
  ws.getCell("A4").value = title;
}

function signature(ws: Worksheet, row: number): void {
  ws.getCell(`B${row}`).value = "Nơi nhận:";
  ws.getCell(`F${row}`).value = "T/M CHI BỘ";
  ws.getCell(`F${row + 1}`).value = "BÍ THƯ";
}

function levelTextSheet(ws: Worksheet, unit: GeneratedUnit, random: () => number): void {
  titleBlock(ws, unit, "G", `DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM ${unit.period}`, true);
  ws.getRow(6).values = ["STT", "Họ và tên", "Năm sinh", "Số thẻ đảng viên", "Xếp loại", "Ghi chú"];
  unit.members.forEach((m, i) => {
    const spellings = m.level ? TEXT_SPELLINGS[m.level] : ["Không xếp loại"];
    const text = m.level === null && random() < 0.5 ? "" : spellings[Math.floor(random() * spellings.length)];
    ws.getRow(7 + i).values = [i + 1, m.name, m.birthYear, m.card, text, m.note];
  });
  signature(ws, 7 + unit.members.length + 2);
}

function levelMarksSheet(ws: Worksheet, unit: GeneratedUnit): void {
  titleBlock(ws, unit, "J", `KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN NĂM ${unit.period}`, false);
  for (const col of ["A", "B", "C", "D", "J"]) ws.mergeCells(`${col}6:${col}7`);
  ws.getRow(6).values = [
    "TT",
    "Họ tên đảng viên",
    "Năm sinh",
    "Số thẻ",
    "Kết quả xếp loại",
    null,
    null,
    null,
    null,
    "Ghi chú",
  ];
  ws.mergeCells("E6:I6");
  ws.getRow(7).values = [
    null,
    null,
    null,
    null,
    "Hoàn thành xuất sắc nhiệm vụ",
    "Hoàn thành tốt nhiệm vụ",
    "Hoàn thành nhiệm vụ",
    "Không hoàn thành nhiệm vụ",
    "Không xếp loại",
  ];
  unit.members.forEach((m, i) => {
    const marks: (string | null)[] = [null, null, null, null, null];
    marks[m.level ? LEVELS.indexOf(m.level) : 4] = "x";
    ws.getRow(8 + i).values = [i + 1, m.name, m.birthYear, m.card, ...marks, m.note];
  });
  signature(ws, 8 + unit.members.length + 2);
}

function threeColumnsSheet(ws: Worksheet, unit: GeneratedUnit, random: () => number): void {
  titleBlock(ws, unit, "I", `DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM ${unit.period}`, true);
  for (const col of ["A", "B", "C", "D", "I"]) ws.mergeCells(`${col}6:${col}7`);
  ws.getRow(6).values = [
    "STT",
    "Họ và tên",
    "Năm sinh",
    "Số thẻ đảng viên",
    "Mức xếp loại chất lượng",
    null,
    null,
    null,
    "Ghi chú",
  ];
  ws.mergeCells("E6:G6");
  ws.getRow(7).values = [
    null,
    null,
    null,
    null,
    "Đảng viên tự xếp loại",
    "Chi bộ đề xuất",
    "Đảng ủy quyết định",
  ];
  ws.getRow(8).values = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"];
  unit.members.forEach((m, i) => {
    const say = () =>
      m.level
        ? TEXT_SPELLINGS[m.level][Math.floor(random() * TEXT_SPELLINGS[m.level].length)]
        : "Không xếp loại";
    ws.getRow(9 + i).values = [i + 1, m.name, m.birthYear, m.card, say(), say(), say(), null, m.note];
  });
  const totalRow = 9 + unit.members.length;
  ws.getRow(totalRow).values = [null, `Tổng cộng: ${unit.members.length} đảng viên`];
  signature(ws, totalRow + 2);
}

/** A ward's cells: `count` units named "Chi bộ Tổ dân phố số N" under one parent. */
export function generateCells(
  parent: string,
  count: number,
  seed: number,
  options: Partial<UnitSpec> = {},
): GeneratedUnit[] {
  const units: GeneratedUnit[] = [];
  for (let i = 1; i <= count; i++)
    units.push(
      generateUnit({ name: `Chi bộ Tổ dân phố số ${i}`, parent, seed: seed * 1000 + i, ...options }),
    );
  return units;
}

/** Writes the units' workbooks into a folder (layouts in turn); returns the paths. */
export async function writeUnitFiles(dir: string, units: readonly GeneratedUnit[]): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < units.length; i++) {
    const path = join(dir, `don-vi-${String(i + 1).padStart(4, "0")}.xlsx`);
    writeFileSync(path, await unitWorkbook(units[i], UNIT_LAYOUTS[i % UNIT_LAYOUTS.length], i + 1));
    paths.push(path);
  }
  return paths;
}
