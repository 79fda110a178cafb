import type { Lang } from "../../i18n/types";
import { isTextKey, t, type TextKey } from "../../i18n";
import { readFailureDetail } from "../../i18n/read-failure";

/**
 * Office.js error codes a user can act on (learn.microsoft.com, "Error handling with the
 * application-specific JavaScript APIs"), mapped to task pane texts.
 */
const OFFICE_CODES: Readonly<Record<string, TextKey>> = {
  InvalidOperationInCellEditMode: "taskpane.error.cellEditMode",
  AccessDenied: "taskpane.error.protected",
  ItemAlreadyExists: "taskpane.error.nameTaken",
  RequestPayloadSizeLimitExceeded: "taskpane.error.tooLarge",
  ResponsePayloadSizeLimitExceeded: "taskpane.error.tooLarge",
  InsertDeleteConflict: "taskpane.error.conflict",
  GeneralException: "taskpane.error.general",
};

function codeOf(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return null;
}

/** Why a file could not be read or written, as the file port says (src/xlsx/errors.ts). */
function xlsxReasonKey(error: unknown): TextKey | null {
  if (typeof error !== "object" || error === null) return null;
  const { name, reason } = error as { name?: unknown; reason?: unknown };
  if (typeof reason !== "string") return null;
  const key =
    name === "XlsxReadError"
      ? `taskpane.error.read.${reason}`
      : name === "XlsxWriteError"
        ? `taskpane.error.write.${reason}`
        : null;
  return key !== null && isTextKey(key) ? key : null;
}

function detailOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  return String(error);
}

/**
 * A message the user can act on. The Office.js port words its own failures (ExcelPortError); the
 * file port's reasons and raw Office codes are translated here;
 * anything else says what was being done and keeps the technical detail at the end for support.
 */
export function describeError(error: unknown, lang: Lang, action: string): string {
  // The Office.js port words its failures for users already (src/excel/errors.ts).
  if (error instanceof Error && error.name === "ExcelPortError" && error.message) return error.message;
  const xlsxKey = xlsxReasonKey(error);
  if (xlsxKey) {
    return t(lang, xlsxKey, {
      sheet: String((error as { sheet?: unknown }).sheet ?? ""),
      detail: readFailureDetail(lang, error),
    });
  }
  const code = codeOf(error);
  const key = code ? OFFICE_CODES[code] : undefined;
  if (key) return t(lang, key);
  return t(lang, "taskpane.error.failed", { action, detail: detailOf(error) });
}
