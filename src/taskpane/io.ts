import type { SheetMapping } from "../core";
import type { Grid } from "../core";
import type { SheetSpec } from "../core";
import type { ReadOptions, WriteResult } from "../ports/workbook-port";

/** Where the pane runs: inside Excel (Office.js), or a plain browser working on an opened file. */
export type HostMode = "excel" | "browser";

/**
 * What the user chose for this workbook, kept with the workbook (Workbook.settings in Excel) so
 * that it is there again when the pane or the file is reopened.
 */
export interface TaskpaneSettings {
  /** Corrections of the recognition, by sheet name; they win over the guess. */
  mappings: Record<string, SheetMapping>;
  /** The criteria preset chosen, or null to use the preset for the workbook's year. */
  criteriaId: string | null;
}

export const EMPTY_SETTINGS: TaskpaneSettings = { mappings: {}, criteriaId: null };

/** The part of a File System Access handle the pane uses (Chromium-based browsers). */
export interface FileHandleLike {
  getFile(): Promise<File>;
}

/** The file opened in browser mode. */
export interface OpenedFile {
  name: string;
  size: number;
}

/**
 * Every input and output of the task pane. Components receive this object as a prop and never
 * call Office or the workbook readers themselves, so tests and the two hosts can supply their own.
 */
export interface TaskpaneIO {
  mode: HostMode;
  readSheets(options?: ReadOptions): Promise<Grid[]>;
  writeSheets(specs: SheetSpec[]): Promise<WriteResult>;
  selectCell(sheet: string, address: string): Promise<void>;
  loadSettings(): Promise<TaskpaneSettings>;
  saveSettings(settings: TaskpaneSettings): Promise<void>;
  /**
   * Browser mode: opens a workbook chosen by the user; `handle` (File System Access) lets the
   * pane read the same file again from disk after the user corrected it.
   */
  openFile?(file: File, handle?: FileHandleLike): Promise<OpenedFile>;
  /**
   * Browser mode: reads the opened file again from disk. "pick" when the browser cannot (the file
   * changed since it was chosen and there is no File System Access handle): the user must choose
   * the corrected file again.
   */
  reopenFile?(): Promise<OpenedFile | "pick">;
  /** Browser mode: downloads the workbook as it now is (with the sheets written). */
  downloadFile?(): Promise<string>;
  /**
   * Reads a workbook file the user chose (a unit's submission, a list of units) into grids, in
   * this page. Used by the roll-up in both modes; it never touches the open workbook.
   */
  readWorkbookFile(bytes: Uint8Array): Promise<Grid[]>;
  /**
   * Browser mode, no workbook open: writes the sheets into a new workbook and downloads it under
   * `fileName`. Returns what was written.
   */
  downloadNewWorkbook?(specs: SheetSpec[], fileName: string): Promise<WriteResult>;
}
