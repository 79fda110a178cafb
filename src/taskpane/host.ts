import { langFromLocale, t } from "../i18n";
import type { Lang } from "../i18n/types";
import { hasRequiredApi, MINIMUM_EXCEL_API } from "../excel/api-sets";
import { createBrowserIO } from "./browser-io";
import { browserLang, browserStore, currentSearch } from "./browser-host";
import type { TaskpaneIO } from "./io";
import { createOfficeIO } from "./office-io";

export { browserLang, browserStore } from "./browser-host";

export interface Host {
  io: TaskpaneIO;
  lang: Lang;
  /**
   * Set when this Excel lacks the requirement set the pane needs (ExcelApi MINIMUM_EXCEL_API):
   * the pane then says so and where to go, instead of failing at the first read or write.
   */
  missingApi?: { set: "ExcelApi"; version: string };
}

/** Office.context.requirements.isSetSupported, or null where this office.js has none (Office 2013). */
function officeIsSetSupported(): ((name: string, version: string) => boolean) | null {
  try {
    const requirements = Office.context.requirements;
    if (!requirements || typeof requirements.isSetSupported !== "function") return null;
    return (name, version) => requirements.isSetSupported(name, version);
  } catch {
    return null;
  }
}

/**
 * Decides where the pane runs. Inside Excel, Office.onReady names the host: the workbook is read
 * and written through Office.js, once the host has said it supports the API the add-in needs.
 * Opened in a plain browser, office.js reports no host (or did not load at all): the user opens
 * an .xlsx file, ExcelJS is loaded for it, and the result is downloaded.
 */
export async function startHost(): Promise<Host> {
  const store = browserStore();
  if (typeof Office === "undefined") {
    const lang = browserLang(currentSearch());
    return { io: createBrowserIO(store, t(lang, "taskpane.file.suffix")), lang };
  }
  const info = await Office.onReady();
  if (info.host === Office.HostType.Excel) {
    const lang = langFromLocale(Office.context.displayLanguage);
    const io = createOfficeIO(lang);
    if (!hasRequiredApi(officeIsSetSupported()))
      return { io, lang, missingApi: { set: "ExcelApi", version: MINIMUM_EXCEL_API } };
    return { io, lang };
  }
  const lang = browserLang(currentSearch());
  return { io: createBrowserIO(store, t(lang, "taskpane.file.suffix")), lang };
}
