import type { LimitKind } from "./limits";

/**
 * Why a file could not be read. The front ends turn the reason into a message for the user
 * (i18n); the English `message` is for logs and developers.
 * - "empty": zero bytes.
 * - "encrypted": a password-protected workbook (an OLE compound file holding "EncryptedPackage").
 * - "legacy-xls": an Excel 97–2003 .xls (an OLE compound file without encryption).
 * - "not-xlsx": not a spreadsheet chibo can read (a text file, a .docx, an .ods, an .xlsb…).
 * - "corrupt": a zip that cannot be read as a workbook (truncated or damaged).
 * - "too-large": past one of the read limits (limits.ts); `limit` says which.
 * - "unsafe": XML with a document type declaration (entity expansion), which no spreadsheet writes.
 */
export type XlsxReadFailure =
  "empty" | "encrypted" | "legacy-xls" | "not-xlsx" | "corrupt" | "too-large" | "unsafe";

/** Which limit a workbook passed, what it holds and what is allowed. */
export interface LimitPassed {
  readonly kind: LimitKind;
  readonly found: number;
  readonly max: number;
}

export class XlsxReadError extends Error {
  readonly reason: XlsxReadFailure;
  readonly limit?: LimitPassed;

  constructor(reason: XlsxReadFailure, detail?: string, limit?: LimitPassed) {
    super(
      detail ? `Cannot read the workbook (${reason}): ${detail}` : `Cannot read the workbook (${reason})`,
    );
    this.name = "XlsxReadError";
    this.reason = reason;
    if (limit) this.limit = limit;
  }

  static limit(kind: LimitKind, found: number, max: number): XlsxReadError {
    return new XlsxReadError("too-large", `${kind}: ${found} > ${max}`, { kind, found, max });
  }
}

/**
 * Why sheets could not be written. Thrown before anything in the workbook changed:
 * - "invalid-name": a requested sheet name Excel would refuse.
 * - "invalid-spec": a spec with a value, colour, width or merge that cannot be written.
 * - "build-failed": building a sheet failed for another reason (the writer threw).
 * - "no-free-name": every candidate name ("X", "X (2)" … "X (99)") is a user's sheet.
 * - "not-xlsx": the workbook is not an .xlsx/.xlsm package (an .xls or .ods is read, not written into).
 */
export type XlsxWriteFailure = "invalid-name" | "invalid-spec" | "build-failed" | "no-free-name" | "not-xlsx";

export class XlsxWriteError extends Error {
  readonly reason: XlsxWriteFailure;
  /** The requested name of the sheet that failed. */
  readonly sheet: string;

  constructor(reason: XlsxWriteFailure, sheet: string, detail: string) {
    super(`Cannot write sheet "${sheet}" (${reason}): ${detail}; the workbook was left unchanged`);
    this.name = "XlsxWriteError";
    this.reason = reason;
    this.sheet = sheet;
  }
}
