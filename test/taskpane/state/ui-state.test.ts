import {
  DEFAULT_UI_STATE,
  UI_STATE_KEY,
  loadUiState,
  saveUiState,
  type KeyValueStore,
  type UiState,
} from "../../../src/taskpane/state/ui-state";

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => (key in data ? data[key] : null),
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}

describe("task pane UI state", () => {
  it("survives closing and reopening the pane (a save then a load in a new session)", () => {
    const store = memoryStore();
    const state: UiState = { tab: "issues", severity: "warning", text: "thẻ" };
    saveUiState(store, state);
    expect(JSON.parse(store.data[UI_STATE_KEY])).toEqual(state);
    expect(loadUiState(store)).toEqual(state);
  });

  it("starts on the recognition tab when nothing was saved", () => {
    expect(loadUiState(memoryStore())).toEqual(DEFAULT_UI_STATE);
    expect(loadUiState(null)).toEqual(DEFAULT_UI_STATE);
  });

  it("ignores malformed or stale saved values field by field", () => {
    const store = memoryStore({
      [UI_STATE_KEY]: JSON.stringify({ tab: "charts", severity: "info", text: 42 }),
    });
    expect(loadUiState(store)).toEqual({ ...DEFAULT_UI_STATE, severity: "info" });
    expect(loadUiState(memoryStore({ [UI_STATE_KEY]: "{not json" }))).toEqual(DEFAULT_UI_STATE);
  });

  it("keeps working when the browser refuses storage", () => {
    const blocked: KeyValueStore = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(loadUiState(blocked)).toEqual(DEFAULT_UI_STATE);
    expect(() => saveUiState(blocked, DEFAULT_UI_STATE)).not.toThrow();
  });
});
