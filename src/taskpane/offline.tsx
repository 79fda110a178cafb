import { createRoot } from "react-dom/client";
import { t } from "../i18n";
import { createBrowserIO } from "./browser-io";
import { browserLang, browserStore, currentSearch } from "./browser-host";
import { App } from "./components/App";
import { versionedIO } from "./version";

/**
 * The entry point of chibo.html, the offline file: the browser mode only, with no office.js and
 * nothing to fetch. The workbook is opened from the disk, read and written in this page, and
 * downloaded again (see webpack.config.js and scripts/inline-chunks-plugin.js).
 */
function main(): void {
  const container = document.getElementById("container");
  if (!container) return;
  const lang = browserLang(currentSearch());
  const store = browserStore();
  const io = versionedIO(createBrowserIO(store, t(lang, "taskpane.file.suffix")));
  document.documentElement.lang = lang;
  createRoot(container).render(<App io={io} lang={lang} store={store} offline />);
}

main();
