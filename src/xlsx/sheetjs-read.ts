import { read, type CellObject, type WorkBook, type WorkSheet } from "@e965/xlsx";
import type { CellValue, Grid } from "../core/grid/types";
import { XlsxReadError } from "./errors";
import { ReadBudget, SheetBuilder } from "./grid-builder";
import type { ReadLimits } from "./limits";
import { isDateFormat } from "./ooxml-parts";

const MS_PER_DAY = 24 * 3600 * 1000;
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1904 = 1462;

/** Font names by cell, where the format's own reader found them (see xls-fonts.ts, ods-fonts.ts). */
export type FontLookup = (sheetIndex: number, row: number, col: number) => string | null;

/**
 * .xls (Excel 97–2003, and 5.0/95) and .ods by SheetJS Community Edition (@e965/xlsx), into the
 * same grids as the .xlsx reader: cached formula results, numbers in a date format as Dates at UTC
 * midnight of the day shown, errors as { error }, merged areas. SheetJS gives no font names, so
 * those come from `fonts` when given. The caller has checked the file's size; the cells, merges and
 * sheets are counted against the limits here.
 */
export function readSheetjsGrids(
  bytes: Uint8Array,
  kind: "xls" | "ods",
  limits: ReadLimits,
  fonts: FontLookup | null = null,
): Grid[] {
  const workbook = parseQuietly(bytes, kind);
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const names = workbook.SheetNames.filter((name) => {
    const type = (workbook.Sheets[name] as { "!type"?: string } | undefined)?.["!type"];
    return type === undefined || type === "sheet";
  });
  if (names.length === 0) throw new XlsxReadError("not-xlsx", "no worksheet in the file");
  if (names.length > limits.maxSheets) throw XlsxReadError.limit("sheets", names.length, limits.maxSheets);
  const budget = new ReadBudget(limits);
  return names.map((name) => {
    const sheetIndex = workbook.SheetNames.indexOf(name);
    return sheetGrid(name, workbook.Sheets[name], sheetIndex, date1904, budget, fonts);
  });
}

function parseQuietly(bytes: Uint8Array, kind: "xls" | "ods"): WorkBook {
  // SheetJS reports number formats it only approximates with console.error; the grid does not
  // use formats beyond "is it a date", so those lines would only alarm a user of the CLI.
  const original = console.error;
  console.error = () => undefined;
  try {
    return read(bytes, {
      type: "array",
      dense: true,
      cellNF: true,
      cellDates: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
    });
  } catch (error) {
    throw new XlsxReadError(
      kind === "xls" ? "legacy-xls" : "corrupt",
      error instanceof Error ? error.message : String(error),
    );
  } finally {
    console.error = original;
  }
}

function sheetGrid(
  name: string,
  sheet: WorkSheet,
  sheetIndex: number,
  date1904: boolean,
  budget: ReadBudget,
  fonts: FontLookup | null,
): Grid {
  // The style number handed to the builder is unused: font names come from the lookup.
  const builder = new SheetBuilder(name, budget, (_style, row, col) =>
    fonts ? fonts(sheetIndex, row, col) : null,
  );
  const data = (sheet as { "!data"?: (CellObject | undefined)[][] })["!data"] ?? [];
  for (let r = 0; r < data.length; r++) {
    const line = data[r];
    if (!line) continue;
    for (let c = 0; c < line.length; c++) {
      const cell = line[c];
      if (!cell) continue;
      const value = cellValue(cell, date1904);
      if (value !== null) builder.add(r, c, value, 0);
    }
  }
  for (const merge of sheet["!merges"] ?? [])
    builder.addMerge({ top: merge.s.r, left: merge.s.c, bottom: merge.e.r, right: merge.e.c });
  return builder.finish();
}

function cellValue(cell: CellObject, date1904: boolean): CellValue {
  switch (cell.t) {
    case "s":
      return typeof cell.v === "string" ? cell.v : null;
    case "b":
      return cell.v === true;
    case "e":
      return { error: cell.w ?? String(cell.v) };
    case "d":
      return cell.v instanceof Date && !Number.isNaN(cell.v.getTime()) ? cell.v : null;
    case "n": {
      const number = cell.v;
      if (typeof number !== "number") return null;
      if (!Number.isFinite(number)) return "NaN";
      const format = typeof cell.z === "string" ? cell.z : "";
      if (format && format !== "General" && isDateFormat(format)) {
        const time = Math.round((number - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * MS_PER_DAY);
        return new Date(time);
      }
      return number;
    }
    default:
      return null;
  }
}
