import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { failedSubmission, type ReadFailure, type Submission } from "../core";
import { readSubmissionFile, type ReadRequest } from "./rollup-read";
import type { WorkerRequest } from "./rollup-worker";

/** The part of a worker thread the pool uses (a fake one in the tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  on(event: "message", listener: (message: { id: number; submission: Submission }) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  terminate(): Promise<number>;
}

export type SpawnWorker = () => WorkerLike;

export interface PoolOptions {
  /** Starts a worker; null reads every file on this thread. */
  spawn: SpawnWorker | null;
  workers: number;
  /** Time one file may take in a worker before the worker is stopped and the file reported (ms). */
  fileTimeoutMs?: number;
}

/**
 * The budget of one file (design.md, "reading is bounded"): a worker's heap is capped (see
 * defaultPoolOptions) and a file that takes longer than this is reported as that unit's status;
 * the others go on. A unit's workbook is read in well under a second.
 */
export const FILE_TIMEOUT_MS = 60_000;
export const WORKER_HEAP_MB = 512;

/**
 * Reads the files, in worker threads where there are cores to spare, and hands each submission
 * over in the order of the files (the consolidation rules depend on it: the first copy of a unit
 * is the one kept). A worker that dies fails its file and is replaced.
 */
export async function readSubmissions(
  requests: readonly ReadRequest[],
  options: PoolOptions,
  onSubmission: (submission: Submission) => void,
): Promise<void> {
  const workers = Math.min(options.workers, requests.length);
  if (!options.spawn || workers < 1) {
    for (const request of requests) onSubmission(await readSubmissionFile(request));
    return;
  }
  const spawn = options.spawn;
  const timeout = options.fileTimeoutMs ?? FILE_TIMEOUT_MS;
  const results: (Submission | undefined)[] = new Array(requests.length);
  let delivered = 0;
  let next = 0;
  const deliver = () => {
    while (delivered < requests.length && results[delivered]) {
      onSubmission(results[delivered] as Submission);
      results[delivered] = undefined;
      delivered++;
    }
  };
  await new Promise<void>((resolve) => {
    const pool: WorkerLike[] = [];
    const finishIfDone = () => {
      if (delivered < requests.length) return;
      for (const worker of pool) void worker.terminate();
      resolve();
    };
    const start = (): void => {
      const worker = spawn();
      pool.push(worker);
      let current = -1;
      let timer: ReturnType<typeof setTimeout> | null = null;
      let dead = false;
      const feed = () => {
        if (next >= requests.length) return;
        current = next++;
        worker.postMessage({ id: current, request: requests[current] });
        timer = setTimeout(() => fail(new Error(`no answer within ${timeout} ms`), "timeout"), timeout);
      };
      /** The worker's file failed (it died, ran out of memory, or took too long): report it, go on. */
      const fail = (error: Error, reason: ReadFailure["reason"]) => {
        if (dead) return;
        dead = true;
        if (timer) clearTimeout(timer);
        if (current >= 0 && !results[current] && current >= delivered)
          results[current] = failedSubmission(requests[current].file, { reason, detail: error.message });
        pool.splice(pool.indexOf(worker), 1);
        void worker.terminate();
        deliver();
        finishIfDone();
        if (next < requests.length) start();
      };
      worker.on("message", (message) => {
        if (timer) clearTimeout(timer);
        results[message.id] = message.submission;
        deliver();
        finishIfDone();
        feed();
      });
      worker.on("error", (error) => fail(error, isOutOfMemory(error) ? "too-large" : "corrupt"));
      feed();
    };
    for (let i = 0; i < workers; i++) start();
  });
}

/**
 * Worker threads run the compiled worker script next to this file; when it is not there (the
 * sources run by ts-jest), or there is one core, files are read on this thread.
 */
export function defaultPoolOptions(): PoolOptions {
  const script = join(__dirname, "rollup-worker.js");
  // CHIBO_ROLLUP_WORKERS=0 reads on the main thread, without budgets (for measuring only).
  if (!existsSync(script) || process.env.CHIBO_ROLLUP_WORKERS === "0") return { spawn: null, workers: 1 };
  const spawn = () => new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  return { spawn, workers: workerCount() };
}

/**
 * Workers are always used where they exist, so that every file has its own budget. How many:
 * CHIBO_ROLLUP_WORKERS if set, else one per core but one (the main thread consolidates and
 * writes), at least one. Measured on 2 cores (docs/benchmarks.md): more threads than cores only
 * added contention.
 */
function workerCount(): number {
  const asked = Number(process.env.CHIBO_ROLLUP_WORKERS);
  if (Number.isInteger(asked) && asked >= 1 && asked <= 16) return asked;
  return Math.max(1, availableParallelism() - 1);
}

function isOutOfMemory(error: Error): boolean {
  return (
    (error as { code?: unknown }).code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory/i.test(error.message)
  );
}
