import type { CellValue } from "../core";
import { findMarker } from "../core";
import type { SheetSpec } from "../core";
import type { Lang } from "../i18n/types";
import type { WriteResult } from "../ports/workbook-port";
import type { ExcelFeatures } from "./api-sets";
import { queueSheetBuild } from "./apply-spec";
import { toExcelPortError } from "./errors";
import { parseRangeAddress } from "./office-address";
import { fromOfficeValue } from "./office-values";
import {
  isCandidateFor,
  planFinalNames,
  temporaryNames,
  TEMP_SHEET_PREFIX,
  type ExistingSheet,
} from "./sheet-names";

interface FirstRow {
  name: string;
  row: Excel.Range;
}

/** Whether a sheet's first used row is row 1 and holds chibo's marker. */
function carriesMarker(name: string, address: string, values: unknown[][]): boolean {
  const box = parseRangeAddress(address);
  if (!box || box.top !== 0) return false;
  const row: CellValue[] = new Array<CellValue>(box.left)
    .fill(null)
    .concat((values[0] ?? []).map(fromOfficeValue));
  return findMarker({ name, rows: [row] }) !== null;
}

/**
 * Deletes whatever temporary sheets exist (best effort, after a failed write).
 * Returns true when none is left.
 */
async function removeTemporarySheets(
  context: Excel.RequestContext,
  temporary: readonly string[],
): Promise<boolean> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const present = sheets.items.filter((sheet) => temporary.includes(sheet.name));
    if (present.length === 0) return true;
    present.forEach((sheet) => sheet.delete());
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the sheets all or nothing, in three syncs:
 * 1. the sheet names;
 * 2. the first rows of the sheets we might replace (to see which carry our marker), and every new
 *    sheet built completely under a temporary name, with calculation suspended;
 * 3. our old sheets deleted and the new ones renamed to their final names.
 * If sync 2 or 3 fails, the temporary sheets are removed and the error says the workbook is as it was.
 */
export async function writeAllSheets(
  context: Excel.RequestContext,
  features: ExcelFeatures,
  specs: readonly SheetSpec[],
  lang: Lang,
): Promise<WriteResult> {
  const collection = context.workbook.worksheets;
  collection.load("items/name");
  try {
    await context.sync();
  } catch (error) {
    throw toExcelPortError(error, "write", { lang, unchanged: true });
  }
  const existing = collection.items.map((sheet) => sheet.name);
  const requested = specs.map((spec) => spec.name);

  const firstRows: FirstRow[] = existing
    .filter((name) => requested.some((wanted) => isCandidateFor(name, wanted)))
    .map((name) => {
      const row = collection.getItem(name).getUsedRange(true).getRow(0);
      row.load("address,values");
      return { name, row };
    });
  const temporary = temporaryNames(existing, specs.length);
  context.workbook.application.suspendApiCalculationUntilNextSync();
  const built = specs.map((spec, i) => {
    const sheet = collection.add(temporary[i]);
    queueSheetBuild(sheet, spec, features);
    return sheet;
  });

  const fail = async (error: unknown): Promise<never> => {
    const clean = await removeTemporarySheets(context, temporary);
    throw toExcelPortError(error, "write", { lang, unchanged: clean, leftoverPrefix: TEMP_SHEET_PREFIX });
  };

  try {
    await context.sync();
  } catch (error) {
    return fail(error);
  }

  const sheetsNow: ExistingSheet[] = existing.map((name) => {
    const first = firstRows.find((entry) => entry.name === name);
    return { name, ours: first ? carriesMarker(name, first.row.address, first.row.values) : false };
  });
  const plan = planFinalNames(requested, sheetsNow);
  for (const name of plan.toDelete) collection.getItem(name).delete();
  built.forEach((sheet, i) => {
    sheet.name = plan.finalNames[i];
  });
  try {
    await context.sync();
  } catch (error) {
    return fail(error);
  }
  return {
    written: requested.map((name, i) => ({ requested: name, actual: plan.finalNames[i] })),
    replaced: plan.toDelete,
  };
}
