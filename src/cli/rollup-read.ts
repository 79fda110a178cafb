import { readFile } from "node:fs/promises";
import type { Criteria } from "../core";
import { failedSubmission, failureOf, readSubmission, type Submission } from "../core";
import type { Lang } from "../i18n";
import { gridsFromBook, readXlsx } from "../xlsx";

/** What reading one submitted file needs; plain data, so that it can be sent to a worker thread. */
export interface ReadRequest {
  file: string;
  lang: Lang;
  criteria?: Criteria;
}

/** Reads one submitted file into its figures; every failure becomes a failed submission, never an exception. */
export async function readSubmissionFile(request: ReadRequest): Promise<Submission> {
  const { file } = request;
  let bytes: Uint8Array;
  try {
    const data = await readFile(file);
    bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  } catch (error) {
    return failedSubmission(file, {
      reason: "not-found",
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  try {
    const grids = gridsFromBook(await readXlsx(bytes));
    return readSubmission(file, grids, {
      lang: request.lang,
      ...(request.criteria ? { criteria: request.criteria } : {}),
    });
  } catch (error) {
    return failedSubmission(file, failureOf(error));
  }
}
