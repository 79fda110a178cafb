import { langFromLocale } from "../i18n";
import type { Lang } from "../i18n/types";
import type { KeyValueStore } from "./state/ui-state";

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

export function currentSearch(): string {
  try {
    return window.location.search;
  } catch {
    return "";
  }
}
