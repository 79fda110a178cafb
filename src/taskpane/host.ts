import { langFromLocale, t } from "../i18n";
import type { Lang } from "../i18n/types";
import { createBrowserIO } from "./browser-io";
import type { TaskpaneIO } from "./io";
import { createOfficeIO } from "./office-io";
import { isDarkColor } from "./state/theme";
import type { KeyValueStore } from "./state/ui-state";

export interface Host {
  io: TaskpaneIO;
  lang: Lang;
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

/** The browser's localStorage, or null where it is blocked (some webviews, strict privacy settings). */
export function browserStore(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The language of the pane in a plain browser: Vietnamese, or English with "?lang=en" in the address. */
export function browserLang(search: string): Lang {
  return langFromLocale(new URLSearchParams(search).get("lang"));
}

function currentSearch(): string {
  try {
    return window.location.search;
  } catch {
    return "";
  }
}

/**
 * Decides where the pane runs. Inside Excel, Office.onReady names the host: the workbook is read
 * and written through Office.js. Opened in a plain browser, office.js reports no host (or did not
 * load at all): the user opens an .xlsx file, ExcelJS is loaded for it, and the result is downloaded.
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
    return { io: createOfficeIO(lang), lang, dark: officeThemeIsDark() };
  }
  const lang = browserLang(currentSearch());
  return { io: createBrowserIO(store, t(lang, "taskpane.file.suffix")), lang, dark: browserPrefersDark() };
}
