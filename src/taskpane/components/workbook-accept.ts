/** The workbook files the pane opens in a plain browser: what the lean reader and SheetJS read. */
export const WORKBOOK_ACCEPT = [
  ".xlsx",
  ".xlsm",
  ".xls",
  ".ods",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-excel.sheet.macroEnabled.12",
  "application/vnd.ms-excel",
  "application/vnd.oasis.opendocument.spreadsheet",
].join(",");
