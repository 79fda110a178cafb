import type { Criteria, ReadFailure } from "../core";
import { failedSubmission, failureOf, getPreset, readSubmission, type Submission } from "../core";
import { wordsFor, type Lang } from "../i18n";
import { fileAccessMessage, readFailureDetail } from "../i18n/read-failure";
import { XlsxReadError } from "../xlsx/errors";
import { FileAccessError, nodeInflateRaw, readFileBytesSync } from "../xlsx/node-files";
import { readWorkbookGrids } from "../xlsx/read-grids";
import { criteriaValidatorFor } from "./inputs";

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
    // Read at once: the file is small and this thread (a worker, or the command's only work) has
    // nothing else to do meanwhile.
    const grids = await readWorkbookGrids(readFileBytesSync(file), { inflate: nodeInflateRaw });
    return readSubmission(file, grids, {
      words: wordsFor(lang),
      ...(await criteriaValidatorFor(grids)),
      ...(request.criteria ? { criteria: request.criteria } : {}),
    });
  } catch (error) {
    return failedSubmission(file, submissionFailure(error, file, lang));
  }
}

/**
 * The submission as sent back from a worker thread: without the criteria set it was analysed
 * with when the main thread has that set already (the --criteria given, or a built-in preset,
 * found again by its id). Each message is copied, and a preset is about 20 KB: 2,000 copies of
 * it cost more time and memory than the figures of all the units.
 */
export function forTransfer(submission: Submission, request: ReadRequest): Submission {
  const set = submission.criteriaSet;
  if (!set || !(request.criteria || set === getPreset(set.id))) return submission;
  return { ...submission, criteriaSet: null };
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
