import { toA1 } from "../core";
import type { CellValue, Grid, MergeArea } from "../core";
import type { ReadOptions } from "../ports/workbook-port";
import type { ExcelFeatures } from "./api-sets";
import { syncInBatches } from "./batches";
import { isPayloadTooLarge } from "./errors";
import { boxToA1, parseAreasAddress, parseRangeAddress, type CellBox } from "./office-address";
import { fromOfficeValue } from "./office-values";
import { bytesPerRow, packBySize, planRowSpans } from "./payload";

/** Rows of a sheet's top whose font names are read: the header area, then a sample of data rows. */
export const HEADER_FONT_ROWS = 30;
export const FONT_SAMPLE_ROWS = 30;
/** The top rows read with the fonts; their size also estimates the payload of the rest. */
export const HEAD_ROWS = HEADER_FONT_ROWS + FONT_SAMPLE_ROWS;

/** Where merged areas are asked for: the whole sheet, or only its top (Excel fails past 512 areas). */
type MergeScope = "sheet" | "head";

interface SheetHead {
  name: string;
  /** The used range (values only), null for an empty sheet. */
  box: CellBox | null;
  /** Values of the first rows of the used range (at most HEAD_ROWS). */
  rows: unknown[][];
  fonts: Record<string, string> | undefined;
  merges: MergeArea[] | undefined;
}

interface RowBlock {
  sheet: number;
  /** Rows of the block, relative to the top of the used range. */
  first: number;
  count: number;
  bytes: number;
}

const FONT_NAME_ONLY = { format: { font: { name: true } } };

function isBlankText(value: unknown): boolean {
  return (
    value === "" ||
    value === null ||
    value === undefined ||
    (typeof value === "string" && value.trim() === "")
  );
}

/** Font names of the header area's filled cells and of the sample's text cells, by A1 address. */
function fontsOf(
  box: CellBox,
  rows: unknown[][],
  properties: Excel.CellProperties[][],
): Record<string, string> {
  const fonts: Record<string, string> = {};
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (isBlankText(value)) return;
      if (r >= HEADER_FONT_ROWS && typeof value !== "string") return;
      const name = properties[r]?.[c]?.format?.font?.name;
      if (name) fonts[toA1(box.top + r, box.left + c)] = name;
    });
  });
  return fonts;
}

interface HeadRequest {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  head: Excel.Range;
  properties: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  merged: Excel.RangeAreas | null;
}

function queueHead(sheet: Excel.Worksheet, features: ExcelFeatures, scope: MergeScope): HeadRequest {
  // The null object tells an empty sheet apart; the plain used range (A1 on an empty sheet) anchors
  // the ranges derived from it, because nothing may be called on a null object.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address");
  const head = sheet
    .getUsedRange(true)
    .getRow(0)
    .getResizedRange(HEAD_ROWS - 1, 0);
  head.load("values");
  const properties = features.fonts ? head.getCellProperties(FONT_NAME_ONLY) : null;
  const merged = features.merges
    ? (scope === "sheet" ? sheet.getRange() : head).getMergedAreasOrNullObject()
    : null;
  if (merged) merged.load("address");
  return { sheet, used, head, properties, merged };
}

/** Reads a head request after its sync. */
function collectHead(request: HeadRequest): SheetHead {
  const { sheet, used, head, properties, merged } = request;
  const merges = merged ? (merged.isNullObject ? [] : parseAreasAddress(merged.address)) : undefined;
  const box = used.isNullObject ? null : parseRangeAddress(used.address);
  if (!box) return { name: sheet.name, box: null, rows: [], fonts: properties ? {} : undefined, merges };
  const rows = head.values.slice(0, Math.min(HEAD_ROWS, box.bottom - box.top + 1));
  const fonts = properties ? fontsOf(box, rows, properties.value) : undefined;
  return { name: sheet.name, box, rows, fonts, merges };
}

async function readHeads(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  features: ExcelFeatures,
): Promise<SheetHead[]> {
  const indexes = sheets.map((_, i) => i);
  const attempt = (scope: MergeScope): Promise<SheetHead[]> =>
    syncInBatches(
      context,
      [indexes],
      (i) => {
        const request = queueHead(sheets[i], features, scope);
        return () => collectHead(request);
      },
      () => null,
    );
  try {
    return await attempt("sheet");
  } catch (error) {
    // Excel refuses to list more than 512 merged areas at once; the header's merges are the ones
    // recognition needs, so ask again for the top rows only.
    if (!features.merges || isPayloadTooLarge(error)) throw error;
    return attempt("head");
  }
}

function blocksOf(heads: SheetHead[]): RowBlock[] {
  const blocks: RowBlock[] = [];
  heads.forEach((head, sheet) => {
    if (!head.box) return;
    const height = head.box.bottom - head.box.top + 1;
    const width = head.box.right - head.box.left + 1;
    const rowBytes = bytesPerRow(head.rows);
    for (const span of planRowSpans(height - HEAD_ROWS, width, rowBytes)) {
      blocks.push({ sheet, first: HEAD_ROWS + span.first, count: span.count, bytes: rowBytes * span.count });
    }
  });
  return blocks;
}

function halves(block: RowBlock): RowBlock[] | null {
  if (block.count < 2) return null;
  const count = Math.ceil(block.count / 2);
  return [
    { ...block, count, bytes: block.bytes / 2 },
    { ...block, first: block.first + count, count: block.count - count, bytes: block.bytes / 2 },
  ];
}

function queueBlock(sheets: Excel.Worksheet[], heads: SheetHead[], block: RowBlock): Excel.Range {
  const box = heads[block.sheet].box as CellBox;
  const top = box.top + block.first;
  const range = sheets[block.sheet].getRange(
    boxToA1({ top, left: box.left, bottom: top + block.count - 1, right: box.right }),
  );
  range.load("values");
  return range;
}

/** The values of a block's range after its sync. */
function valuesOf(range: Excel.Range): unknown[][] {
  return range.values;
}

/** A grid whose row 0 is the sheet's row 1 and column 0 is column A. */
function toGrid(head: SheetHead, valueRows: unknown[][]): Grid {
  const rows: CellValue[][] = [];
  const box = head.box;
  if (box) {
    for (let r = 0; r < box.top; r++) rows.push([]);
    const lead: CellValue[] = new Array<CellValue>(box.left).fill(null);
    for (const source of valueRows) rows.push(lead.concat(source.map(fromOfficeValue)));
  }
  const grid: { name: string; rows: CellValue[][]; fonts?: Record<string, string>; merges?: MergeArea[] } = {
    name: head.name,
    rows,
  };
  if (head.fonts) grid.fonts = head.fonts;
  if (head.merges) grid.merges = head.merges;
  return grid;
}

/**
 * Reads every sheet in a number of syncs that does not depend on the number of rows:
 * 1. the sheet list;
 * 2. for every sheet, the used range's address, its top rows' values and fonts, and its merged areas;
 * 3. the rest of every sheet's values, in row blocks only where a sheet would pass the 5 MB limit
 *    of Excel on the web (estimated from the top rows); skipped when the top rows were all there was.
 * A sync refused as too large is retried in smaller blocks.
 */
export async function readAllSheets(
  context: Excel.RequestContext,
  features: ExcelFeatures,
  options: ReadOptions = {},
): Promise<Grid[]> {
  const collection = context.workbook.worksheets;
  collection.load("items/name");
  await context.sync();
  const sheets = collection.items;
  const heads = await readHeads(context, sheets, features);

  const blocks = blocksOf(heads);
  const waiting = heads.map((_, i) => blocks.filter((block) => block.sheet === i).length);
  const report = (): void => options.onProgress?.(waiting.filter((n) => n === 0).length, heads.length);
  report();

  const restBySheet = heads.map((): unknown[][] => []);
  const batches = packBySize(blocks, (block) => block.bytes);
  await syncInBatches(
    context,
    batches,
    (block) => {
      const range = queueBlock(sheets, heads, block);
      return () => valuesOf(range);
    },
    halves,
    (done, results) => {
      done.forEach((block, i) => {
        restBySheet[block.sheet].push(...results[i]);
        // A block split after a refusal arrives in halves; the sheet is complete when all rows are in.
        if (restBySheet[block.sheet].length + HEAD_ROWS >= rowsOf(heads[block.sheet]))
          waiting[block.sheet] = 0;
      });
      report();
    },
  );
  return heads.map((head, i) => toGrid(head, head.rows.concat(restBySheet[i])));
}

function rowsOf(head: SheetHead): number {
  return head.box ? head.box.bottom - head.box.top + 1 : 0;
}
