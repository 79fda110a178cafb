/**
 * A worker thread of `chibo rollup`: reads the files it is sent and answers with their figures.
 * Loaded by rollup-pool.ts from the compiled CLI; does nothing on the main thread.
 */
import { isMainThread, parentPort } from "node:worker_threads";
import { failedSubmission, failureOf } from "../core";
import { forTransfer, readSubmissionFile, type ReadRequest } from "./rollup-read";

export interface WorkerRequest {
  id: number;
  request: ReadRequest;
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on("message", (message: WorkerRequest) => {
    readSubmissionFile(message.request).then(
      (submission) =>
        port.postMessage({ id: message.id, submission: forTransfer(submission, message.request) }),
      (error: unknown) =>
        port.postMessage({
          id: message.id,
          submission: failedSubmission(message.request.file, failureOf(error)),
        }),
    );
  });
}
