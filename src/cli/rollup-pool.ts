import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { failedSubmission, type ReadFailure, type Submission } from "../core";
import { readSubmissionFile, type ReadRequest } from "./rollup-read";
import { ANSWER_GROUP, type WorkerAnswer, type WorkerRequest } from "./rollup-worker";

/** The part of a worker thread the pool uses (a fake one in the tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  on(event: "message", listener: (message: WorkerAnswer) => void): unknown;
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

/** Files handed to a worker at a time: a message per file cost more than reading a small one. */
const BATCH = 2 * ANSWER_GROUP;

/**
 * Reads the files, in worker threads where there are cores to spare, and hands each submission
 * over in the order of the files (the consolidation rules depend on it: the first copy of a unit
 * is the one kept). Each worker is sent files in batches and answers in groups; the file it is
 * reading is in a shared cell, watched for the time budget. A worker that dies or overruns fails
 * the file it was reading, is replaced, and the files it had not answered are read again.
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
  /** Files not yet sent to a worker, in order (files taken back from a failed worker go first). */
  const queue: number[] = requests.map((_, i) => i);
  let delivered = 0;
  const deliver = () => {
    while (delivered < requests.length && results[delivered]) {
      onSubmission(results[delivered] as Submission);
      results[delivered] = undefined;
      delivered++;
    }
  };
  await new Promise<void>((resolve) => {
    interface Running {
      worker: WorkerLike;
      progress: Int32Array;
      /** Sent and not answered yet. */
      pending: Set<number>;
      /** The file last seen in the progress cell, and since when. */
      seen: number;
      since: number;
      dead: boolean;
    }
    const pool: Running[] = [];
    let watch: ReturnType<typeof setInterval> | null = null;
    const finishIfDone = () => {
      if (delivered < requests.length) return;
      if (watch) clearInterval(watch);
      for (const running of pool) void running.worker.terminate();
      resolve();
    };
    const feed = (running: Running) => {
      if (running.pending.size > BATCH / 2 || queue.length === 0) return;
      // Spread a short list over the workers instead of giving it all to the first.
      const size = Math.min(BATCH, Math.max(1, Math.ceil(queue.length / workers)));
      const ids = queue.splice(0, size);
      for (const id of ids) running.pending.add(id);
      running.since = Date.now();
      running.worker.postMessage({
        items: ids.map((id) => ({ id, request: requests[id] })),
        progress: running.progress,
      });
    };
    /** The worker's file failed (it died, ran out of memory, or took too long): report it, go on. */
    const fail = (running: Running, error: Error, reason: ReadFailure["reason"]) => {
      if (running.dead) return;
      running.dead = true;
      const reading = Atomics.load(running.progress, 0);
      // Blamed: the file in the progress cell, else (a worker dead before it began) the first sent.
      const culprit = running.pending.has(reading) ? reading : Math.min(...running.pending);
      if (Number.isFinite(culprit) && !results[culprit] && culprit >= delivered)
        results[culprit] = failedSubmission(requests[culprit].file, { reason, detail: error.message });
      running.pending.delete(culprit);
      queue.unshift(...[...running.pending].sort((a, b) => a - b));
      pool.splice(pool.indexOf(running), 1);
      void running.worker.terminate();
      deliver();
      finishIfDone();
      if (queue.length > 0) start();
    };
    const start = (): void => {
      const running: Running = {
        worker: spawn(),
        progress: new Int32Array(new SharedArrayBuffer(4)),
        pending: new Set(),
        seen: -1,
        since: Date.now(),
        dead: false,
      };
      running.progress[0] = -1;
      pool.push(running);
      running.worker.on("message", (message) => {
        if (running.dead) return;
        for (const { id, submission } of message.results) {
          running.pending.delete(id);
          results[id] = submission;
        }
        deliver();
        finishIfDone();
        feed(running);
      });
      running.worker.on("error", (error) =>
        fail(running, error, isOutOfMemory(error) ? "too-large" : "corrupt"),
      );
      feed(running);
    };
    // The time budget: a worker whose progress cell shows the same file for too long is stopped.
    watch = setInterval(
      () => {
        const now = Date.now();
        for (const running of [...pool]) {
          const reading = Atomics.load(running.progress, 0);
          if (reading !== running.seen) [running.seen, running.since] = [reading, now];
          // A file being read, or files sent and none begun (a worker stuck before its first file).
          else if ((reading >= 0 || running.pending.size > 0) && now - running.since > timeout)
            fail(running, new Error(`no answer within ${timeout} ms`), "timeout");
        }
      },
      Math.max(10, Math.min(1000, timeout / 4)),
    );
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
