import type { Action, BatchScope } from "./client-object";
import { FakeRequestContext, type BatchRunner } from "./context";
import { ERROR_CODES, FakeOfficeError } from "./office-error";
import type { HostLimits } from "./range";
import { FakeSettings } from "./settings";
import type { FakeWorkbook } from "./workbook-model";

/**
 * A fake Excel host with the semantics of Office.js proxies: actions are queued and run on
 * context.sync() as one batch that applies completely or not at all; each sync is counted with
 * its request and response size; Excel on the web's 5 MB limit is enforced; any sync can be made
 * to fail. No Node API is used, so that the same host runs in a browser page.
 */
export interface FakeHostOptions {
  /** The highest ExcelApi requirement set supported, e.g. "1.7" for an old Excel. Default "1.17". */
  apiVersion?: string;
  /** Request and response limit in bytes; 5 MB by default (Excel on the web); null for none. */
  payloadLimit?: number | null;
  /** Cells a single get may return. Default five million. */
  cellGetLimit?: number;
}

export interface SyncRecord {
  /** 1-based number of the sync since the host was made. */
  sync: number;
  actions: number;
  requestBytes: number;
  responseBytes: number;
  /** The error code the sync failed with, or null. */
  error: string | null;
}

export interface LogEntry {
  sync: number;
  action: string;
  sheet?: string;
  sheetId?: string;
  address?: string;
}

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

function versionNumber(version: string): number[] {
  return version.split(".").map((part) => Number(part) || 0);
}

/** a >= b for "1.13" and "1.9" style versions. */
export function versionAtLeast(a: string, b: string): boolean {
  const x = versionNumber(a);
  const y = versionNumber(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  }
  return true;
}

export class FakeExcelHost implements BatchRunner {
  readonly settings: FakeSettings;
  readonly syncs: SyncRecord[] = [];
  readonly log: LogEntry[] = [];
  readonly limits: HostLimits;
  readonly apiVersion: string;
  readonly payloadLimit: number | null;
  /** While true every sync fails as when the user is typing in a cell. */
  cellEditMode = false;
  private failures = new Map<number, string>();

  constructor(
    readonly workbook: FakeWorkbook,
    options: FakeHostOptions = {},
  ) {
    this.apiVersion = options.apiVersion ?? "1.17";
    this.payloadLimit = options.payloadLimit === undefined ? DEFAULT_PAYLOAD_LIMIT : options.payloadLimit;
    this.limits = { cellGetLimit: options.cellGetLimit ?? 5_000_000 };
    this.settings = new FakeSettings(workbook);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Makes the k-th sync from now fail (k = 1: the next one) with the given error code. */
  failSync(k: number, code: string = ERROR_CODES.generalException): void {
    this.failures.set(this.syncs.length + k, code);
  }

  /** Office.context.requirements.isSetSupported for this host. */
  readonly isSetSupported = (name: string, version?: string | number): boolean => {
    if (name !== "ExcelApi") return false;
    return version === undefined || versionAtLeast(this.apiVersion, String(version));
  };

  /** Excel.run(batch) and Excel.run(object, batch): a fresh request context for each run. */
  readonly run = async <T>(...args: unknown[]): Promise<T> => {
    const batch = args[args.length - 1] as (context: FakeRequestContext) => Promise<T>;
    const context = new FakeRequestContext(this);
    const result = await batch(context);
    // Excel.run sends what is still queued when the batch function returns.
    if (context.pendingActions > 0) await context.sync();
    return result;
  };

  /** The fake's run, typed as Excel.run for code written against office.js. */
  get excelRun(): typeof Excel.run {
    return this.run as unknown as typeof Excel.run;
  }

  runBatch(actions: Action[]): void {
    const record: SyncRecord = {
      sync: this.syncs.length + 1,
      actions: actions.length,
      requestBytes: actions.reduce((sum, action) => sum + action.requestBytes, 0),
      responseBytes: 0,
      error: null,
    };
    this.syncs.push(record);
    const fail = (error: FakeOfficeError): never => {
      record.error = error.code;
      throw error;
    };
    const injected = this.failures.get(record.sync);
    if (injected) fail(new FakeOfficeError(injected));
    if (this.cellEditMode) fail(new FakeOfficeError(ERROR_CODES.invalidOperationInCellEditMode));
    if (this.payloadLimit !== null && record.requestBytes > this.payloadLimit) {
      fail(new FakeOfficeError(ERROR_CODES.requestPayloadSizeLimitExceeded));
    }
    const missing = actions.find((action) => !versionAtLeast(this.apiVersion, action.api));
    if (missing)
      fail(new FakeOfficeError(ERROR_CODES.apiNotFound, `${missing.label} needs ExcelApi ${missing.api}.`));

    const scope: BatchScope = { commits: [], rollbacks: [], responseBytes: 0 };
    const applied: LogEntry[] = [];
    this.workbook.begin();
    try {
      for (const action of actions) {
        action.execute(scope);
        if (action.where) applied.push({ sync: record.sync, action: action.label, ...action.where() });
      }
      record.responseBytes = scope.responseBytes;
      if (this.payloadLimit !== null && scope.responseBytes > this.payloadLimit) {
        throw new FakeOfficeError(ERROR_CODES.responsePayloadSizeLimitExceeded);
      }
    } catch (error) {
      this.workbook.rollback();
      for (let i = scope.rollbacks.length - 1; i >= 0; i--) scope.rollbacks[i]();
      fail(
        error instanceof FakeOfficeError
          ? error
          : new FakeOfficeError(ERROR_CODES.generalException, String(error)),
      );
    }
    this.workbook.commit();
    for (const commit of scope.commits) commit();
    this.log.push(...applied);
  }

  /** Syncs made since a given count, e.g. `host.syncsSince(before)`. */
  syncsSince(count: number): SyncRecord[] {
    return this.syncs.slice(count);
  }
}
