/**
 * Hostile and broken unit workbooks, made in the tests from a good generated unit: a
 * 17,000-character cell, a criteria sheet with a catastrophic pattern, a forged marker claiming a
 * huge total row, a truncated file. Node and ExcelJS only (used by tests and the bench).
 */
import { Workbook } from "exceljs";
import { generateUnit, unitWorkbook, type GeneratedUnit } from "./generate-units";

/** A text as long as the one that stopped summarize: legal in a cell, too long to copy twice into one. */
export const LONG_TEXT_LENGTH = 17_211;

export function hostileUnit(name: string, seed: number): GeneratedUnit {
  return generateUnit({
    name,
    parent: "Đảng bộ phường Hòa Bình",
    period: 2025,
    seed,
    members: 12,
    capSafe: true,
  });
}

async function edit(bytes: Uint8Array, change: (wb: Workbook) => void): Promise<Uint8Array> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  change(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The unit's list with one member's level replaced by a 17,211-character text. */
export async function longCellWorkbook(unit: GeneratedUnit): Promise<Uint8Array> {
  return edit(await unitWorkbook(unit, "level-text"), (wb) => {
    const ws = wb.worksheets[0];
    let done = false;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (
          !done &&
          typeof cell.value === "string" &&
          /hoàn thành|HTTNV|HTNV/i.test(cell.value) &&
          row.number > 8
        ) {
          cell.value = "Hoàn thành tốt nhiệm vụ " + "x".repeat(LONG_TEXT_LENGTH - 24);
          done = true;
        }
      }),
    );
  });
}

/** A "Tiêu chí" sheet whose card-number pattern backtracks catastrophically on a card number. */
export const HOSTILE_PATTERN = "^(\\d+|\\d+\\.?)+$";

export async function hostilePatternWorkbook(
  unit: GeneratedUnit,
  criteriaRows: (string | number | null)[][],
): Promise<Uint8Array> {
  return edit(await unitWorkbook(unit, "level-text"), (wb) => {
    const ws = wb.addWorksheet("Tiêu chí");
    for (const row of criteriaRows) ws.addRow(row);
  });
}

/** The first `fraction` of a workbook's bytes: a file cut off in the middle of its download. */
export function truncated(bytes: Uint8Array, fraction = 0.6): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * fraction));
}
