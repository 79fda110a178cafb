import { useCallback, useReducer, useRef } from "react";
import { t, wordsFor } from "../i18n";
import type { Lang } from "../i18n/types";
import type { TaskpaneIO } from "./io";
import { describeError } from "./state/errors";
import { parseExpectedFile, runRollup } from "./state/rollup-run";
import { initialRollupState, rollupReducer, type RollupViewState } from "./state/rollup-view";

export interface Rollup {
  state: RollupViewState<File>;
  addFiles(files: readonly File[]): void;
  removeFile(index: number): void;
  clearFiles(): void;
  /** Reads a list of expected units; null removes the list. */
  chooseExpected(file: File | null): Promise<void>;
  setUnitName(name: string): void;
  /** Reads every file chosen, one by one, and consolidates them. */
  start(): Promise<void>;
}

async function fileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * The roll-up's work in the pane. Files are read in this page through `io` (the lean reader, loaded
 * on first use): nothing is uploaded. Kept by the App, so that switching tabs keeps the result.
 * A failure is handed to `onError` already worded for the user.
 */
export function useRollup(
  io: TaskpaneIO,
  lang: Lang,
  criteriaId: string | null,
  onError: (message: string | null) => void,
): Rollup {
  const [state, dispatch] = useReducer(rollupReducer<File>, undefined, () => initialRollupState<File>());
  const stateRef = useRef(state);
  stateRef.current = state;

  const chooseExpected = useCallback(
    async (file: File | null) => {
      onError(null);
      if (!file) {
        dispatch({ type: "expected", choice: null });
        return;
      }
      const action = t(lang, "taskpane.rollup.action.expected", { file: file.name });
      try {
        const parsed = await parseExpectedFile(file.name, await fileBytes(file), io.readWorkbookFile);
        if (parsed.ok) dispatch({ type: "expected", choice: { file: file.name, expected: parsed.expected } });
        else onError(t(lang, "taskpane.rollup.expectedBad", { file: file.name, detail: parsed.detail }));
      } catch (cause) {
        onError(describeError(cause, lang, action));
      }
    },
    [io, lang, onError],
  );

  const start = useCallback(async () => {
    const current = stateRef.current;
    if (current.running || current.files.length === 0) return;
    onError(null);
    dispatch({ type: "start" });
    const unit = current.unitName.trim();
    try {
      const outcome = await runRollup(
        current.files.map((file) => ({ name: file.name, bytes: () => fileBytes(file) })),
        {
          words: wordsFor(lang),
          readGrids: io.readWorkbookFile,
          ...(criteriaId ? { criteria: criteriaId } : {}),
          ...(current.expected ? { expected: current.expected.expected } : {}),
          ...(unit ? { unit } : {}),
        },
        {
          onReading: (index) => dispatch({ type: "reading", index }),
          onRead: (index, progress) => dispatch({ type: "read", index, progress }),
        },
      );
      dispatch({ type: "finished", outcome });
    } catch (cause) {
      dispatch({ type: "stopped" });
      onError(describeError(cause, lang, t(lang, "taskpane.rollup.action.run")));
    }
  }, [io, lang, criteriaId, onError]);

  return {
    state,
    addFiles: useCallback((files: readonly File[]) => dispatch({ type: "add", files }), []),
    removeFile: useCallback((index: number) => dispatch({ type: "remove", index }), []),
    clearFiles: useCallback(() => dispatch({ type: "clear" }), []),
    chooseExpected,
    setUnitName: useCallback((name: string) => dispatch({ type: "unit-name", name }), []),
    start,
  };
}
