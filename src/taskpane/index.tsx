import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { UnsupportedExcel } from "./components/UnsupportedExcel";
import { browserStore, startHost } from "./host";
import { versionedIO } from "./version";

/** The task pane's entry point: find the host, then show the pane (or why it cannot run here). */
async function main(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const { io, lang, dark, missingApi } = await startHost();
  document.documentElement.lang = lang;
  createRoot(container).render(
    missingApi ? (
      <UnsupportedExcel lang={lang} version={missingApi.version} />
    ) : (
      <App io={versionedIO(io)} lang={lang} store={browserStore()} dark={dark} />
    ),
  );
}

void main();
