import { langFromLocale, t } from "../i18n";
import type { Lang } from "../i18n/types";
import { hasRequiredApi, MINIMUM_EXCEL_API } from "../excel/api-sets";
import { createBrowserIO } from "./browser-io";
import { browserLang, browserStore, currentSearch } from "./browser-host";
import type { TaskpaneIO } from "./io";
import { createOfficeIO } from "./office-io";
import { isDarkColor } from "./state/theme";

export { browserLang, browserStore } from "./browser-host";

export interface Host {
  io: TaskpaneIO;
  lang: Lang;
  /**
   * Set when this Excel lacks the requirement set the pane needs (ExcelApi MINIMUM_EXCEL_API):
   * the pane then says so and where to go, instead of failing at the first read or write.
   */
  missingApi?: { set: "ExcelApi"; version: string };
  /** The pane follows Office's theme inside Excel, the system's colour scheme in a browser. */
  dark: boolean;
}

function browserPrefersDark(): boolean {
  try {
    return window.matchMedia("(prefers-color-scheme: dark)").matches;
  } catch {
    return false;
  }
}

/** Office's theme where the host gives it (ExcelApi on Windows, Mac and the web); light otherwise. */
function officeThemeIsDark(): boolean {
  try {
    return isDarkColor(Office.context.officeTheme?.bodyBackgroundColor);
  } catch {
    return false;
  }
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
 * an .xlsx file, the file port (src/xlsx/port.ts) is loaded for it, and the result is downloaded.
 */
export async function startHost(): Promise<Host> {
  const store = browserStore();
  if (typeof Office === "undefined") {
    const lang = browserLang(currentSearch());
    return { io: createBrowserIO(store, t(lang, "taskpane.file.suffix")), lang, dark: browserPrefersDark() };
  }
  const info = await Office.onReady();
  if (info.host === Office.HostType.Excel) {
    const lang = langFromLocale(Office.context.displayLanguage);
    const io = createOfficeIO(lang);
    const dark = officeThemeIsDark();
    if (!hasRequiredApi(officeIsSetSupported()))
      return { io, lang, dark, missingApi: { set: "ExcelApi", version: MINIMUM_EXCEL_API } };
    return { io, lang, dark };
  }
  const lang = browserLang(currentSearch());
  return { io: createBrowserIO(store, t(lang, "taskpane.file.suffix")), lang, dark: browserPrefersDark() };
}
