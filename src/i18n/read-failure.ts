import { isTextKey, t, textOf } from "./index";
import type { Lang } from "./types";

/** What a reader says about a failure: an XlsxReadError's reason and limit, a FileAccessError's code. */
export interface ReadFailureInfo {
  readonly reason?: unknown;
  readonly limit?: { readonly kind: string; readonly found: number; readonly max: number };
  readonly code?: unknown;
}

const BYTE_LIMITS = new Set(["file", "uncompressed", "part"]);

function figure(lang: Lang, kind: string, value: number): string {
  const locale = lang === "vi" ? "vi-VN" : "en-US";
  if (!BYTE_LIMITS.has(kind)) return value.toLocaleString(locale);
  return `${(value / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })} MiB`;
}

function infoOf(error: unknown): ReadFailureInfo {
  return typeof error === "object" && error !== null ? (error as ReadFailureInfo) : {};
}

/**
 * The explanation of a read failure in the user's language, to put after "cannot read file X":
 * which limit was passed and what to do, why an unsafe part is refused, what to do with a damaged
 * file. Never the reader's English message.
 */
export function readFailureDetail(lang: Lang, error: unknown): string {
  const { reason, limit } = infoOf(error);
  if (reason === "too-large" && limit) {
    const what = textOf(lang, `read.limit.${limit.kind}`, {
      found: figure(lang, limit.kind, limit.found),
      max: figure(lang, limit.kind, limit.max),
    });
    return `${what}. ${t(lang, "read.limit.advice")}`;
  }
  if (reason === "unsafe") return t(lang, "read.unsafe");
  return t(lang, "read.corruptAdvice");
}

/**
 * A whole sentence for a file that could not be opened (FileAccessError: missing, no permission, a
 * folder, a pipe or a device); null for other failures.
 */
export function fileAccessMessage(lang: Lang, error: unknown, file: string): string | null {
  const { reason, code } = infoOf(error);
  if (reason !== "file-access" || typeof code !== "string") return null;
  if (code === "not-regular") return t(lang, "read.notRegular", { file });
  const key = code === "EPERM" ? "read.fs.EACCES" : code === "ENFILE" ? "read.fs.EMFILE" : `read.fs.${code}`;
  return isTextKey(key) ? t(lang, key, { file }) : t(lang, "read.fs.other", { file, code });
}
