import { formatBox, parseAddress, quoteSheet, type Box } from "./a1";
import {
  FakeClientObject,
  FakeClientResult,
  requestBytes,
  responseBytes,
  type ActionQueue,
  type BatchScope,
} from "./client-object";
import { ERROR_CODES, FakeOfficeError, propertyNotLoaded } from "./office-error";
import { FakeRange, type HostLimits, type RangeTarget } from "./range";
import type { FakePageLayout, FakeSheet, FakeWorkbook } from "./workbook-model";

const INVALID_NAME = /[[\]:*?/\\]/;

function checkName(name: string): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    INVALID_NAME.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw new FakeOfficeError(ERROR_CODES.invalidArgument, `The sheet name '${name}' is not valid.`);
  }
}

function liveSheet(sheet: FakeSheet): FakeSheet {
  if (!sheet.workbook.sheets.includes(sheet))
    throw new FakeOfficeError(ERROR_CODES.itemNotFound, "The worksheet was deleted.");
  return sheet;
}

function structure(workbook: FakeWorkbook): FakeWorkbook {
  if (workbook.structureProtected) throw new FakeOfficeError(ERROR_CODES.accessDenied);
  return workbook;
}

function addressOf(input: string | FakeRange, scope: BatchScope): string {
  if (typeof input === "string") return input;
  const target = input.targetFor(scope);
  return `${quoteSheet(target.sheet.name)}!${formatBox(target.box)}`;
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayoutObject;

  constructor(
    context: ActionQueue,
    private readonly limits: HostLimits,
    resolver: ((scope: BatchScope) => FakeSheet | null) | FakeSheet,
    creation?: { label: string; api: string; args: unknown },
    orNull = false,
  ) {
    super(context, typeof resolver === "function" ? resolver : () => resolver, orNull);
    if (typeof resolver !== "function") this.presetTarget(resolver);
    else if (creation) this.queueCreation(creation.label, creation.api, creation.args);
    this.freezePanes = new FakeFreezePanes(context, this);
    this.pageLayout = new FakePageLayoutObject(context, this);
  }

  protected override navigation(): Record<string, FakeClientObject<unknown>> {
    return { pageLayout: this.pageLayout as FakeClientObject<unknown> };
  }

  protected scalars(sheet: FakeSheet): Record<string, () => unknown> {
    return {
      name: () => liveSheet(sheet).name,
      id: () => sheet.id,
      position: () => sheet.workbook.sheets.indexOf(liveSheet(sheet)),
      visibility: () => sheet.visibility,
    };
  }

  /** Applies a change to the sheet when the batch runs. */
  sheetFor(scope: BatchScope): FakeSheet {
    return liveSheet(this.target(scope));
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.queueWrite(
      "rename",
      "1.1",
      { name },
      (scope) => {
        const sheet = this.sheetFor(scope);
        structure(sheet.workbook);
        checkName(name);
        const other = sheet.workbook.sheetByName(name);
        if (other && other !== sheet) throw new FakeOfficeError(ERROR_CODES.itemAlreadyExists);
        sheet.rename(name);
      },
      () => ({ sheet: name }),
    );
  }
  get id(): string {
    return this.loaded("id");
  }
  get position(): number {
    return this.loaded("position");
  }
  get visibility(): string {
    return this.loaded("visibility");
  }

  delete(): void {
    let name = "";
    this.queueWrite(
      "delete",
      "1.1",
      {},
      (scope) => {
        const sheet = this.sheetFor(scope);
        const workbook = structure(sheet.workbook);
        if (workbook.sheets.filter((s) => s !== sheet && s.visibility === "Visible").length === 0) {
          throw new FakeOfficeError(
            ERROR_CODES.invalidOperation,
            "A workbook must contain at least one visible worksheet.",
          );
        }
        name = sheet.name;
        workbook.removeSheet(sheet);
      },
      () => ({ sheet: name }),
    );
  }

  activate(): void {
    this.queueWrite("activate", "1.1", {}, (scope) => {
      const sheet = this.sheetFor(scope);
      sheet.workbook.activate(sheet);
    });
  }

  private range(
    label: string,
    api: string,
    args: unknown,
    box: (sheet: FakeSheet) => Box | null,
    orNull = false,
  ): FakeRange {
    return new FakeRange(
      this.context,
      this.limits,
      (scope): RangeTarget | null => {
        const sheet = this.sheetFor(scope);
        const found = box(sheet);
        return found ? { sheet, box: found } : null;
      },
      { label, api, args },
      orNull,
    );
  }

  getRange(address?: string): FakeRange {
    return this.range("getRange", "1.1", { address }, () => {
      if (address === undefined || address === "") return parseAddress("A:XFD");
      try {
        return parseAddress(address);
      } catch {
        throw new FakeOfficeError(ERROR_CODES.invalidArgument, `The address '${address}' is not valid.`);
      }
    });
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this.range("getUsedRange", valuesOnly ? "1.2" : "1.1", { valuesOnly }, (sheet) => {
      return sheet.usedBox(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range(
      "getUsedRangeOrNullObject",
      "1.4",
      { valuesOnly },
      (sheet) => sheet.usedBox(valuesOnly),
      true,
    );
  }
}

export class FakeFreezePanes extends FakeClientObject<FakeSheet> {
  constructor(
    context: ActionQueue,
    private readonly sheet: FakeWorksheet,
  ) {
    super(context, (scope) => sheet.sheetFor(scope));
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  freezeRows(count = 1): void {
    this.context.enqueue({
      label: "freezeRows",
      api: "1.7",
      requestBytes: requestBytes({ count }),
      execute: (scope) => this.sheet.sheetFor(scope).setFreezeRows(count),
    });
  }
}

export class FakePageLayoutObject extends FakeClientObject<FakeSheet> {
  constructor(
    context: ActionQueue,
    private readonly sheet: FakeWorksheet,
  ) {
    super(context, (scope) => sheet.sheetFor(scope));
  }

  protected scalars(sheet: FakeSheet): Record<string, () => unknown> {
    return {
      orientation: () => sheet.pageLayout.orientation ?? "Portrait",
      paperSize: () => sheet.pageLayout.paperSize ?? "Letter",
      zoom: () => sheet.pageLayout.zoom ?? { scale: 100 },
    };
  }

  private set(label: string, patch: (scope: BatchScope) => FakePageLayout, args: unknown): void {
    this.context.enqueue({
      label: `pageLayout.${label}`,
      api: "1.9",
      requestBytes: requestBytes(args),
      execute: (scope) => this.sheet.sheetFor(scope).setPageLayout(patch(scope)),
    });
  }

  get orientation(): string {
    return this.loaded("orientation");
  }
  set orientation(value: string) {
    this.set("orientation", () => ({ orientation: value }), value);
  }
  get paperSize(): string {
    return this.loaded("paperSize");
  }
  set paperSize(value: string) {
    this.set("paperSize", () => ({ paperSize: value }), value);
  }
  get zoom(): FakePageLayout["zoom"] {
    return this.loaded("zoom");
  }
  set zoom(value: FakePageLayout["zoom"]) {
    this.set("zoom", () => ({ zoom: { ...value } }), value);
  }

  setPrintArea(area: string | FakeRange): void {
    this.set(
      "setPrintArea",
      (scope) => ({ printArea: addressOf(area, scope) }),
      typeof area === "string" ? area : {},
    );
  }

  setPrintTitleRows(rows: string | FakeRange): void {
    this.set(
      "setPrintTitleRows",
      (scope) => ({ printTitleRows: addressOf(rows, scope) }),
      typeof rows === "string" ? rows : {},
    );
  }
}

export class FakeWorksheetCollection extends FakeClientObject<FakeWorkbook> {
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(
    context: ActionQueue,
    private readonly limits: HostLimits,
    workbook: FakeWorkbook,
  ) {
    super(context, () => workbook);
    this.presetTarget(workbook);
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  /** "items/name" and "name" both load the items' names, as in Office.js. */
  override loadPathList(paths: string[]): void {
    const properties = paths.map((path) => path.replace(/^items\/?/, "")).filter(Boolean);
    this.context.enqueue({
      label: "load",
      api: "1.1",
      requestBytes: requestBytes(paths),
      execute: (scope) => {
        const workbook = this.target(scope);
        const items = workbook.sheets.map((sheet) => new FakeWorksheet(this.context, this.limits, sheet));
        const values = workbook.sheets.map((sheet) => ({
          name: sheet.name,
          id: sheet.id,
          position: workbook.sheets.indexOf(sheet),
          visibility: sheet.visibility,
        }));
        scope.responseBytes += responseBytes(values);
        items.forEach((item, i) => item.preload(scope, values[i], properties));
        scope.commits.push(() => (this.loadedItems = items));
      },
    });
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, this.limits, (scope) => this.find(scope, key), {
      label: "getItem",
      api: "1.1",
      args: { key },
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this.limits,
      (scope) => this.find(scope, key),
      { label: "getItemOrNullObject", api: "1.4", args: { key } },
      true,
    );
  }

  private find(scope: BatchScope, key: string): FakeSheet | null {
    const workbook = this.target(scope);
    return workbook.sheetByName(key) ?? workbook.sheetById(key) ?? null;
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, this.limits, (scope) => this.target(scope).activeSheet ?? null, {
      label: "getActiveWorksheet",
      api: "1.1",
      args: {},
    });
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this.limits,
      (scope) => {
        const workbook = structure(this.target(scope));
        let sheetName = name;
        if (sheetName === undefined) {
          let n = workbook.sheets.length + 1;
          while (workbook.sheetByName(`Sheet${n}`)) n++;
          sheetName = `Sheet${n}`;
        }
        checkName(sheetName);
        if (workbook.sheetByName(sheetName)) throw new FakeOfficeError(ERROR_CODES.itemAlreadyExists);
        return workbook.addSheet(sheetName);
      },
      { label: "add", api: "1.1", args: { name } },
    );
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.context.enqueue({
      label: "getCount",
      api: "1.4",
      requestBytes: requestBytes({}),
      execute: (scope) => result.settle(scope, this.target(scope).sheets.length),
    });
    return result;
  }
}
