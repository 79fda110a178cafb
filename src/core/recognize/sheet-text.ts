import { toA1 } from "../grid/address";
import { cellAt, gridWidth, isCellError, type CellValue, type Grid, type MergeArea } from "../grid/types";
import { decodeLegacy, detectLegacyEncoding, foldText, fontLegacyEncoding, normalizeText } from "../text";
import { displayValue } from "../grid/cell";

export type LegacyEncoding = "tcvn3" | "vni";

/** A decoded cell, kept as an example for the `legacy-encoding` notice. */
export interface LegacySample {
  cell: string;
  raw: string;
  decoded: string;
}

const HEADER_SCAN_ROWS = 40;
/** Merged cells are indexed this far below the scanned header rows (a header found at row 40 may span a few more). */
const MERGE_INDEX_EXTRA_ROWS = 20;

/**
 * Text access to one sheet: each string cell normalized to NFC and, on a sheet typed in a legacy
 * encoding, decoded to Unicode. Results are cached because the same texts repeat (levels, names
 * of cells). The grid itself is never changed.
 */
export class SheetText {
  readonly encoding: LegacyEncoding | null;
  readonly legacySample: LegacySample | null = null;
  private readonly cache = new Map<string, string>();
  private readonly foldCache = new Map<string, string>();
  private readonly masterOf = new Map<number, { row: number; col: number }>();
  private widthOfGrid: number | null = null;
  /** Twice the cells of the indexed area at its widest. */
  private mergeBudget = 2 * (HEADER_SCAN_ROWS + MERGE_INDEX_EXTRA_ROWS + 1) * 16384;

  constructor(readonly grid: Grid) {
    this.encoding = detectSheetEncoding(grid);
    for (const merge of grid.merges ?? []) this.indexMerge(merge, this.width);
    if (this.encoding) this.legacySample = this.findLegacySample();
  }

  /** The number of columns of the widest row, found once: each search would otherwise walk every row. */
  get width(): number {
    this.widthOfGrid ??= gridWidth(this.grid);
    return this.widthOfGrid;
  }

  raw(row: number, col: number): CellValue {
    return cellAt(this.grid, row, col);
  }

  /**
   * Whether text() gives a non-empty text. Most callers only ask that of a cell (is the name
   * filled?), and a Unicode text is non-empty exactly when it holds a character other than white
   * space: no need to normalize it (trim() and normalizeText's \s are the same set of characters).
   */
  hasText(row: number, col: number): boolean {
    return this.hasTextOf(cellAt(this.grid, row, col), row, col);
  }

  /** hasText() of a value already read from its row (a missing cell is undefined): no second look-up. */
  hasTextOf(value: CellValue | undefined, row: number, col: number): boolean {
    if (typeof value === "string" && !this.encoding) return holdsNonSpace(value);
    if (typeof value === "number") return true;
    return value !== null && value !== undefined && this.textOf(value, row, col) !== "";
  }

  /** The cell as text: decoded, NFC, spaces collapsed; numbers as written; "" for empty or errors. */
  text(row: number, col: number): string {
    return this.textOf(cellAt(this.grid, row, col), row, col);
  }

  /** text() of a value already read from its row (a missing cell is undefined): no second look-up. */
  textOf(value: CellValue | undefined, row: number, col: number): string {
    if (typeof value === "string") return this.decodeString(value, row, col);
    if (value === null || value === undefined || isCellError(value)) return "";
    return displayValue(value);
  }

  folded(row: number, col: number): string {
    const text = this.text(row, col);
    let folded = this.foldCache.get(text);
    if (folded === undefined) {
      folded = foldText(text);
      this.foldCache.set(text, folded);
    }
    return folded;
  }

  /** Like text(), but a cell inside a merged area reads the area's top-left value (header rows). */
  headerText(row: number, col: number): string {
    const master = this.masterOf.get(row * 16384 + col);
    return master ? this.text(master.row, master.col) : this.text(row, col);
  }

  private indexMerge(merge: MergeArea, width: number): void {
    if (merge.top > HEADER_SCAN_ROWS + 3) return;
    // Only the header area and the columns that hold values are ever asked for: an area merged
    // over the whole sheet must not cost a billion entries.
    const bottom = Math.min(merge.bottom, HEADER_SCAN_ROWS + MERGE_INDEX_EXTRA_ROWS);
    const right = Math.min(merge.right, width);
    const master = { row: merge.top, col: merge.left };
    for (let r = merge.top; r <= bottom; r++)
      for (let c = merge.left; c <= right; c++) {
        // Areas that do not overlap index each cell once; overlapping ones (a damaged or
        // hostile file) stop here instead of costing merges × cells.
        if (this.mergeBudget-- <= 0) return;
        this.masterOf.set(r * 16384 + c, master);
      }
  }

  private decodeString(value: string, row: number, col: number): string {
    // Unicode sheets (nearly all): normalizing is cheap and most texts are unique (names), so no cache.
    if (!this.encoding) return normalizeText(value);
    const font = this.grid.fonts?.[toA1(row, col)];
    const key = `${font ?? ""}\u0000${value}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    let text = value;
    const byFont = fontLegacyEncoding(font);
    if (byFont) text = decodeLegacy(value, byFont.encoding, { capitals: byFont.capitals });
    // Where the font is unknown or a Unicode font, the characters must tell on their own.
    else if (looksLegacy(value) && (font === undefined || detectLegacyEncoding([value]) === this.encoding))
      text = decodeLegacy(value, this.encoding, { capitals: typedInCapitals(value) });
    text = normalizeText(text);
    this.cache.set(key, text);
    return text;
  }

  /** The first words of a cell, folded, without caching: enough to tell a total or signature row. */
  leadingWords(row: number, col: number): string {
    const text = this.text(row, col);
    return text ? foldText(text.length > 20 ? text.slice(0, 20) : text) : "";
  }

  private findLegacySample(): LegacySample | null {
    for (let r = 0; r < this.grid.rows.length; r++) {
      const line = this.grid.rows[r];
      for (let c = 0; c < line.length; c++) {
        const value = line[c];
        if (typeof value === "string" && looksLegacy(value)) {
          const decoded = this.text(r, c);
          if (decoded !== normalizeText(value)) return { cell: toA1(r, c), raw: value, decoded };
        }
      }
    }
    return null;
  }
}

/**
 * Whether a text holds a character other than white space, as `value.trim() !== ""` says: a
 * text opening with a printable ASCII character or a letter below U+1680 (no white space lies
 * between U+00A1 and U+167F), as nearly every name does, is answered without trimming.
 */
export function holdsNonSpace(value: string): boolean {
  const first = value.charCodeAt(0);
  if ((first > 32 && first < 127) || (first > 0xa0 && first < 0x1680)) return true;
  return value.trim() !== "";
}

/** Legacy 8-bit text read as Unicode: Latin-1 characters only, at least one of them above ASCII. */
const LEGACY_LOOKING = /^[\0-\x7f]*[\x80-\xff][\0-\xff]*$/;

/**
 * Whether a text looks legacy. A regular expression, not a loop over its characters: the sheet's
 * encoding is judged by the first texts that look so, which on a Unicode list means some 15,000
 * cells, read before any loop over them is optimized, where a regular expression runs compiled.
 */
export function looksLegacy(value: string): boolean {
  return LEGACY_LOOKING.test(value);
}

/**
 * TCVN3 has no toned capitals, so a title typed in capitals used a capitals font (.VnTimeH) with
 * lowercase codes for the toned vowels: when every ASCII letter is a capital, so is every letter.
 */
function typedInCapitals(value: string): boolean {
  const letters = value.replace(/[^A-Za-z]/g, "");
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** By font names where the reader saw them, by characters otherwise. */
function detectSheetEncoding(grid: Grid): LegacyEncoding | null {
  // A sheet names a few fonts over and over: each name is judged once, with its count.
  const byName = new Map<string, number>();
  for (const font of grid.fonts ? Object.values(grid.fonts) : [])
    byName.set(font, (byName.get(font) ?? 0) + 1);
  const counts = new Map<LegacyEncoding, number>();
  for (const [font, times] of byName) {
    const legacy = fontLegacyEncoding(font);
    if (legacy) counts.set(legacy.encoding, (counts.get(legacy.encoding) ?? 0) + times);
  }
  let best: LegacyEncoding | null = null;
  for (const [encoding, count] of counts) if (!best || count > (counts.get(best) ?? 0)) best = encoding;
  if (best) return best;
  // Indexed loops: this one runs once a sheet, over its first rows, before it is optimized, where
  // for…of would make an iterator a row and call it a cell.
  const texts: string[] = [];
  const rows = grid.rows;
  for (let r = 0; r < rows.length && texts.length < 400; r++) {
    const line = rows[r];
    for (let c = 0; c < line.length; c++) {
      const value = line[c];
      if (typeof value === "string" && looksLegacy(value)) texts.push(value);
    }
  }
  return texts.length ? detectLegacyEncoding(texts) : null;
}

export { HEADER_SCAN_ROWS };
