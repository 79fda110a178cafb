/** The ExcelJS port, without file-system helpers (those are in node-files.ts, Node only). */
export { createXlsxBook, type XlsxBook } from "./book";
export { XlsxReadError, XlsxWriteError, type XlsxReadFailure, type XlsxWriteFailure } from "./errors";
export { XlsxWorkbookPort, type CellSelection } from "./port";
export { gridsFromBook, readXlsx, type GridReadOptions } from "./read";
export { addSheetsToWorkbook, chiboSheetNames, newWorkbook, writeSheetsToPackage } from "./write";
