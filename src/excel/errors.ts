import { t, type TextKey } from "../i18n";
import type { Lang } from "../i18n/types";

/** What went wrong, in terms of what the user can do about it. */
export type ExcelFailure =
  | "cell-edit-mode"
  | "access-denied"
  | "name-taken"
  | "not-found"
  | "payload-too-large"
  | "api-not-available"
  | "busy"
  | "general";

export type ExcelOperation = "read" | "write" | "select" | "settings";

/**
 * Error codes as Office.js reports them (OfficeExtension.Error.code; they are not localized).
 * The two payload codes are the 5 MB limits of Excel on the web.
 */
const FAILURE_BY_CODE: Readonly<Record<string, ExcelFailure>> = {
  InvalidOperationInCellEditMode: "cell-edit-mode",
  AccessDenied: "access-denied",
  ItemAlreadyExists: "name-taken",
  ItemNotFound: "not-found",
  InvalidReference: "not-found",
  RequestPayloadSizeLimitExceeded: "payload-too-large",
  ResponsePayloadSizeLimitExceeded: "payload-too-large",
  ApiNotFound: "api-not-available",
  ApiNotAvailable: "api-not-available",
  NotImplemented: "api-not-available",
  ActivityLimitReached: "busy",
  ServiceNotAvailable: "busy",
};

const KEY_BY_FAILURE: Readonly<Record<ExcelFailure, TextKey>> = {
  "cell-edit-mode": "excel.error.cellEditMode",
  "access-denied": "excel.error.accessDenied",
  "name-taken": "excel.error.nameTaken",
  "not-found": "excel.error.notFound",
  "payload-too-large": "excel.error.payloadTooLarge",
  "api-not-available": "excel.error.apiNotAvailable",
  busy: "excel.error.busy",
  general: "excel.error.general",
};

/** The Office error code carried by an error, or null. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" && code !== "" ? code : null;
}

export function classifyExcelError(error: unknown): ExcelFailure {
  if (error instanceof ExcelPortError) return error.failure;
  const code = officeErrorCode(error);
  return (code !== null && FAILURE_BY_CODE[code]) || "general";
}

/** True for Excel on the web's 5 MB request or response limit: the caller retries smaller. */
export function isPayloadTooLarge(error: unknown): boolean {
  return classifyExcelError(error) === "payload-too-large";
}

/** An error whose message a user can act on; the original Office error stays in `cause`. */
export class ExcelPortError extends Error {
  readonly failure: ExcelFailure;
  readonly code: string | null;
  readonly operation: ExcelOperation;
  /** For writes: true when the workbook was left exactly as it was. */
  readonly unchanged: boolean | null;
  override readonly cause: unknown;

  constructor(
    message: string,
    failure: ExcelFailure,
    operation: ExcelOperation,
    cause: unknown,
    unchanged: boolean | null,
  ) {
    super(message);
    this.name = "ExcelPortError";
    this.failure = failure;
    this.code = officeErrorCode(cause);
    this.operation = operation;
    this.cause = cause;
    this.unchanged = unchanged;
  }
}

export interface FriendlyErrorOptions {
  lang?: Lang;
  /** Parameters of the operation's sentence (select: sheet and address). */
  params?: Readonly<Record<string, string | number>>;
  /** Writes: whether the workbook is known to be as it was (true), known not to be (false). */
  unchanged?: boolean | null;
  /** Writes: the prefix of temporary sheets that may remain. */
  leftoverPrefix?: string;
}

/** The message for a failure: what failed, why, and what to do; for writes, whether anything changed. */
export function friendlyMessage(
  failure: ExcelFailure,
  operation: ExcelOperation,
  code: string | null,
  options: FriendlyErrorOptions = {},
): string {
  const lang = options.lang ?? "vi";
  const parts = [
    t(lang, `excel.${operation}.failed`, options.params ?? {}),
    t(lang, KEY_BY_FAILURE[failure], { code: code ?? "?" }),
  ];
  if (options.unchanged === true) parts.push(t(lang, "excel.write.unchanged"));
  if (options.unchanged === false && options.leftoverPrefix) {
    parts.push(t(lang, "excel.write.leftovers", { prefix: options.leftoverPrefix }));
  }
  return parts.join(" ");
}

/** Wraps any error from Office into an ExcelPortError (an ExcelPortError passes through). */
export function toExcelPortError(
  error: unknown,
  operation: ExcelOperation,
  options: FriendlyErrorOptions = {},
): ExcelPortError {
  if (error instanceof ExcelPortError) return error;
  const failure = classifyExcelError(error);
  const message = friendlyMessage(failure, operation, officeErrorCode(error), options);
  return new ExcelPortError(message, failure, operation, error, options.unchanged ?? null);
}
