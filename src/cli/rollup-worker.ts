/**
 * A worker thread of `chibo rollup`: reads the files it is sent, in order, and answers with their
 * figures. Loaded by rollup-pool.ts from the compiled CLI; does nothing on the main thread.
 */
import { isMainThread, parentPort } from "node:worker_threads";
import { failedSubmission, failureOf, type Submission } from "../core";
import { forTransfer, readSubmissionFile, type ReadRequest } from "./rollup-read";

/** Files to read, by their index in the roll-up. */
export interface WorkerRequest {
  items: { id: number; request: ReadRequest }[];
  /**
   * One cell shared with the pool: the index of the file being read, -1 between files. The pool
   * watches it for the time budget, so that no message has to cross per file.
   */
  progress: Int32Array;
}

/** Submissions read, a few at a time. */
export interface WorkerAnswer {
  results: { id: number; submission: Submission }[];
}

/** Results are sent in groups of this many, or sooner when the queue runs dry or time passes. */
export const ANSWER_GROUP = 16;
const ANSWER_EVERY_MS = 200;

if (!isMainThread && parentPort) {
  const port = parentPort;
  const queue: WorkerRequest["items"] = [];
  let progress: Int32Array | null = null;
  let running = false;
  const run = async () => {
    running = true;
    let answer: WorkerAnswer["results"] = [];
    let sentAt = Date.now();
    const send = () => {
      if (answer.length) port.postMessage({ results: answer } satisfies WorkerAnswer);
      answer = [];
      sentAt = Date.now();
    };
    for (let item = queue.shift(); item; item = queue.shift()) {
      if (progress) Atomics.store(progress, 0, item.id);
      const submission = await readSubmissionFile(item.request).then(
        (read) => forTransfer(read, item.request),
        (error: unknown) => failedSubmission(item.request.file, failureOf(error)),
      );
      if (progress) Atomics.store(progress, 0, -1);
      answer.push({ id: item.id, submission });
      if (answer.length >= ANSWER_GROUP || queue.length === 0 || Date.now() - sentAt > ANSWER_EVERY_MS)
        send();
    }
    send();
    running = false;
  };
  port.on("message", (message: WorkerRequest) => {
    progress = message.progress;
    queue.push(...message.items);
    if (!running) void run();
  });
}
