import type { Grid } from "../core";
import type { SheetSpec } from "../core";

export interface ReadOptions {
  /** Called with 0..1 while sheets are read. */
  onProgress?: (done: number, total: number) => void;
}

export interface WriteResult {
  /** The names the sheets were written under (a user sheet with the same name keeps its name). */
  written: { requested: string; actual: string }[];
  /** Our earlier sheets replaced. */
  replaced: string[];
}

/**
 * The only way the front ends touch a workbook. Two implementations: Office.js (inside Excel)
 * and the file port, src/xlsx/port.ts (lean reader and package writer: CLI, browser mode, roll-up).
 */
export interface WorkbookPort {
  /** Every sheet as a grid: values, merged areas, font names where known. */
  readSheets(options?: ReadOptions): Promise<Grid[]>;
  /**
   * Writes the sheets all or nothing: sheets carrying chibo's marker are replaced; a user's sheet
   * with a requested name is left alone and ours gets another name.
   */
  writeSheets(specs: SheetSpec[]): Promise<WriteResult>;
  /** Selects a cell (and activates its sheet). */
  selectCell(sheet: string, address: string): Promise<void>;
}
