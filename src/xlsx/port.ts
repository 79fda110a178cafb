import type { Grid } from "../core";
import { parseA1 } from "../core";
import type { SheetSpec } from "../core";
import type { ReadOptions, WorkbookPort, WriteResult } from "../ports/workbook-port";
import { createXlsxBook, type XlsxBook } from "./book";
import { gridsFromBook, readXlsx } from "./read";
import { sameSheetName } from "./sheet-names";
import { applySheetSpecs, writeXlsx } from "./write";

export interface CellSelection {
  sheet: string;
  address: string;
}

/** The shape of a sheet view ExcelJS reads and writes (its typings leave out tabSelected). */
interface SheetViewLike {
  state?: string;
  activeCell?: string;
  tabSelected?: boolean;
}

/**
 * The WorkbookPort over an ExcelJS workbook: the CLI, the task pane opened in a plain browser
 * and the roll-up. Nothing here touches the file system; bytes in, bytes out.
 */
export class XlsxWorkbookPort implements WorkbookPort {
  private lastSelection: CellSelection | null = null;

  constructor(readonly book: XlsxBook) {}

  /** Opens a workbook from its bytes; throws XlsxReadError for a file that cannot be read. */
  static async open(data: Uint8Array | ArrayBuffer): Promise<XlsxWorkbookPort> {
    return new XlsxWorkbookPort(await readXlsx(data));
  }

  /** A port over a new, empty workbook. */
  static create(): XlsxWorkbookPort {
    return new XlsxWorkbookPort(createXlsxBook());
  }

  async readSheets(options: ReadOptions = {}): Promise<Grid[]> {
    return gridsFromBook(this.book, { onProgress: options.onProgress });
  }

  async writeSheets(specs: SheetSpec[]): Promise<WriteResult> {
    return applySheetSpecs(this.book, specs);
  }

  /**
   * There is no screen to show: the selection is recorded (see `selection`) and saved as the
   * workbook's active sheet and that sheet's active cell, so Excel opens the file there.
   */
  async selectCell(sheet: string, address: string): Promise<void> {
    const sheets = this.book.workbook.worksheets;
    const index = sheets.findIndex((ws) => sameSheetName(ws.name, sheet));
    if (index < 0) throw new Error(`No sheet named "${sheet}"`);
    const position = parseA1(address);
    if (!position) throw new Error(`"${address}" is not a cell address`);
    const cell = address.replace(/\$/g, "").trim().toUpperCase();

    sheets.forEach((ws, i) => {
      // A sheet loaded from a file without a <sheetViews> element has no views (null).
      const views = (ws.views ?? []) as SheetViewLike[];
      if (i !== index) {
        // Only one tab may be selected, or Excel opens the file with the sheets grouped.
        if (views.length > 0) views[0].tabSelected = false;
        return;
      }
      const view: SheetViewLike = views.length > 0 ? views[0] : { state: "normal" };
      view.tabSelected = true;
      view.activeCell = cell;
      if (views.length === 0) ws.views = [view as (typeof ws.views)[number]];
    });
    const workbook = this.book.workbook;
    if (!workbook.views || workbook.views.length === 0) {
      workbook.views = [
        { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: index, visibility: "visible" },
      ];
    } else {
      workbook.views[0].activeTab = index;
    }
    this.lastSelection = { sheet: sheets[index].name, address: cell };
  }

  /** The cell last selected, or null. */
  get selection(): CellSelection | null {
    return this.lastSelection;
  }

  /** The workbook as .xlsx bytes. */
  save(): Promise<Uint8Array> {
    return writeXlsx(this.book);
  }
}
