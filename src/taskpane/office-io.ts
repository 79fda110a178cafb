import { OfficeWorkbookPort, officeDeps } from "../excel/port";
import { WorkbookSettings } from "../excel/settings";
import type { Lang } from "../i18n/types";
import type { TaskpaneIO } from "./io";
import { readWorkbookBytes } from "./xlsx-loader";

/** Inside Excel: the workbook through the Office.js port, the user's choices in its settings. */
export function createOfficeIO(lang: Lang): TaskpaneIO {
  const port = new OfficeWorkbookPort(officeDeps(lang));
  const settings = new WorkbookSettings(undefined, lang);
  return {
    mode: "excel",
    readSheets: (options) => port.readSheets(options),
    writeSheets: (specs) => port.writeSheets(specs),
    selectCell: (sheet, address) => port.selectCell(sheet, address),
    loadSettings: () => settings.load(),
    saveSettings: (data) => settings.save(data),
    // Files units sent are read by the lean reader in the pane; only the open workbook goes through Excel.
    readWorkbookFile: readWorkbookBytes,
  };
}
