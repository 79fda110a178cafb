import type { CellValue, Grid } from "../../../src/core/grid/types";
import { intersects, type Box } from "./a1";

/**
 * The in-memory workbook behind the fake Excel host. Values are kept as Excel keeps them: dates
 * are serial numbers, error values are { error }. Every change goes through a method that can
 * be undone, so that a failed batch leaves the workbook exactly as it was.
 */
export type FakeValue = string | number | boolean | null | { readonly error: string };

export interface FakeFont {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
}

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export type BorderSide = "top" | "bottom" | "left" | "right";

export interface FakeCell {
  readonly value: FakeValue;
  /** Set when the cell holds a formula ("=1+1"); the fake does not compute it. */
  readonly formula?: string;
  /** Undefined means "General". */
  readonly numberFormat?: string;
  readonly font?: Readonly<FakeFont>;
  readonly fill?: string;
  readonly horizontal?: string;
  readonly vertical?: string;
  readonly wrap?: boolean;
  readonly borders?: Readonly<Partial<Record<BorderSide, string>>>;
  readonly hyperlink?: Readonly<FakeHyperlink>;
}

export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea?: string;
  printTitleRows?: string;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

const EMPTY: FakeCell = { value: null };

function hasValue(cell: FakeCell | undefined): boolean {
  return cell !== undefined && (cell.value !== null || cell.formula !== undefined);
}

function hasAnything(cell: FakeCell | undefined): boolean {
  if (!cell) return false;
  return Object.entries(cell).some(
    ([key, value]) => value !== undefined && !(key === "value" && value === null),
  );
}

let nextSheetId = 1;

export class FakeSheet {
  readonly id: string;
  private rows: (FakeCell | undefined)[][] = [];
  private mergeList: Box[] = [];
  private widths = new Map<number, number>();
  private heights = new Map<number, number>();
  private hidden = new Set<number>();
  private frozen = 0;
  private page: FakePageLayout = {};
  private usedCache: { version: number; valuesOnly: boolean; box: Box | null }[] = [];
  private version = 0;

  constructor(
    readonly workbook: FakeWorkbook,
    public name: string,
    public visibility: Visibility = "Visible",
  ) {
    this.id = `{fake-sheet-${nextSheetId++}}`;
  }

  /** Sheet protection: writes to this sheet's cells fail with AccessDenied. */
  cellsProtected = false;

  cell(row: number, col: number): FakeCell | undefined {
    return this.rows[row]?.[col];
  }

  /** Number of rows that may hold cells (for scanning). */
  get rowSpan(): number {
    return this.rows.length;
  }

  rowCells(row: number): readonly (FakeCell | undefined)[] {
    return this.rows[row] ?? [];
  }

  setCell(row: number, col: number, cell: FakeCell | undefined): void {
    const previous = this.cell(row, col);
    if (previous === cell) return;
    this.put(row, col, cell);
    this.workbook.record(() => this.put(row, col, previous));
  }

  updateCell(row: number, col: number, patch: Partial<FakeCell>): void {
    const merged: Record<string, unknown> = { ...(this.cell(row, col) ?? EMPTY), ...patch };
    for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    this.setCell(row, col, merged as unknown as FakeCell);
  }

  private put(row: number, col: number, cell: FakeCell | undefined): void {
    this.version++;
    if (!cell || !hasAnything(cell)) {
      const line = this.rows[row];
      if (line) line[col] = undefined;
      return;
    }
    while (this.rows.length <= row) this.rows.push([]);
    (this.rows[row] ??= [])[col] = cell;
  }

  get merges(): readonly Box[] {
    return this.mergeList;
  }

  setMerges(merges: Box[]): void {
    const previous = this.mergeList;
    this.mergeList = merges;
    this.version++;
    this.workbook.record(() => {
      this.mergeList = previous;
      this.version++;
    });
  }

  /** Column widths in points, as Office.js sets them. */
  get columnWidths(): ReadonlyMap<number, number> {
    return this.widths;
  }

  /** Row heights in points, as Office.js sets them. */
  get rowHeights(): ReadonlyMap<number, number> {
    return this.heights;
  }

  setRowHeight(row: number, points: number): void {
    const previous = this.heights.get(row);
    this.heights.set(row, points);
    this.workbook.record(() =>
      previous === undefined ? this.heights.delete(row) : this.heights.set(row, previous),
    );
  }

  setColumnWidth(col: number, points: number): void {
    const previous = this.widths.get(col);
    this.widths.set(col, points);
    this.workbook.record(() =>
      previous === undefined ? this.widths.delete(col) : this.widths.set(col, previous),
    );
  }

  get hiddenColumns(): ReadonlySet<number> {
    return this.hidden;
  }

  setColumnHidden(col: number, hidden: boolean): void {
    const was = this.hidden.has(col);
    if (hidden) this.hidden.add(col);
    else this.hidden.delete(col);
    this.workbook.record(() => (was ? this.hidden.add(col) : this.hidden.delete(col)));
  }

  get freezeRows(): number {
    return this.frozen;
  }

  setFreezeRows(count: number): void {
    const previous = this.frozen;
    this.frozen = count;
    this.workbook.record(() => (this.frozen = previous));
  }

  get pageLayout(): Readonly<FakePageLayout> {
    return this.page;
  }

  setPageLayout(patch: FakePageLayout): void {
    const previous = this.page;
    this.page = { ...previous, ...patch };
    this.workbook.record(() => (this.page = previous));
  }

  rename(name: string): void {
    const previous = this.name;
    this.name = name;
    this.workbook.record(() => (this.name = previous));
  }

  /**
   * The used range: the smallest box holding every value (valuesOnly) or every value, format
   * and merge. Null for an empty sheet.
   */
  usedBox(valuesOnly: boolean): Box | null {
    const cached = this.usedCache.find(
      (entry) => entry.valuesOnly === valuesOnly && entry.version === this.version,
    );
    if (cached) return cached.box;
    let box: Box | null = null;
    const include = (r: number, c: number): void => {
      box = box
        ? {
            top: Math.min(box.top, r),
            left: Math.min(box.left, c),
            bottom: Math.max(box.bottom, r),
            right: Math.max(box.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    };
    this.rows.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (valuesOnly ? hasValue(cell) : hasAnything(cell)) include(r, c);
      });
    });
    if (!valuesOnly) {
      for (const m of this.mergeList) {
        include(m.top, m.left);
        include(m.bottom, m.right);
      }
    }
    this.usedCache = this.usedCache
      .filter((entry) => entry.valuesOnly !== valuesOnly)
      .concat({ version: this.version, valuesOnly, box });
    return box;
  }

  mergesIn(box: Box): Box[] {
    return this.mergeList.filter((m) => intersects(m, box));
  }
}

export interface Selection {
  sheetId: string;
  address: string;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  /** Office.context.document.settings as saved in the document. */
  settings: Record<string, unknown> = {};
  /** The font of cells that set none (Excel's default). */
  defaultFont: Required<FakeFont> = {
    name: "Calibri",
    size: 11,
    bold: false,
    italic: false,
    color: "#000000",
  };
  /** Workbook structure protection: adding, deleting and renaming sheets fail with AccessDenied. */
  structureProtected = false;
  activeSheetId: string | null = null;
  selection: Selection | null = null;
  private journal: (() => void)[] | null = null;

  /** Starts recording undo steps (the host does this around each batch). */
  begin(): void {
    this.journal = [];
  }

  commit(): void {
    this.journal = null;
  }

  rollback(): void {
    const steps = this.journal ?? [];
    this.journal = null;
    for (let i = steps.length - 1; i >= 0; i--) steps[i]();
  }

  record(undo: () => void): void {
    this.journal?.push(undo);
  }

  sheetByName(name: string): FakeSheet | undefined {
    const key = name.toLocaleLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLocaleLowerCase() === key);
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.id === id);
  }

  get activeSheet(): FakeSheet | undefined {
    return (this.activeSheetId && this.sheetById(this.activeSheetId)) || this.sheets[0];
  }

  addSheet(name: string, visibility: Visibility = "Visible"): FakeSheet {
    const sheet = new FakeSheet(this, name, visibility);
    this.sheets.push(sheet);
    this.record(() => this.sheets.splice(this.sheets.indexOf(sheet), 1));
    return sheet;
  }

  removeSheet(sheet: FakeSheet): void {
    const index = this.sheets.indexOf(sheet);
    if (index < 0) return;
    this.sheets.splice(index, 1);
    const active = this.activeSheetId;
    if (active === sheet.id)
      this.activeSheetId = this.sheets[Math.min(index, this.sheets.length - 1)]?.id ?? null;
    this.record(() => {
      this.sheets.splice(index, 0, sheet);
      this.activeSheetId = active;
    });
  }

  activate(sheet: FakeSheet): void {
    const previous = this.activeSheetId;
    this.activeSheetId = sheet.id;
    this.record(() => (this.activeSheetId = previous));
  }

  select(selection: Selection): void {
    const previous = this.selection;
    this.selection = selection;
    this.record(() => (this.selection = previous));
  }

  /**
   * Everything that makes up the workbook's content, as stable text: sheets in order with every
   * cell, merge, width, hidden column, freeze and page setup. Selection and active sheet are left
   * out (they are where the user looks, not what the workbook holds).
   */
  canonicalDump(): string {
    const sheets = this.sheets.map((sheet) => {
      const cells: [number, number, FakeCell][] = [];
      for (let r = 0; r < sheet.rowSpan; r++) {
        sheet.rowCells(r).forEach((cell, c) => {
          if (cell && hasAnything(cell)) cells.push([r, c, sortKeys(cell)]);
        });
      }
      return {
        name: sheet.name,
        visibility: sheet.visibility,
        cells,
        merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
        widths: [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
        heights: [...sheet.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
        hidden: [...sheet.hiddenColumns].sort((a, b) => a - b),
        freezeRows: sheet.freezeRows,
        page: sortKeys(sheet.pageLayout),
      };
    });
    return JSON.stringify({ sheets, settings: sortKeys(this.settings) });
  }

  /** A workbook holding the given grids' values, fonts and merges (dates become serial numbers). */
  static fromGrids(grids: readonly Grid[]): FakeWorkbook {
    const workbook = new FakeWorkbook();
    for (const grid of grids) {
      const sheet = workbook.addSheet(grid.name);
      grid.rows.forEach((row, r) => {
        row.forEach((value, c) => {
          const fakeValue = toFakeValue(value);
          if (fakeValue !== null) sheet.setCell(r, c, { value: fakeValue });
        });
      });
      for (const [address, name] of Object.entries(grid.fonts ?? {})) {
        const match = /^([A-Z]+)(\d+)$/.exec(address);
        if (!match) continue;
        let col = 0;
        for (const ch of match[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
        const row = Number(match[2]) - 1;
        sheet.updateCell(row, col - 1, { font: { ...sheet.cell(row, col - 1)?.font, name } });
      }
      sheet.setMerges((grid.merges ?? []).map((m) => ({ ...m })));
    }
    return workbook;
  }
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel's serial number of a date (1900 date system, days since 1899-12-30). */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

export function toFakeValue(value: CellValue | undefined): FakeValue {
  if (value === undefined || value === null || value === "") return null;
  if (value instanceof Date) return dateToSerial(value);
  return value;
}

function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortKeys(v);
  }
  return out as T;
}
