/** Excel (Office.js) texts (en): what the user reads when Excel refuses an action. Keys shared with ../vi/excel.ts. */
export const excelText = {
  "excel.read.failed": "Could not read the data from Excel.",
  "excel.write.failed": "Could not write the summary sheets.",
  "excel.select.failed": "Could not go to cell {address} on sheet “{sheet}”.",
  "excel.settings.failed": "Could not save the settings in the workbook.",
  "excel.error.cellEditMode": "Finish editing the cell (press Enter or Esc), then try again.",
  "excel.error.accessDenied":
    "Excel did not allow the change because the workbook or a sheet is protected. Unprotect it (Review › Unprotect), then try again.",
  "excel.error.nameTaken": "A sheet with that name already exists. Rename that sheet, then try again.",
  "excel.error.notFound":
    "The sheet or cell was not found; it may have been renamed or deleted. Check it, then try again.",
  "excel.error.payloadTooLarge":
    "The data is too large for Excel on the web to transfer at once. Try again; if it still fails, open the workbook in the Excel desktop app.",
  "excel.error.apiNotAvailable":
    "This version of Excel does not support the operation needed. Update Excel or use Excel on the web.",
  "excel.error.busy": "Excel is busy. Wait a moment, then try again.",
  "excel.error.general":
    "Excel reported an error ({code}). Try again; if it still fails, save, close and reopen the workbook.",
  "excel.write.unchanged": "The workbook is as it was: no sheet was changed.",
  "excel.write.leftovers":
    "Temporary sheets whose names start with “{prefix}” may remain; you can delete them.",
  "excel.write.renamed":
    "Sheet “{requested}” is your own, so it was left alone; the summary was written as “{actual}”.",
};
