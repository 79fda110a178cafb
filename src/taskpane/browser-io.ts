import type { XlsxWorkbookPort } from "../xlsx/port";
import { downloadBytes, resultFileName } from "./download";
import {
  EMPTY_SETTINGS,
  type FileHandleLike,
  type OpenedFile,
  type TaskpaneIO,
  type TaskpaneSettings,
} from "./io";
import type { KeyValueStore } from "./state/ui-state";
import { loadXlsxPort, readWorkbookBytes } from "./xlsx-loader";

const SETTINGS_PREFIX = "chibo.settings:";

function parseSettings(raw: string | null): TaskpaneSettings {
  if (!raw) return EMPTY_SETTINGS;
  try {
    const value = JSON.parse(raw) as Partial<TaskpaneSettings>;
    return {
      mappings: value.mappings && typeof value.mappings === "object" ? value.mappings : {},
      criteriaId: typeof value.criteriaId === "string" ? value.criteriaId : null,
    };
  } catch {
    return EMPTY_SETTINGS;
  }
}

/**
 * Browser mode: the workbook is a file opened in this page and read by the lean reader and written
 * by the package writer (src/xlsx/port.ts);
 * the result is downloaded. A file carries no add-in settings, so the user's corrections are
 * remembered in the browser under the file's name.
 */
export function createBrowserIO(store: KeyValueStore | null, suffix: string): TaskpaneIO {
  let port: XlsxWorkbookPort | null = null;
  let opened: OpenedFile | null = null;
  let source: { file: File; handle: FileHandleLike | null } | null = null;

  const openBytes = async (file: File): Promise<OpenedFile> => {
    const { XlsxWorkbookPort } = await loadXlsxPort();
    const bytes = new Uint8Array(await file.arrayBuffer());
    port = await XlsxWorkbookPort.open(bytes);
    opened = { name: file.name, size: file.size };
    return opened;
  };

  const current = (): XlsxWorkbookPort => {
    if (!port) throw new Error("No workbook is open");
    return port;
  };

  return {
    mode: "browser",
    readSheets: async (options) => current().readSheets(options),
    writeSheets: async (specs) => current().writeSheets(specs),
    // A file has no screen: the port records the cell so that Excel opens the downloaded file there.
    selectCell: async (sheet, address) => current().selectCell(sheet, address),
    async loadSettings() {
      if (!opened || !store) return EMPTY_SETTINGS;
      try {
        return parseSettings(store.getItem(SETTINGS_PREFIX + opened.name));
      } catch {
        return EMPTY_SETTINGS;
      }
    },
    async saveSettings(settings) {
      if (!opened || !store) return;
      try {
        store.setItem(SETTINGS_PREFIX + opened.name, JSON.stringify(settings));
      } catch {
        // Not remembered across visits; the analysis still uses the settings given.
      }
    },
    async openFile(file, handle) {
      const result = await openBytes(file);
      source = { file, handle: handle ?? null };
      return result;
    },
    async reopenFile() {
      if (!source) return "pick";
      if (source.handle) {
        const fresh = await source.handle.getFile();
        source = { file: fresh, handle: source.handle };
        return openBytes(fresh);
      }
      // A File chosen in an <input> is read from disk again; once the file has changed on disk
      // the browser refuses (NotReadableError) and the corrected file must be chosen again.
      try {
        return await openBytes(source.file);
      } catch {
        return "pick";
      }
    },
    async downloadFile() {
      const name = resultFileName(opened?.name ?? "chibo.xlsx", suffix);
      downloadBytes(await current().save(), name);
      return name;
    },
    readWorkbookFile: readWorkbookBytes,
    async downloadNewWorkbook(specs, fileName) {
      const { XlsxWorkbookPort } = await loadXlsxPort();
      const book = XlsxWorkbookPort.create();
      const result = await book.writeSheets(specs);
      downloadBytes(await book.save(), fileName);
      return result;
    },
  };
}
