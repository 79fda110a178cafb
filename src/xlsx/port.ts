import type { Grid } from "../core";
import { isChiboSheet, parseA1, specValues, type SheetSpec } from "../core";
import type { ReadOptions, WorkbookPort, WriteResult } from "../ports/workbook-port";
import { XlsxWriteError } from "./errors";
import { isOoxmlWorkbook } from "./ooxml-detect";
import { fflateCodec } from "./package/codec";
import { readWorkbookGrids, type GridsReadOptions } from "./read-grids";
import { sameSheetName } from "./sheet-names";
import { writeSheetsToPackage } from "./package/write-package";

export interface CellSelection {
  sheet: string;
  address: string;
}

/**
 * The WorkbookPort over an .xlsx file's bytes: the CLI, the task pane opened in a plain browser
 * and the roll-up. Reading goes through the lean reader (read-grids.ts: .xlsx, .xlsm, .xls, .ods);
 * writing adds our sheets to the package
 * itself, so that everything else in the file is kept byte for byte (write-package.ts).
 * Nothing here touches the file system; bytes in, bytes out.
 */
export class XlsxWorkbookPort implements WorkbookPort {
  private lastSelection: CellSelection | null = null;
  /** The grids of `bytes` once read (null after a write: read again on demand). */
  private grids: Grid[] | null = null;
  private sheetNames: string[];
  private readonly ours = new Set<string>();

  private constructor(
    private bytes: Uint8Array | null,
    private readonly readOptions: GridsReadOptions = {},
  ) {
    this.sheetNames = [];
  }

  /** Opens a workbook from its bytes; throws XlsxReadError for a file that cannot be read. */
  static async open(
    data: Uint8Array | ArrayBuffer,
    options: GridsReadOptions = {},
  ): Promise<XlsxWorkbookPort> {
    const bytes = ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);
    const port = new XlsxWorkbookPort(bytes, options);
    await port.readSheets();
    return port;
  }

  /** A port over a new, empty workbook. */
  static create(): XlsxWorkbookPort {
    return new XlsxWorkbookPort(null);
  }

  async readSheets(options: ReadOptions = {}): Promise<Grid[]> {
    if (!this.grids) {
      const grids = this.bytes
        ? await readWorkbookGrids(this.bytes, { ...this.readOptions, onProgress: options.onProgress })
        : [];
      this.sheetNames = grids.map((grid) => grid.name);
      for (const grid of grids) if (isChiboSheet(grid)) this.ours.add(grid.name.toLowerCase());
      this.grids = grids;
      return grids;
    }
    this.grids.forEach((_, i, all) => options.onProgress?.(i + 1, all.length));
    return this.grids;
  }

  async writeSheets(specs: SheetSpec[]): Promise<WriteResult> {
    if (this.bytes && !isOoxmlWorkbook(this.bytes, (await fflateCodec()).inflate))
      throw new XlsxWriteError(
        "not-xlsx",
        specs[0]?.name ?? "",
        "sheets are added to .xlsx/.xlsm files only",
      );
    if (this.bytes && !this.grids) await this.readSheets();
    const written = await writeSheetsToPackage({
      source: this.bytes,
      specs,
      isOurs: (name) => this.ours.has(name.toLowerCase()),
    });
    this.bytes = written.bytes;
    this.sheetNames = written.sheets;
    specs.forEach((spec, i) => {
      const actual = written.result.written[i].actual;
      if (isChiboSheet({ name: actual, rows: specValues(spec).slice(0, 1) }))
        this.ours.add(actual.toLowerCase());
    });
    // The grids are of the bytes before: read again when asked.
    this.grids = null;
    return written.result;
  }

  /**
   * There is no screen to show: the selection is recorded (see `selection`) and saved as the
   * workbook's active sheet and that sheet's active cell, so Excel opens the file there.
   */
  async selectCell(sheet: string, address: string): Promise<void> {
    const index = this.sheetNames.findIndex((name) => sameSheetName(name, sheet));
    if (index < 0) throw new Error(`No sheet named "${sheet}"`);
    const position = parseA1(address);
    if (!position) throw new Error(`"${address}" is not a cell address`);
    const cell = address.replace(/\$/g, "").trim().toUpperCase();
    this.lastSelection = { sheet: this.sheetNames[index], address: cell };
  }

  /** The cell last selected, or null. */
  get selection(): CellSelection | null {
    return this.lastSelection;
  }

  /** The workbook as .xlsx bytes. */
  async save(): Promise<Uint8Array> {
    if (this.bytes && !this.lastSelection) return this.bytes;
    const written = await writeSheetsToPackage({
      source: this.bytes,
      specs: [],
      isOurs: () => false,
      selection: this.lastSelection,
    });
    return written.bytes;
  }
}
