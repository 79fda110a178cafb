import { useCallback, useEffect, useRef, useState } from "react";
import type { Analysis } from "../core";
import type { Grid } from "../core";
import type { SheetSpec } from "../core";
import type { WriteResult } from "../ports/workbook-port";
import { t } from "../i18n";
import type { Lang } from "../i18n/types";
import type { FileHandleLike, OpenedFile, TaskpaneIO, TaskpaneSettings } from "./io";
import { EMPTY_SETTINGS } from "./io";
import { describeError } from "./state/errors";
import { runAnalysis } from "./state/pipeline";

/** What the pane is busy with; `done`/`total` when the work reports its progress. */
export interface Busy {
  label: string;
  done?: number;
  total?: number;
}

export interface Session {
  settings: TaskpaneSettings;
  grids: Grid[] | null;
  analysis: Analysis | null;
  busy: Busy | null;
  error: string | null;
  /** The file opened in browser mode. */
  file: OpenedFile | null;
  /**
   * Reads the workbook again and analyses it. In a browser, the file is read again from disk;
   * returns "pick" when the browser cannot, and the corrected file must be chosen again.
   */
  refresh(): Promise<void | "pick">;
  /** Saves the user's corrections or criteria with the workbook, then analyses again. */
  updateSettings(next: TaskpaneSettings): Promise<void>;
  /** Writes sheets through the port with progress; returns null when it failed (the error is shown). */
  write(specs: () => SheetSpec[], label: string): Promise<WriteResult | null>;
  selectCell(sheet: string, cell: string): Promise<boolean>;
  openFile(file: File, handle?: FileHandleLike): Promise<void>;
  download(): Promise<string | null>;
  /** Re-reads the sheets without analysing (the criteria tab reads its sheet back). */
  readGrids(): Promise<Grid[] | null>;
  clearError(): void;
  showError(message: string): void;
}

/**
 * The pane's work with the workbook: read, analyse, save corrections, write. Each step reports
 * progress while it runs and turns a failure into a message the user can act on; nothing here
 * touches Office or the workbook file directly, only the `io` it is given.
 */
export function useSession(io: TaskpaneIO, lang: Lang): Session {
  const [settings, setSettings] = useState<TaskpaneSettings>(EMPTY_SETTINGS);
  const [grids, setGrids] = useState<Grid[] | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [file, setFile] = useState<OpenedFile | null>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  const fail = useCallback(
    (cause: unknown, action: string) => {
      setError(describeError(cause, lang, action));
    },
    [lang],
  );

  const readAll = useCallback(async (): Promise<Grid[]> => {
    setBusy({ label: t(lang, "taskpane.busy.reading") });
    return io.readSheets({
      onProgress: (done, total) => setBusy({ label: t(lang, "taskpane.busy.reading"), done, total }),
    });
  }, [io, lang]);

  const analyse = useCallback(
    async (read: Grid[], current: TaskpaneSettings) => {
      setBusy({ label: t(lang, "taskpane.busy.analysing") });
      // Let the progress bar paint before the (synchronous) analysis takes the thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
      setAnalysis(runAnalysis(read, current, lang));
    },
    [lang],
  );

  /** Reads settings and sheets, then analyses: the first thing done, and "Kiểm tra lại". */
  const load = useCallback(async () => {
    setError(null);
    try {
      setBusy({ label: t(lang, "taskpane.busy.reading") });
      const saved = await io.loadSettings();
      setSettings(saved);
      const read = await readAll();
      setGrids(read);
      await analyse(read, saved);
    } catch (cause) {
      fail(cause, t(lang, "taskpane.action.analyse"));
    } finally {
      setBusy(null);
    }
  }, [io, lang, readAll, analyse, fail]);

  useEffect(() => {
    // Inside Excel the workbook is there from the start; in a browser, wait for a file.
    if (io.mode === "excel") void load();
  }, [io, load]);

  const refresh = useCallback(async (): Promise<void | "pick"> => {
    if (io.mode === "browser") {
      if (!file || !io.reopenFile) return;
      setError(null);
      try {
        setBusy({ label: t(lang, "taskpane.busy.opening", { file: file.name }) });
        const reopened = await io.reopenFile();
        if (reopened === "pick") {
          setBusy(null);
          return "pick";
        }
        setFile(reopened);
      } catch (cause) {
        setBusy(null);
        fail(cause, t(lang, "taskpane.action.open", { file: file.name }));
        return;
      }
    }
    await load();
  }, [io, file, lang, load, fail]);

  const updateSettings = useCallback(
    async (next: TaskpaneSettings) => {
      setError(null);
      setSettings(next);
      try {
        setBusy({ label: t(lang, "taskpane.busy.saving") });
        await io.saveSettings(next);
        if (grids) await analyse(grids, next);
      } catch (cause) {
        fail(cause, t(lang, "taskpane.action.save"));
      } finally {
        setBusy(null);
      }
    },
    [io, lang, grids, analyse, fail],
  );

  const write = useCallback(
    async (specs: () => SheetSpec[], label: string): Promise<WriteResult | null> => {
      setError(null);
      try {
        setBusy({ label: t(lang, "taskpane.busy.building") });
        const built = specs();
        setBusy({ label, done: 0, total: built.length });
        const result = await io.writeSheets(built);
        setBusy({ label, done: built.length, total: built.length });
        return result;
      } catch (cause) {
        fail(cause, label);
        return null;
      } finally {
        setBusy(null);
      }
    },
    [io, lang, fail],
  );

  const selectCell = useCallback(
    async (sheet: string, cell: string): Promise<boolean> => {
      try {
        await io.selectCell(sheet, cell);
        return true;
      } catch (cause) {
        fail(cause, t(lang, "taskpane.action.select", { sheet, cell }));
        return false;
      }
    },
    [io, lang, fail],
  );

  const openFile = useCallback(
    async (chosen: File, handle?: FileHandleLike) => {
      if (!io.openFile) return;
      setError(null);
      setAnalysis(null);
      setGrids(null);
      try {
        setBusy({ label: t(lang, "taskpane.busy.opening", { file: chosen.name }) });
        const opened = await io.openFile(chosen, handle);
        setFile(opened);
      } catch (cause) {
        setFile(null);
        setBusy(null);
        fail(cause, t(lang, "taskpane.action.open", { file: chosen.name }));
        return;
      }
      await load();
    },
    [io, lang, load, fail],
  );

  const download = useCallback(async (): Promise<string | null> => {
    if (!io.downloadFile) return null;
    setError(null);
    try {
      setBusy({ label: t(lang, "taskpane.busy.saving") });
      return await io.downloadFile();
    } catch (cause) {
      fail(cause, t(lang, "taskpane.action.download"));
      return null;
    } finally {
      setBusy(null);
    }
  }, [io, lang, fail]);

  const readGrids = useCallback(async (): Promise<Grid[] | null> => {
    setError(null);
    try {
      const read = await readAll();
      setGrids(read);
      return read;
    } catch (cause) {
      fail(cause, t(lang, "taskpane.action.read"));
      return null;
    } finally {
      setBusy(null);
    }
  }, [readAll, lang, fail]);

  return {
    settings,
    grids,
    analysis,
    busy,
    error,
    file,
    refresh,
    updateSettings,
    write,
    selectCell,
    openFile,
    download,
    readGrids,
    clearError: () => setError(null),
    showError: (message: string) => setError(message),
  };
}
