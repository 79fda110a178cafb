import type { Severity } from "../../core";

/** In the order shown: the answer first, the column mapping last (one click away from the answer). */
export const TABS = ["summary", "issues", "criteria", "rollup", "recognition"] as const;
export type TabId = (typeof TABS)[number];

export type SeverityFilter = Severity | "all";
const SEVERITY_FILTERS: readonly SeverityFilter[] = ["all", "error", "warning", "info"];

/**
 * What the pane shows, kept in the browser's storage so that closing and reopening the pane
 * brings the user back to where they were. What belongs to the workbook (the mapping, the
 * criteria chosen) is kept with the workbook instead: see TaskpaneSettings.
 */
export interface UiState {
  tab: TabId;
  severity: SeverityFilter;
  text: string;
}

export const DEFAULT_UI_STATE: UiState = { tab: "summary", severity: "all", text: "" };

export const UI_STATE_KEY = "chibo.taskpane.ui.v1";

/** The part of the Web Storage API the pane uses, so that tests can pass a map. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function isTab(value: unknown): value is TabId {
  return typeof value === "string" && (TABS as readonly string[]).includes(value);
}

function isSeverityFilter(value: unknown): value is SeverityFilter {
  return typeof value === "string" && (SEVERITY_FILTERS as readonly string[]).includes(value);
}

/** Reads the saved state; anything missing, stale or malformed falls back to the default. */
export function loadUiState(store: KeyValueStore | null): UiState {
  if (!store) return DEFAULT_UI_STATE;
  let raw: string | null;
  try {
    raw = store.getItem(UI_STATE_KEY);
  } catch {
    return DEFAULT_UI_STATE; // storage blocked (private mode, policy): the pane still works
  }
  if (!raw) return DEFAULT_UI_STATE;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return DEFAULT_UI_STATE;
  }
  if (typeof parsed !== "object" || parsed === null) return DEFAULT_UI_STATE;
  const v = parsed as Record<string, unknown>;
  return {
    tab: isTab(v.tab) ? v.tab : DEFAULT_UI_STATE.tab,
    severity: isSeverityFilter(v.severity) ? v.severity : DEFAULT_UI_STATE.severity,
    text: typeof v.text === "string" ? v.text : DEFAULT_UI_STATE.text,
  };
}

export function saveUiState(store: KeyValueStore | null, state: UiState): void {
  if (!store) return;
  try {
    store.setItem(UI_STATE_KEY, JSON.stringify(state));
  } catch {
    // A full or blocked storage only loses the remembered view, never the user's work.
  }
}
