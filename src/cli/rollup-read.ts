import type { Criteria, ReadFailure } from "../core";
import { failedSubmission, failureOf, readSubmission, type Submission } from "../core";
import { wordsFor, type Lang } from "../i18n";
import { fileAccessMessage, readFailureDetail } from "../i18n/read-failure";
import { XlsxReadError } from "../xlsx/errors";
import { FileAccessError, nodeInflateRaw, readFileBytes } from "../xlsx/node-files";
import { readWorkbookGrids } from "../xlsx/read-grids";

/** What reading one submitted file needs; plain data, so that it can be sent to a worker thread. */
export interface ReadRequest {
  file: string;
  lang: Lang;
  criteria?: Criteria;
}

/** Reads one submitted file into its figures; every failure becomes a failed submission, never an exception. */
export async function readSubmissionFile(request: ReadRequest): Promise<Submission> {
  const { file, lang } = request;
  try {
    const grids = await readWorkbookGrids(await readFileBytes(file), { inflate: nodeInflateRaw });
    return readSubmission(file, grids, {
      words: wordsFor(lang),
      ...(request.criteria ? { criteria: request.criteria } : {}),
    });
  } catch (error) {
    return failedSubmission(file, submissionFailure(error, file, lang));
  }
}

/** The reason shown in the units table, and the detail in the user's language. */
function submissionFailure(error: unknown, file: string, lang: Lang): ReadFailure {
  if (error instanceof FileAccessError) {
    const reason =
      error.code === "ENOENT"
        ? "not-found"
        : error.code === "EISDIR" || error.code === "not-regular"
          ? "not-a-file"
          : "cannot-open";
    return { reason, detail: fileAccessMessage(lang, error, file) ?? error.message };
  }
  if (error instanceof XlsxReadError) return { ...failureOf(error), detail: readFailureDetail(lang, error) };
  return failureOf(error);
}
