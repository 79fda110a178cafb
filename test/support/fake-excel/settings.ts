import type { FakeWorkbook } from "./workbook-model";

export interface FakeAsyncResult {
  status: "succeeded" | "failed";
  value: undefined;
  error?: { code: number; name: string; message: string };
  asyncContext?: unknown;
}

type SaveCallback = (result: FakeAsyncResult) => void;

/**
 * Office.context.document.settings: values live in memory until saveAsync writes them into the
 * document (here, FakeWorkbook.settings), as in Office.
 */
export class FakeSettings {
  private values: Record<string, unknown>;
  /** Makes the next saveAsync fail (as when the document cannot be saved). */
  failNextSave = false;
  saves = 0;

  constructor(private readonly workbook: FakeWorkbook) {
    this.values = structuredCloneJson(workbook.settings);
  }

  get(name: string): unknown {
    return name in this.values ? this.values[name] : null;
  }

  set(name: string, value: unknown): void {
    this.values[name] = structuredCloneJson(value);
  }

  remove(name: string): void {
    delete this.values[name];
  }

  saveAsync(optionsOrCallback?: unknown, maybeCallback?: SaveCallback): void {
    const callback = (typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback) as
      SaveCallback | undefined;
    const fail = this.failNextSave;
    this.failNextSave = false;
    setTimeout(() => {
      if (fail) {
        callback?.({
          status: "failed",
          value: undefined,
          error: { code: 5001, name: "Internal Error", message: "An internal error has occurred." },
        });
        return;
      }
      this.saves++;
      this.workbook.settings = structuredCloneJson(this.values);
      callback?.({ status: "succeeded", value: undefined });
    }, 0);
  }
}

/** Settings are stored as JSON in the document: what goes in comes back as JSON would. */
function structuredCloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
