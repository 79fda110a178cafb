import type { CellPosition } from "../grid/address";
import { isCellError, type CellValue } from "../grid/types";
import { foldText, hasNonAscii } from "../text";
import { holdsNonSpace, type SheetText } from "./sheet-text";
import { headerWords } from "./match";
import { RowRoles } from "./row-roles";
import { RowSections } from "./row-sections";

export type { RowRole } from "./row-roles";

/** A section heading of a list grouped by cell ("II. Chi bộ ấp Tân Hòa (25 đảng viên)"). */
export interface TableSection {
  /** 0-based row of the heading. */
  row: number;
  /** The heading as written. */
  heading: string;
  /** The cell's name: the heading without its numbering and stated count. */
  name: string;
  /** The member count written in the heading, with its column, if any. */
  stated: { value: number; col: number } | null;
  /** 0-based record rows of the section. */
  records: number[];
  /** 0-based row of the subtotal that closes the section, if any. */
  subtotalRow: number | null;
}

/** A subtotal or total row and the records it sums. */
export interface TableSum {
  row: number;
  kind: "subtotal" | "total";
  /** The section a subtotal closes, null for a total (all records above it). */
  section: TableSection | null;
  records: number[];
}

export interface RowCounts {
  records: number;
  sections: number;
  subtotals: number;
  totals: number;
  /** Continuations, notes, the signature block and unread rows. */
  skipped: number;
}

export interface DataExtent {
  /** 0-based rows holding records, blank rows left out. */
  rows: number[];
  /** 0-based row of the (grand) "Tổng cộng" row, if any. */
  totalRow: number | null;
  /** 0-based row where the "Nơi nhận" / signature block starts, if any. */
  footerRow: number | null;
  /** The section name of each record row of a list grouped by cell. */
  sections: RowSections;
  /** Every non-blank row from the first data row to the end of the table, with its role. */
  roles: RowRoles;
  /** Section headings in order. */
  sectionList: TableSection[];
  /** Subtotal and total rows in order. */
  sums: TableSum[];
  /** Continuation rows, by the record row they continue (a member over several rows). */
  continuations: Map<number, number>;
  /** First record row of each block of records found after the place the table seemed to end. */
  continuedBlocks: number[];
  /**
   * The cells holding an error value (#REF!, #N/A) in the non-blank rows under the header, from
   * top to bottom: found while each row is read anyway, so that reporting them takes no second
   * walk over every row.
   */
  errorCells: CellPosition[];
  /** 0-based row the table's body starts at (under the header and its numbering row). */
  bodyStart: number;
}

export interface ExtentOptions {
  /** The index (STT) column, if mapped. */
  indexColumn?: number;
  /** Whether the table is a list that may be grouped by cell (members, collectives). */
  list?: boolean;
  /** Columns whose filling makes a row a record of its own (the level columns of a list). */
  recordColumns?: number[];
  /** Whether a text in a record column is a rating ("HTTNV", "x"): a row holding one is no signature. */
  isRating?: (text: string) => boolean;
}

/** A total's label: "Tổng cộng", "Tổng số", "Cộng" alone or with its count ("Cộng: 25 đảng viên"), "Cộng chi bộ …". */
const TOTAL =
  /^(tong cong|tong so)\b|^(cong|tong)$|^(cong|tong) \d{1,5}\b|^cong (chi bo|to|dang bo|toan|khoi|ap|thon|khu|phan)\b/;
const GRAND_TOTAL = /^(tong cong|tong so|tong|cong toan|cong chung)\b/;
const FOOTER = /^(noi nhan|t m |tm |k t |kt |thay mat|bi thu|nguoi lap|xac nhan|ky ten)/;
const SECTION = /^((chi bo|dang bo|to dang|to dan pho|ap|thon|khu pho|khoi)\b|[ivx]{1,4}\s)/;
const ROMAN_INDEX = /^[ivx]{1,4}$/;
const ORDINAL = /^\d{1,5}\.?$/;
/** A count written in a heading or a subtotal: "(25 đảng viên)", "(25)", ": 12 đồng chí". */
const STATED_COUNT =
  /(?:\(\s*(\d{1,5})\s*(?:dang vien|dong chi|d\/c|dv|nguoi|chi bo)?\s*\)|[:=]\s*(\d{1,5})\b|(\d{1,5})\s*(?:dang vien|dong chi|d\/c)\b)/;

/** An extent with no rows yet; rows `bodyStart` to `lastRow` may get a role. */
export function emptyExtent(bodyStart = 0, lastRow = bodyStart - 1): DataExtent {
  return {
    rows: [],
    totalRow: null,
    footerRow: null,
    sections: new RowSections(bodyStart, lastRow),
    roles: new RowRoles(bodyStart, lastRow),
    sectionList: [],
    sums: [],
    continuations: new Map(),
    continuedBlocks: [],
    errorCells: [],
    bodyStart,
  };
}

/** How many rows of each role a table has. */
export function rowCounts(extent: DataExtent): RowCounts {
  const byRole = extent.roles.counts();
  return {
    records: byRole.record,
    sections: byRole.section,
    subtotals: byRole.subtotal,
    totals: byRole.total,
    skipped: byRole.continuation + byRole.note + byRole.signature + byRole.unread,
  };
}

/** The number a heading or subtotal label states, if it states one. */
export function statedCount(folded: string): number | null {
  const match = STATED_COUNT.exec(folded);
  if (!match) return null;
  return Number(match[1] ?? match[2] ?? match[3]);
}

/** A heading reduced to the cell's name: no numbering in front, no count in brackets behind. */
export function sectionName(heading: string): string {
  return heading
    .replace(/^\s*[IVXivx]{1,4}\s*[.):\-–]?\s+/, "")
    .replace(/\s*[(（][^()]*\d[^()]*[)）]\s*$/, "")
    .replace(/\s*[:\-–]\s*\d+\s*(đảng viên|đồng chí|đ\/c)?\s*$/iu, "")
    .trim();
}

/** A set of the rows from `first` to `last`: one byte a row instead of a hash entry. */
class RowFlags {
  private readonly flags: Uint8Array;

  constructor(
    private readonly first: number,
    last: number,
  ) {
    this.flags = new Uint8Array(Math.max(0, last - first + 1));
  }

  add(row: number): void {
    this.flags[row - this.first] = 1;
  }

  /** Adds rows `from` to `to` (inclusive). */
  addRun(from: number, to: number): void {
    this.flags.fill(1, from - this.first, to - this.first + 1);
  }

  has(row: number): boolean {
    return row >= this.first && this.flags[row - this.first] === 1;
  }
}

interface Scan {
  text: SheetText;
  width: number;
  keyColumns: number[];
  indexColumn: number | null;
  options: ExtentOptions;
  /** Whether a filled key and a number are two filled cells (see findDataExtent). */
  keyApartFromIndex: boolean;
}

/**
 * Finds where the data of a table lies and what each row under its header is: records, rows that
 * continue the record above, section headings, subtotals, totals, notes and the signature block.
 * Subtotals ("Cộng" under each cell) do not end the table; the signature block does, and records
 * found after it are kept and listed in `continuedBlocks` so that they are reported, not dropped.
 */
export function findDataExtent(
  text: SheetText,
  firstDataRow: number,
  lastDataRow: number | null,
  keyColumns: number[],
  options: ExtentOptions = {},
): DataExtent {
  const width = Math.min(text.width, 200);
  const end =
    lastDataRow !== null ? Math.min(lastDataRow, text.grid.rows.length - 1) : text.grid.rows.length - 1;
  const indexColumn = options.indexColumn ?? (keyColumns.includes(0) || options.list === false ? null : 0);
  // Whether a filled key and a number are two filled cells (on a legacy sheet, a key's decoded
  // text may be a letter where the raw cell holds only a no-break space).
  const keyApartFromIndex = !text.encoding && indexColumn !== null && !keyColumns.includes(indexColumn);
  const scan: Scan = { text, width, keyColumns, indexColumn, options, keyApartFromIndex };
  const extent = emptyExtent(firstDataRow, end);
  const { roles } = extent;

  // First pass: a tentative role for every row; total-like rows are settled once we know what follows.
  const pass: FirstPass = {
    totalLike: [],
    keyed: 0,
    numbered: 0,
    recordLikeRows: new RowFlags(firstDataRow, end),
    records: new Array<number>(Math.max(0, end - firstDataRow + 1)),
    recordCount: 0,
    lastOwner: null,
    section: null,
    afterEnd: false,
    block: null,
  };
  const rows = text.grid.rows;
  for (let r = firstDataRow; r <= end; r++) {
    // Nearly every row of a long list is a record numbered in its index column with its key
    // filled: a run of them is taken at once (takePlainRecords); every other row goes the whole
    // way (readRow), with the same outcome for these rows.
    if (!pass.afterEnd && keyApartFromIndex && indexColumn !== null) {
      r = takePlainRecords(scan, extent, pass, indexColumn, r, end);
      if (r > end) break;
    }
    const line = rows[r];
    if (!line || line.length === 0) continue;
    readRow(scan, extent, pass, line, r, lastDataRow);
  }

  pass.records.length = pass.recordCount;
  extent.rows = pass.records;
  // Continuation rows only make sense where records are numbered; elsewhere a row without a
  // number but with a key is a record of its own, and every record is listed again (those past
  // the signature block too, which the first pass keeps apart in continuedBlocks).
  if (extent.continuations.size > 0 && pass.numbered * 3 < pass.keyed) {
    for (const [r] of extent.continuations) {
      if (anyText(text, r, keyColumns)) {
        roles.set(r, "record");
        extent.continuations.delete(r);
      }
    }
    extent.rows = roles.rowsWith("record");
  }
  listSectionRecords(extent);

  settleTotals(extent, pass.totalLike, text, width, pass.recordLikeRows);
  for (const s of extent.sectionList) extent.sections.setAll(s.records, s.name);

  if (extent.totalRow !== null && extent.footerRow === null) {
    for (let r = extent.totalRow + 1; r <= end && extent.footerRow === null; r++) {
      for (let c = 0; c < width; c++) {
        if (FOOTER.test(headerWords(text.folded(r, c)))) {
          extent.footerRow = r;
          break;
        }
      }
    }
  }
  return extent;
}

/** The state of the first pass over a table's rows, carried from row to row. */
interface FirstPass {
  totalLike: number[];
  /** Rows with their key filled, and those of them numbered in the index column. */
  keyed: number;
  numbered: number;
  recordLikeRows: RowFlags;
  /**
   * The records met, in `records[0]` to `records[recordCount - 1]`: the list is made at the
   * length of the table, the most it can hold, and cut to its count once (in place), where
   * growing it by push to 100,000 records would leave some 2 MB of outgrown copies on the JS heap.
   */
  records: number[];
  recordCount: number;
  /** The record a continuation row belongs to. */
  lastOwner: number | null;
  section: TableSection | null;
  /** Past the signature block. */
  afterEnd: boolean;
  /** First row of the block of records found past the end, while in one. */
  block: number | null;
}

/** A row's tentative role in the first pass, for any row (findDataExtent takes the plain records itself). */
function readRow(
  scan: Scan,
  extent: DataExtent,
  pass: FirstPass,
  line: readonly CellValue[],
  r: number,
  lastDataRow: number | null,
): void {
  const { text, keyColumns, options, keyApartFromIndex } = scan;
  const { roles } = extent;
  const ordinal = hasOrdinal(scan, r);
  const keyFilled = anyText(text, r, keyColumns);
  // Whether a row has one filled cell, two, or more is all that is asked: the usual record, its
  // number and its key filled, has two at least; the other rows are counted, with no list made.
  const filled = ordinal && keyFilled && keyApartFromIndex ? 2 : countFilled(line, 3);
  if (filled === 0) return;
  collectErrorCells(line, r, extent.errorCells);
  const likeRecord = recordLike(scan, r, ordinal, keyFilled);
  if (likeRecord) pass.recordLikeRows.add(r);
  if (pass.afterEnd) {
    // Past the signature block: a record-like row starts or continues a block that is read, not dropped.
    if (likeRecord) {
      if (pass.block === null) {
        pass.block = r;
        extent.continuedBlocks.push(r);
      }
      roles.set(r, "record");
      pass.lastOwner = r;
    } else {
      pass.block = null;
      roles.set(r, "signature");
    }
    return;
  }
  if (lastDataRow === null && !ordinal) {
    const firstText = firstTextWords(scan, line, r);
    if (
      FOOTER.test(firstText) &&
      !keyColumns.some((c) => text.hasText(r, c) && headerWords(text.leadingWords(r, c)) !== firstText) &&
      !holdsRating(scan, r)
    ) {
      extent.footerRow = r;
      roles.set(r, "signature");
      pass.afterEnd = true;
      return;
    }
    if (isTotalRow(text, r, Math.min(scan.width, 4))) {
      pass.totalLike.push(r);
      roles.set(r, "total");
      return;
    }
  }
  if (options.list !== false) {
    const heading = sectionHeading(scan, line, r, filled, keyFilled);
    if (heading !== null) {
      pass.section = {
        row: r,
        heading: heading.text,
        name: sectionName(heading.text) || heading.text,
        stated: heading.stated,
        records: [],
        subtotalRow: null,
      };
      extent.sectionList.push(pass.section);
      roles.set(r, "section");
      pass.lastOwner = null;
      return;
    }
  }
  if (keyFilled) {
    pass.keyed++;
    if (ordinal) pass.numbered++;
    if (options.list !== false && !ordinal && pass.lastOwner !== null && continuesRecord(scan, r)) {
      roles.set(r, "continuation");
      extent.continuations.set(r, pass.lastOwner);
      return;
    }
    roles.set(r, "record");
    pass.records[pass.recordCount++] = r;
    pass.lastOwner = r;
    return;
  }
  if (
    !ordinal &&
    pass.lastOwner !== null &&
    options.list !== false &&
    !(options.recordColumns ?? []).some((c) => text.hasText(r, c))
  ) {
    roles.set(r, "continuation");
    extent.continuations.set(r, pass.lastOwner);
    return;
  }
  roles.set(r, filled === 1 && !ordinal ? "note" : "unread");
}

/**
 * The plain records from row `from` on: rows numbered in the index column (a whole number above
 * 0) with a key filled, on a sheet where the two are apart. They are recorded at once and the
 * first row that is not one is returned (`end` + 1 when all are). The loop does only what such
 * a row's role needs (on a Unicode sheet one small call, for its key), so that it costs little
 * while it still runs unoptimized, and it is small, so that it is optimized early.
 */
function takePlainRecords(
  scan: Scan,
  extent: DataExtent,
  pass: FirstPass,
  indexColumn: number,
  from: number,
  end: number,
): number {
  const { text, keyColumns } = scan;
  const rows = text.grid.rows;
  const records = pass.records;
  let count = pass.recordCount;
  const errorCells = extent.errorCells;
  // On a Unicode sheet a text cell has text when it holds a non-space, as SheetText.hasTextOf
  // says; on a legacy one only its decoding can tell, so there hasTextOf is asked.
  const plain = !text.encoding;
  let r = from;
  for (; r <= end; r++) {
    const line = rows[r];
    if (line === undefined || line.length === 0) break;
    const ordinal = line[indexColumn];
    if (typeof ordinal !== "number" || !(ordinal > 0) || !Number.isInteger(ordinal)) break;
    let keyFilled = false;
    for (let k = 0; k < keyColumns.length && !keyFilled; k++) {
      const key = line[keyColumns[k]];
      if (plain && typeof key === "string") keyFilled = holdsNonSpace(key);
      else keyFilled = typeof key === "number" || text.hasTextOf(key, r, keyColumns[k]);
    }
    if (!keyFilled) break;
    for (let col = 0; col < line.length; col++) {
      // Only an object can be an error value: asking that first spares a call a cell.
      const value = line[col];
      if (typeof value === "object" && value !== null && isCellError(value)) errorCells.push({ row: r, col });
    }
    records[count++] = r;
  }
  if (r === from) return r;
  pass.recordCount = count;
  extent.roles.setNewRun(from, r - 1, "record");
  pass.recordLikeRows.addRun(from, r - 1);
  pass.keyed += r - from;
  pass.numbered += r - from;
  pass.lastOwner = r - 1;
  return r;
}

/** Whether any of these columns has text in the row (a loop, not some(): no closure a row). */
function anyText(text: SheetText, r: number, cols: readonly number[]): boolean {
  for (let i = 0; i < cols.length; i++) if (text.hasText(r, cols[i])) return true;
  return false;
}

/**
 * Lists each section's records once the table's are listed: listed as they are met, a section
 * of 100,000 records would grow its list by push, copying it again and again on the JS heap.
 */
function listSectionRecords(extent: DataExtent): void {
  // Sections are listed from top to bottom: each takes the records up to the next one's heading.
  const sections = extent.sectionList;
  let at = 0;
  sections.forEach((s, i) => {
    const next = i + 1 < sections.length ? sections[i + 1].row : Number.MAX_SAFE_INTEGER;
    while (at < extent.rows.length && extent.rows[at] <= s.row) at++;
    const from = at;
    while (at < extent.rows.length && extent.rows[at] < next) at++;
    s.records = extent.rows.slice(from, at);
  });
}

/**
 * A total-like row followed by more records or by the next section closes a section (a subtotal);
 * the last one is the grand total, unless it is a "Cộng" closing the last of several sections.
 * Records after a grand total ("Tổng cộng" and then more members) are kept and reported.
 */
function settleTotals(
  extent: DataExtent,
  totalLike: number[],
  text: SheetText,
  width: number,
  recordLikeRows: RowFlags,
): void {
  const { roles } = extent;
  const nextRole = (row: number) => roles.nextBelow(row, ["note", "unread"]);
  const sectionAt = (row: number): TableSection | null => {
    let found: TableSection | null = null;
    for (const s of extent.sectionList) if (s.row < row) found = s;
    return found;
  };
  let grand: number | null = null;
  for (const r of totalLike) {
    const label = totalLabel(text, r, width);
    const isGrand = GRAND_TOTAL.test(label);
    const next = nextRole(r);
    const section = sectionAt(r);
    const sectionOpen = section !== null && section.subtotalRow === null && section.records.length > 0;
    let kind: "subtotal" | "total";
    if (grand !== null) kind = "total";
    else if (next?.role === "section") kind = section ? "subtotal" : "total";
    else if (next?.role === "record" || next?.role === "continuation") kind = isGrand ? "total" : "subtotal";
    else if (next?.role === "total" && sectionOpen) kind = "subtotal";
    else kind = sectionOpen && !isGrand && extent.sectionList.length > 1 ? "subtotal" : "total";
    roles.set(r, kind);
    if (kind === "subtotal") {
      const open = sectionOpen ? section : null;
      if (open) open.subtotalRow = r;
      const records = open
        ? open.records.filter((x) => x < r)
        : extent.rows.slice(countAbove(extent.rows, lastSumRow(extent) + 1), countAbove(extent.rows, r));
      extent.sums.push({ row: r, kind, section: open, records });
    } else {
      if (grand === null) {
        grand = r;
        extent.totalRow = r;
      }
      // A total under every record (the usual "Tổng cộng") sums the list itself: it shares it
      // instead of copying 100,000 rows (neither list is changed once the table is recognized).
      const above = countAbove(extent.rows, r);
      extent.sums.push({
        row: r,
        kind,
        section: null,
        records: above === extent.rows.length ? extent.rows : extent.rows.slice(0, above),
      });
    }
  }
  if (grand !== null) afterGrandTotal(extent, grand, recordLikeRows);
  extent.continuedBlocks.sort((a, b) => a - b);
}

/**
 * Under the grand total ("Xếp loại: Tốt", "Trong đó: nữ 20") rows are notes; a block of
 * record-like rows there means the table went on past where it seemed to end: read and reported.
 */
function afterGrandTotal(extent: DataExtent, grand: number, recordLikeRows: RowFlags): void {
  const end = extent.footerRow ?? Number.MAX_SAFE_INTEGER;
  let inBlock = false;
  let dropped = false;
  extent.roles.forEachBetween(grand, end, (r, role) => {
    if (role === "record" && recordLikeRows.has(r)) {
      if (!inBlock) extent.continuedBlocks.push(r);
      inBlock = true;
      return;
    }
    inBlock = false;
    if (role === "record" || role === "continuation" || role === "unread") {
      dropped ||= role === "record";
      extent.roles.set(r, "note");
      extent.continuations.delete(r);
    }
  });
  // A new list only when a record became a note: the list is not copied for nothing.
  if (dropped) extent.rows = extent.rows.filter((r) => extent.roles.get(r) === "record");
}

/**
 * How many of the rows (in order, from top to bottom) lie above `row`: found by halving, since a
 * list of 100,000 members may have a subtotal under each of its hundreds of cells.
 */
export function countAbove(rows: readonly number[], row: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (rows[mid] < row) low = mid + 1;
    else high = mid;
  }
  return low;
}

function lastSumRow(extent: DataExtent): number {
  return extent.sums.length ? extent.sums[extent.sums.length - 1].row : -1;
}

/** "Bí thư Nguyễn Văn Hải | HTTNV": a name that begins like a signature word, rated like any member. */
function holdsRating(scan: Scan, r: number): boolean {
  const { isRating, recordColumns } = scan.options;
  if (!isRating) return false;
  return (recordColumns ?? []).some((c) => {
    const value = scan.text.text(r, c);
    return value !== "" && isRating(value);
  });
}

function isFilled(value: CellValue | undefined): boolean {
  return value !== null && value !== undefined && (typeof value !== "string" || value.trim() !== "");
}

/** The columns of a row's filled cells. */
function filledCells(line: readonly CellValue[]): number[] {
  const cols: number[] = [];
  for (let c = 0; c < line.length; c++) if (isFilled(line[c])) cols.push(c);
  return cols;
}

function collectErrorCells(line: readonly CellValue[], row: number, into: CellPosition[]): void {
  for (let col = 0; col < line.length; col++) {
    // Nearly every cell is a string, a number or empty: only an object can be an error, and
    // asking that first spares a call a cell while this loop still runs unoptimized.
    const value = line[col];
    if (typeof value === "object" && value !== null && isCellError(value)) into.push({ row, col });
  }
}

/** The column of a row's first filled cell (-1 when none is). */
function firstFilled(line: readonly CellValue[]): number {
  for (let c = 0; c < line.length; c++) if (isFilled(line[c])) return c;
  return -1;
}

/** How many cells of a row are filled, counting no further than `enough`. */
function countFilled(line: readonly CellValue[], enough: number): number {
  let count = 0;
  for (let c = 0; c < line.length && count < enough; c++) if (isFilled(line[c])) count++;
  return count;
}

/** The row's number in the index column (1, "1", "1."): a record, never a heading or a total. */
function hasOrdinal(scan: Scan, r: number): boolean {
  if (scan.indexColumn === null) return false;
  const raw = scan.text.raw(r, scan.indexColumn);
  if (typeof raw === "number") return Number.isInteger(raw) && raw > 0;
  return typeof raw === "string" && ORDINAL.test(raw.trim()) && Number(raw.trim().replace(".", "")) > 0;
}

function firstTextWords(scan: Scan, line: readonly CellValue[], r: number): string {
  for (let c = 0; c < line.length; c++) {
    const value = line[c];
    if (typeof value === "string" && isFilled(value))
      return MARKER_INITIAL.test(value) ? headerWords(scan.text.leadingWords(r, c)) : "-";
  }
  return "";
}

/**
 * After the end: a row with a number and a key is a record someone added; where the table has no
 * index column, a key and a level. (The signature block writes "BÍ THƯ" anywhere, level columns too.)
 */
function recordLike(scan: Scan, r: number, ordinal: boolean, keyFilled: boolean): boolean {
  if (!keyFilled) return false;
  if (ordinal) return true;
  if (scan.indexColumn !== null) return false;
  return (scan.options.recordColumns ?? []).some((c) => scan.text.hasText(r, c));
}

/**
 * A row without a number, under a record, that holds no level of its own continues that record
 * (Mẫu 7-HSĐV writes a member over several rows).
 */
function continuesRecord(scan: Scan, r: number): boolean {
  if (scan.indexColumn === null) return false;
  const levelColumns = scan.options.recordColumns ?? [];
  return !levelColumns.some((c) => scan.text.hasText(r, c));
}

/** A section heading: its text and the count it states, or null when the row is not one. */
function sectionHeading(
  scan: Scan,
  line: readonly CellValue[],
  r: number,
  filledCount: number,
  keyFilled: boolean,
): { text: string; stated: { value: number; col: number } | null } | null {
  const { text } = scan;
  const stated = (col: number, words: string) => {
    const value = statedCount(words);
    return value !== null ? { value, col } : null;
  };
  // One text across the row (often merged): "II. Chi bộ ấp Tân Hòa", "Chi bộ Thôn 1 (25 đảng viên)".
  if (filledCount === 1) {
    const col = firstFilled(line);
    const value = text.text(r, col);
    if (typeof text.raw(r, col) !== "string") return null;
    const words = headerWords(foldText(value));
    const withCount = /\(\s*\d+[^)]*\)\s*$/.test(value) && !/^\d/.test(words);
    if (SECTION.test(words) || withCount) return { text: value, stated: stated(col, foldText(value)) };
    return null;
  }
  // "I | Chi bộ Thôn 1": numbered in roman in the index column, named in the key column, no level.
  if (!keyFilled) return null;
  const indexCol = scan.indexColumn ?? firstFilled(line);
  // A number (the usual ordinal) is never a roman numeral: no need to fold it.
  if (typeof text.raw(r, indexCol) === "number") return null;
  const filled = filledCells(line);
  const index = headerWords(text.folded(r, indexCol));
  if (!ROMAN_INDEX.test(index)) return null;
  if ((scan.options.recordColumns ?? []).some((c) => text.hasText(r, c))) return null;
  const keyCol = scan.keyColumns.find((c) => text.hasText(r, c)) ?? filled[1];
  const heading = text.text(r, keyCol);
  const others = filled.filter((c) => c !== indexCol && c !== keyCol);
  // Besides the name, a heading may carry figures (the cell's count), never more text.
  if (others.some((c) => typeof text.raw(r, c) === "string" && !/^\d+$/.test(text.text(r, c)))) return null;
  if (others.length > 0 && !SECTION.test(headerWords(foldText(heading)))) return null;
  if (others.length === 0 && filled.length !== 2) return null;
  const figure = others.length === 1 ? Number(text.text(r, others[0])) : null;
  return {
    text: heading,
    stated:
      stated(keyCol, foldText(heading)) ??
      (figure !== null && Number.isFinite(figure) ? { value: figure, col: others[0] } : null),
  };
}

/** First letters of the words that open a total, signature or section row (T/M, Tổng, Cộng, Nơi nhận, Bí thư, Chi bộ, Đảng bộ, I, V; § and ® are Đ and đ in TCVN3). */
const MARKER_INITIAL = /^\s*[-*(]?\s*[tcnbxkivTCNBXKIV\u0110\u0111\u00a7\u00ae]/;

function isTotalRow(text: SheetText, row: number, probeColumns: number): boolean {
  for (let c = 0; c < probeColumns; c++) {
    const raw = text.raw(row, c);
    if (typeof raw !== "string" || !MARKER_INITIAL.test(raw)) continue;
    const words = headerWords(text.leadingWords(row, c));
    if (words && TOTAL.test(words) && writtenAsTotal(text.text(row, c))) return true;
  }
  return false;
}

/** The folded words of a total row's label. */
function totalLabel(text: SheetText, row: number, width: number): string {
  for (let c = 0; c < Math.min(width, 4); c++) {
    const raw = text.raw(row, c);
    if (typeof raw === "string" && raw.trim()) return headerWords(text.folded(row, c));
  }
  return "";
}

/** With its accents, "Tổng cộng" is told from a name such as "Tống Công Minh"; text typed without accents cannot tell. */
const TOTAL_WITH_ACCENTS =
  /^(tổng cộng|tổng số)(?![\p{L}\p{M}])|^(cộng|tổng)[^\p{L}\p{N}]*$|^(cộng|tổng)[^\p{L}\p{N}]*\d{1,5}(?!\p{N})|^cộng (chi bộ|tổ|đảng bộ|toàn|khối|ấp|thôn|khu|phân)(?![\p{L}\p{M}])/u;

function writtenAsTotal(cell: string): boolean {
  const lower = cell.trim().toLocaleLowerCase("vi");
  return !hasNonAscii(lower) || TOTAL_WITH_ACCENTS.test(lower);
}
