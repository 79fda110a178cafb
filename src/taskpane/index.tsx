import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { browserStore, startHost } from "./host";

/** The task pane's entry point: find the host, then show the pane. */
async function main(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const { io, lang, dark } = await startHost();
  document.documentElement.lang = lang;
  createRoot(container).render(<App io={io} lang={lang} store={browserStore()} dark={dark} />);
}

void main();
