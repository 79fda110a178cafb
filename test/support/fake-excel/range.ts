import { cellCount, formatBox, isInside, quoteSheet, type Box } from "./a1";
import {
  FakeClientObject,
  FakeClientResult,
  requestBytes,
  type ActionQueue,
  type BatchScope,
} from "./client-object";
import { ERROR_CODES, FakeOfficeError } from "./office-error";
import type { BorderSide, FakeCell, FakeFont, FakeHyperlink, FakeSheet, FakeValue } from "./workbook-model";

export interface RangeTarget {
  sheet: FakeSheet;
  box: Box;
}

/** Limits the host enforces; set by the host for each context. */
export interface HostLimits {
  /** Cells a single get may return (five million on every platform). */
  cellGetLimit: number;
}

/** Excel refuses to list more than 512 merged areas at once. */
export const MAX_MERGED_AREAS = 512;

function alive(target: RangeTarget): RangeTarget {
  if (!target.sheet.workbook.sheets.includes(target.sheet))
    throw new FakeOfficeError(ERROR_CODES.itemNotFound, "The worksheet was deleted.");
  return target;
}

function writable(target: RangeTarget): RangeTarget {
  alive(target);
  if (target.sheet.cellsProtected) throw new FakeOfficeError(ERROR_CODES.accessDenied);
  return target;
}

/** Rows of a box that may hold cells: a whole-column box stops at the sheet's last used row. */
function rowsOf(target: RangeTarget): [number, number] {
  const bottom = Math.min(target.box.bottom, Math.max(target.box.top, target.sheet.rowSpan - 1));
  return [target.box.top, bottom];
}

function forEachCell(target: RangeTarget, visit: (row: number, col: number) => void): void {
  const [top, bottom] = rowsOf(target);
  for (let r = top; r <= bottom; r++) for (let c = target.box.left; c <= target.box.right; c++) visit(r, c);
}

function checkGet(target: RangeTarget, limits: HostLimits): void {
  if (cellCount(target.box) > limits.cellGetLimit) throw new FakeOfficeError(ERROR_CODES.rangeExceedsLimit);
}

function officeValue(cell: FakeCell | undefined): string | number | boolean {
  const value = cell?.value ?? null;
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return value;
}

function matrix<V>(target: RangeTarget, read: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = target.box.top; r <= target.box.bottom; r++) {
    const line: V[] = [];
    for (let c = target.box.left; c <= target.box.right; c++) line.push(read(r, c));
    out.push(line);
  }
  return out;
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What Excel stores when a value is written into a cell: in a text ("@") cell, text as it is;
 * otherwise "=…" (and "+x", "-x", "@x" that are not numbers) becomes a formula and a number
 * typed as text becomes a number. The fake does not compute formulas.
 */
export function storedValue(cell: FakeCell | undefined, input: unknown): Partial<FakeCell> {
  if (input === null || input === undefined || input === "") return { value: null, formula: undefined };
  if (typeof input === "number" || typeof input === "boolean") return { value: input, formula: undefined };
  const text = String(input);
  if (cell?.numberFormat === "@") return { value: text, formula: undefined };
  if (NUMBER_TEXT.test(text)) return { value: Number(text), formula: undefined };
  if (/^[=+\-@]/.test(text)) return { value: null, formula: text.startsWith("=") ? text : `=${text}` };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === "true", formula: undefined };
  return { value: text, formula: undefined };
}

function fill<V>(input: unknown, rows: number, columns: number, property: string): V[][] {
  if (!Array.isArray(input))
    return Array.from({ length: rows }, () => new Array<V>(columns).fill(input as V));
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== columns)) {
    throw new FakeOfficeError(
      ERROR_CODES.invalidArgument,
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}).`,
    );
  }
  return input as V[][];
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  readonly format: FakeRangeFormat;

  constructor(
    context: ActionQueue,
    private readonly limits: HostLimits,
    resolver: (scope: BatchScope) => RangeTarget | null,
    creation: { label: string; api: string; args: unknown },
    orNull = false,
  ) {
    super(context, resolver, orNull);
    this.queueCreation(creation.label, creation.api, creation.args);
    this.format = new FakeRangeFormat(context, this);
  }

  protected override navigation(): Record<string, FakeClientObject<unknown>> {
    return { format: this.format as FakeClientObject<unknown> };
  }

  protected scalars(target: RangeTarget): Record<string, () => unknown> {
    const { sheet, box } = alive(target);
    return {
      address: () => `${quoteSheet(sheet.name)}!${formatBox(box)}`,
      addressLocal: () => `${quoteSheet(sheet.name)}!${formatBox(box)}`,
      rowCount: () => box.bottom - box.top + 1,
      columnCount: () => box.right - box.left + 1,
      rowIndex: () => box.top,
      columnIndex: () => box.left,
      cellCount: () => cellCount(box),
      values: () => {
        checkGet(target, this.limits);
        return matrix(target, (r, c) => officeValue(sheet.cell(r, c)));
      },
      numberFormat: () => {
        checkGet(target, this.limits);
        return matrix(target, (r, c) => sheet.cell(r, c)?.numberFormat ?? "General");
      },
      formulas: () => {
        checkGet(target, this.limits);
        return matrix(target, (r, c) => sheet.cell(r, c)?.formula ?? officeValue(sheet.cell(r, c)));
      },
      hyperlink: () => sheet.cell(box.top, box.left)?.hyperlink ?? null,
      columnHidden: () => {
        for (let c = box.left; c <= box.right; c++) if (!sheet.hiddenColumns.has(c)) return false;
        return true;
      },
    };
  }

  private derived(label: string, api: string, args: unknown, box: (parent: Box) => Box): FakeRange {
    return new FakeRange(
      this.context,
      this.limits,
      (scope) => {
        const parent = alive(this.target(scope));
        const next = box(parent.box);
        if (!isInside(next))
          throw new FakeOfficeError(ERROR_CODES.invalidArgument, `${label}: the range is outside the sheet.`);
        return { sheet: parent.sheet, box: next };
      },
      { label, api, args },
    );
  }

  get address(): string {
    return this.loaded("address");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }

  get values(): unknown[][] {
    return this.loaded("values");
  }
  set values(input: unknown[][]) {
    this.queueWrite(
      "values",
      "1.1",
      input,
      (scope) => {
        const target = writable(this.target(scope));
        const { box, sheet } = target;
        const rows = fill<unknown>(input, box.bottom - box.top + 1, box.right - box.left + 1, "values");
        rows.forEach((line, i) =>
          line.forEach((value, j) => {
            const r = box.top + i;
            const c = box.left + j;
            sheet.updateCell(r, c, storedValue(sheet.cell(r, c), value));
          }),
        );
      },
      this.where(),
    );
  }

  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(input: string[][]) {
    this.queueWrite(
      "numberFormat",
      "1.1",
      input,
      (scope) => {
        const { box, sheet } = writable(this.target(scope));
        const rows = fill<string>(input, box.bottom - box.top + 1, box.right - box.left + 1, "numberFormat");
        rows.forEach((line, i) =>
          line.forEach((format, j) =>
            sheet.updateCell(box.top + i, box.left + j, {
              numberFormat: format === "General" ? undefined : format,
            }),
          ),
        );
      },
      this.where(),
    );
  }

  get hyperlink(): FakeHyperlink | null {
    return this.loaded("hyperlink");
  }
  set hyperlink(link: FakeHyperlink | null) {
    this.queueWrite(
      "hyperlink",
      "1.7",
      link,
      (scope) => {
        const target = writable(this.target(scope));
        forEachCell(target, (r, c) =>
          target.sheet.updateCell(r, c, { hyperlink: link ? { ...link } : undefined }),
        );
        if (link?.textToDisplay !== undefined) {
          const { sheet, box } = target;
          sheet.updateCell(box.top, box.left, {
            value: link.textToDisplay === "" ? null : link.textToDisplay,
            formula: undefined,
          });
        }
      },
      this.where(),
    );
  }

  get columnHidden(): boolean {
    return this.loaded("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.queueWrite(
      "columnHidden",
      "1.2",
      hidden,
      (scope) => {
        const { box, sheet } = alive(this.target(scope));
        for (let c = box.left; c <= box.right; c++) sheet.setColumnHidden(c, hidden);
      },
      this.where(),
    );
  }

  /** Where this range is, for the host's log (read after the action ran, so it is bound). */
  private where(): () => { sheet?: string; sheetId?: string; address?: string } {
    return () => {
      const target = this.peek();
      return target
        ? { sheet: target.sheet.name, sheetId: target.sheet.id, address: formatBox(target.box) }
        : {};
    };
  }

  private peek(): RangeTarget | null {
    try {
      return this.target({ commits: [], rollbacks: [], responseBytes: 0 });
    } catch {
      return null;
    }
  }

  getRow(row: number): FakeRange {
    return this.derived("getRow", "1.1", { row }, (b) => ({
      top: b.top + row,
      left: b.left,
      bottom: b.top + row,
      right: b.right,
    }));
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived("getCell", "1.1", { row, column }, (b) => ({
      top: b.top + row,
      left: b.left + column,
      bottom: b.top + row,
      right: b.left + column,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived("getResizedRange", "1.7", { deltaRows, deltaColumns }, (b) => ({
      top: b.top,
      left: b.left,
      bottom: b.bottom + deltaRows,
      right: b.right + deltaColumns,
    }));
  }

  getCellProperties(options: {
    format?: { font?: Partial<Record<keyof FakeFont, boolean>> };
    address?: boolean;
  }): FakeClientResult<unknown[][]> {
    const result = new FakeClientResult<unknown[][]>();
    this.context.enqueue({
      label: "getCellProperties",
      api: "1.9",
      requestBytes: requestBytes(options),
      execute: (scope) => {
        const target = alive(this.target(scope));
        checkGet(target, this.limits);
        const { sheet } = target;
        const fontKeys = Object.entries(options.format?.font ?? {})
          .filter(([, wanted]) => wanted)
          .map(([key]) => key as keyof FakeFont);
        const defaults = sheet.workbook.defaultFont;
        const value = matrix(target, (r, c) => {
          const props: Record<string, unknown> = {};
          if (options.address)
            props.address = `${quoteSheet(sheet.name)}!${formatBox({ top: r, left: c, bottom: r, right: c })}`;
          if (fontKeys.length) {
            const font: Record<string, unknown> = {};
            const own = sheet.cell(r, c)?.font ?? {};
            for (const key of fontKeys) font[key] = own[key] ?? defaults[key];
            props.format = { font };
          }
          return props;
        });
        result.settle(scope, value);
      },
    });
    return result;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, (scope) => {
      const { sheet, box } = alive(this.target(scope));
      const areas = sheet.mergesIn(box);
      if (areas.length > MAX_MERGED_AREAS)
        throw new FakeOfficeError(ERROR_CODES.generalException, "Too many merged areas.");
      return areas.length ? { sheet, boxes: areas } : null;
    });
  }

  merge(across = false): void {
    this.queueWrite(
      "merge",
      "1.2",
      { across },
      (scope) => {
        const { sheet, box } = writable(this.target(scope));
        const added: Box[] = across
          ? Array.from({ length: box.bottom - box.top + 1 }, (_, i) => ({
              ...box,
              top: box.top + i,
              bottom: box.top + i,
            }))
          : [box];
        const kept = sheet.merges.filter(
          (m) =>
            !added.some(
              (a) => a.top <= m.bottom && m.top <= a.bottom && a.left <= m.right && m.left <= a.right,
            ),
        );
        sheet.setMerges([...kept, ...added.filter((a) => a.top !== a.bottom || a.left !== a.right)]);
      },
      this.where(),
    );
  }

  unmerge(): void {
    this.queueWrite("unmerge", "1.2", {}, (scope) => {
      const { sheet, box } = writable(this.target(scope));
      sheet.setMerges(
        sheet.merges.filter(
          (m) => !(m.top <= box.bottom && box.top <= m.bottom && m.left <= box.right && box.left <= m.right),
        ),
      );
    });
  }

  select(): void {
    this.queueWrite(
      "select",
      "1.1",
      {},
      (scope) => {
        const { sheet, box } = alive(this.target(scope));
        sheet.workbook.activate(sheet);
        sheet.workbook.select({ sheetId: sheet.id, address: formatBox(box) });
      },
      this.where(),
    );
  }

  /** Applies a cell patch to every cell (format setters). */
  patchCells(
    label: string,
    args: unknown,
    patch: (cell: FakeCell | undefined, row: number, col: number) => Partial<FakeCell> | null,
  ): void {
    this.queueWrite(
      label,
      "1.1",
      args,
      (scope) => {
        const target = writable(this.target(scope));
        forEachCell(target, (r, c) => {
          const change = patch(target.sheet.cell(r, c), r, c);
          if (change) target.sheet.updateCell(r, c, change);
        });
      },
      this.where(),
    );
  }

  /** The target for child objects (format, font…) while a batch runs. */
  targetFor(scope: BatchScope): RangeTarget {
    return alive(this.target(scope));
  }

  /** The heights of the range's rows. */
  setRowHeight(points: number): void {
    this.queueWrite(
      "rowHeight",
      "1.2",
      points,
      (scope) => {
        const { sheet, box } = alive(this.target(scope));
        for (let r = box.top; r <= box.bottom; r++) sheet.setRowHeight(r, points);
      },
      this.where(),
    );
  }

  /** The column widths of the range's columns. */
  setColumnWidth(points: number): void {
    this.queueWrite(
      "columnWidth",
      "1.2",
      points,
      (scope) => {
        const { sheet, box } = alive(this.target(scope));
        for (let c = box.left; c <= box.right; c++) sheet.setColumnWidth(c, points);
      },
      this.where(),
    );
  }
}

export interface AreasTarget {
  sheet: FakeSheet;
  boxes: Box[];
}

/** Excel.RangeAreas, as returned by getMergedAreasOrNullObject. */
export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  constructor(context: ActionQueue, resolver: (scope: BatchScope) => AreasTarget | null) {
    super(context, resolver, true);
    this.queueCreation("getMergedAreasOrNullObject", "1.13", {});
  }

  protected scalars(target: AreasTarget): Record<string, () => unknown> {
    const prefix = `${quoteSheet(target.sheet.name)}!`;
    return {
      address: () => target.boxes.map((box) => prefix + formatBox(box)).join(", "),
      areaCount: () => target.boxes.length,
      cellCount: () => target.boxes.reduce((sum, box) => sum + cellCount(box), 0),
    };
  }

  get address(): string {
    return this.loaded("address");
  }
  get areaCount(): number {
    return this.loaded("areaCount");
  }
}

type BorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

/** Which cell sides of a box a border index draws. */
function sidesOf(index: BorderIndex, box: Box, row: number, col: number): BorderSide[] {
  const sides: BorderSide[] = [];
  if (index === "EdgeTop" && row === box.top) sides.push("top");
  if (index === "EdgeBottom" && row === box.bottom) sides.push("bottom");
  if (index === "EdgeLeft" && col === box.left) sides.push("left");
  if (index === "EdgeRight" && col === box.right) sides.push("right");
  if (index === "InsideHorizontal") {
    if (row > box.top) sides.push("top");
    if (row < box.bottom) sides.push("bottom");
  }
  if (index === "InsideVertical") {
    if (col > box.left) sides.push("left");
    if (col < box.right) sides.push("right");
  }
  return sides;
}

/** A formatting object under a range: format, font, fill, a border. */
abstract class RangePart extends FakeClientObject<RangeTarget> {
  constructor(
    context: ActionQueue,
    protected readonly range: FakeRange,
  ) {
    super(context, (scope) => range.targetFor(scope));
  }

  protected patch(
    label: string,
    value: unknown,
    change: (cell: FakeCell | undefined) => Partial<FakeCell>,
  ): void {
    this.range.patchCells(label, value, (cell) => change(cell));
  }
}

export class FakeRangeFormat extends RangePart {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeBorders;

  constructor(context: ActionQueue, range: FakeRange) {
    super(context, range);
    this.font = new FakeRangeFont(context, range);
    this.fill = new FakeRangeFill(context, range);
    this.borders = new FakeBorders(context, range);
  }

  protected override navigation(): Record<string, FakeClientObject<unknown>> {
    return { font: this.font as FakeClientObject<unknown>, fill: this.fill as FakeClientObject<unknown> };
  }

  protected scalars(target: RangeTarget): Record<string, () => unknown> {
    const first = target.sheet.cell(target.box.top, target.box.left);
    return {
      horizontalAlignment: () => first?.horizontal ?? "General",
      verticalAlignment: () => first?.vertical ?? "Bottom",
      wrapText: () => first?.wrap ?? false,
      columnWidth: () => target.sheet.columnWidths.get(target.box.left) ?? 48,
      rowHeight: () => target.sheet.rowHeights.get(target.box.top) ?? 15,
    };
  }

  get horizontalAlignment(): string {
    return this.loaded("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.patch("format.horizontalAlignment", value, () => ({ horizontal: value }));
  }
  get verticalAlignment(): string {
    return this.loaded("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.patch("format.verticalAlignment", value, () => ({ vertical: value }));
  }
  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  set wrapText(value: boolean) {
    this.patch("format.wrapText", value, () => ({ wrap: value || undefined }));
  }
  get rowHeight(): number {
    return this.loaded("rowHeight");
  }
  set rowHeight(points: number) {
    this.range.setRowHeight(points);
  }
  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  set columnWidth(points: number) {
    this.range.setColumnWidth(points);
  }
}

export class FakeRangeFont extends RangePart {
  protected scalars(target: RangeTarget): Record<string, () => unknown> {
    const own = target.sheet.cell(target.box.top, target.box.left)?.font ?? {};
    const defaults = target.sheet.workbook.defaultFont;
    return {
      name: () => own.name ?? defaults.name,
      size: () => own.size ?? defaults.size,
      bold: () => own.bold ?? false,
      italic: () => own.italic ?? false,
      color: () => own.color ?? "#000000",
    };
  }

  private set<K extends keyof FakeFont>(key: K, value: FakeFont[K]): void {
    this.patch(`format.font.${key}`, value, (cell) => ({ font: { ...cell?.font, [key]: value } }));
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.set("name", value);
  }
  get size(): number {
    return this.loaded("size");
  }
  set size(value: number) {
    this.set("size", value);
  }
  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(value: boolean) {
    this.set("bold", value);
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(value: boolean) {
    this.set("italic", value);
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.set("color", value);
  }
}

export class FakeRangeFill extends RangePart {
  protected scalars(target: RangeTarget): Record<string, () => unknown> {
    return { color: () => target.sheet.cell(target.box.top, target.box.left)?.fill ?? "#FFFFFF" };
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.patch("format.fill.color", value, () => ({ fill: value }));
  }
}

export class FakeBorders extends RangePart {
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  getItem(index: BorderIndex): FakeBorder {
    return new FakeBorder(this.context, this.range, index);
  }
}

export class FakeBorder extends RangePart {
  constructor(
    context: ActionQueue,
    range: FakeRange,
    private readonly index: BorderIndex,
  ) {
    super(context, range);
  }

  protected scalars(target: RangeTarget): Record<string, () => unknown> {
    const side = sidesOf(this.index, target.box, target.box.top, target.box.left)[0];
    return {
      style: () => (side && target.sheet.cell(target.box.top, target.box.left)?.borders?.[side]) ?? "None",
    };
  }

  get style(): string {
    return this.loaded("style");
  }
  set style(value: string) {
    this.range.patchCells(`format.borders.${this.index}`, value, (cell, row, col) => {
      const target = this.range.targetFor({ commits: [], rollbacks: [], responseBytes: 0 });
      const sides = sidesOf(this.index, target.box, row, col);
      if (sides.length === 0) return null;
      const borders: Partial<Record<BorderSide, string>> = { ...cell?.borders };
      for (const side of sides) borders[side] = value;
      return { borders };
    });
  }
}

export type { FakeValue };
