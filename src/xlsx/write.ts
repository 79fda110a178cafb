import type { Worksheet } from "exceljs";
import { isChiboSheet } from "../core";
import type { SheetSpec } from "../core";
import type { WriteResult } from "../ports/workbook-port";
import type { XlsxBook } from "./book";
import { XlsxWriteError } from "./errors";
import { fillWorksheet } from "./fill-sheet";
import { fixInternalLinks } from "./internal-links";
import { firstRowGrid } from "./sheet-grid";
import { candidateNames, sameSheetName, sheetNameProblem } from "./sheet-names";

interface Placement {
  spec: SheetSpec;
  /** The name the sheet gets. */
  actual: string;
  /** Our earlier sheet it replaces, if any. */
  replaces: Worksheet | null;
}

/**
 * Writes the sheets all or nothing (design.md, safety rules):
 * 1. every name is checked and placed: a free name is used, a sheet carrying chibo's marker is
 *    replaced, a user's sheet is never touched and ours takes "Name (2)", "Name (3)" …;
 * 2. every new sheet is built completely under a temporary name;
 * 3. only then are the old sheets removed and the new ones renamed into place (taking the
 *    replaced sheet's tab position).
 * A failure in 1 or 2 throws XlsxWriteError and leaves the workbook exactly as it was.
 */
export function applySheetSpecs(book: XlsxBook, specs: readonly SheetSpec[]): WriteResult {
  for (const spec of specs) {
    const problem = sheetNameProblem(spec.name);
    if (problem) throw new XlsxWriteError("invalid-name", spec.name, problem);
  }
  const placements = placeSheets(book, specs);
  const { built, links } = buildAll(book, placements);
  swapIn(book, placements, built);
  book.internalLinks += links;
  return {
    written: placements.map((p) => ({ requested: p.spec.name, actual: p.actual })),
    replaced: placements.flatMap((p) => (p.replaces ? [p.actual] : [])),
  };
}

/** The workbook as .xlsx bytes. */
export async function writeXlsx(book: XlsxBook): Promise<Uint8Array> {
  const buffer: unknown = await book.workbook.xlsx.writeBuffer();
  const bytes = toBytes(buffer);
  return book.internalLinks > 0 ? fixInternalLinks(bytes) : bytes;
}

function placeSheets(book: XlsxBook, specs: readonly SheetSpec[]): Placement[] {
  const sheets = book.workbook.worksheets;
  const claimed: string[] = [];
  const placements: Placement[] = [];
  for (const spec of specs) {
    let placement: Placement | null = null;
    for (const candidate of candidateNames(spec.name)) {
      if (claimed.some((name) => sameSheetName(name, candidate))) continue;
      const existing = sheets.find((ws) => sameSheetName(ws.name, candidate));
      if (!existing) {
        placement = { spec, actual: candidate, replaces: null };
      } else if (isChiboSheet(firstRowGrid(existing))) {
        // Keep the existing spelling of the name: it is ours, and users may link to it.
        placement = { spec, actual: existing.name, replaces: existing };
      }
      if (placement) break;
    }
    if (!placement)
      throw new XlsxWriteError("no-free-name", spec.name, "every candidate name is taken by a user's sheet");
    claimed.push(placement.actual);
    placements.push(placement);
  }
  return placements;
}

function buildAll(book: XlsxBook, placements: readonly Placement[]): { built: Worksheet[]; links: number } {
  const built: Worksheet[] = [];
  let links = 0;
  let current = "";
  try {
    for (const placement of placements) {
      current = placement.spec.name;
      const ws = book.workbook.addWorksheet(temporaryName(book, built.length));
      built.push(ws);
      links += fillWorksheet(ws, placement.spec);
    }
  } catch (error) {
    for (const ws of built) book.workbook.removeWorksheet(ws.id);
    if (error instanceof XlsxWriteError) throw error;
    throw new XlsxWriteError("build-failed", current, error instanceof Error ? error.message : String(error));
  }
  return { built, links };
}

function swapIn(book: XlsxBook, placements: readonly Placement[], built: readonly Worksheet[]): void {
  placements.forEach((placement, i) => {
    const ws = built[i];
    if (placement.replaces) {
      const orderNo = orderOf(placement.replaces);
      book.workbook.removeWorksheet(placement.replaces.id);
      setOrder(ws, orderNo);
    }
    ws.name = placement.actual;
  });
}

/** A name no sheet has, used while a sheet is being built. */
function temporaryName(book: XlsxBook, index: number): string {
  const sheets = book.workbook.worksheets;
  for (let n = index; ; n++) {
    const name = `~chibo-building-${n}`;
    if (!sheets.some((ws) => sameSheetName(ws.name, name))) return name;
  }
}

/** ExcelJS orders tabs by `orderNo`, a field its typings leave out. */
function orderOf(ws: Worksheet): number {
  return (ws as unknown as { orderNo: number }).orderNo;
}

function setOrder(ws: Worksheet, orderNo: number): void {
  (ws as unknown as { orderNo: number }).orderNo = orderNo;
}

/** ExcelJS gives a Node Buffer in Node and an ArrayBuffer-like in browsers. */
function toBytes(buffer: unknown): Uint8Array {
  if (ArrayBuffer.isView(buffer)) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (Object.prototype.toString.call(buffer) === "[object ArrayBuffer]")
    return new Uint8Array(buffer as ArrayBuffer);
  throw new Error("ExcelJS returned no bytes");
}
