import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { failedSubmission, type Submission } from "../core";
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
}

/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_PER_WORKER = 8;

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
  const workers = Math.min(options.workers, Math.floor(requests.length / MIN_FILES_PER_WORKER));
  if (!options.spawn || workers < 2) {
    for (const request of requests) onSubmission(await readSubmissionFile(request));
    return;
  }
  const spawn = options.spawn;
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
      const feed = () => {
        if (next >= requests.length) return;
        current = next++;
        worker.postMessage({ id: current, request: requests[current] });
      };
      worker.on("message", (message) => {
        results[message.id] = message.submission;
        deliver();
        finishIfDone();
        feed();
      });
      worker.on("error", (error) => {
        if (current >= 0 && !results[current] && current >= delivered)
          results[current] = failedSubmission(requests[current].file, {
            reason: "corrupt",
            detail: error.message,
          });
        pool.splice(pool.indexOf(worker), 1);
        deliver();
        finishIfDone();
        if (next < requests.length) start();
      });
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
  const cores = availableParallelism();
  if (!existsSync(script) || cores < 2) return { spawn: null, workers: 1 };
  return { spawn: () => new Worker(script), workers: Math.min(cores, 4) };
}
