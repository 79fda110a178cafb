import { existsSync, readFileSync, statSync } from "node:fs";
import { findCriteriaGrid, getPreset } from "../core/analysis-index";
import type { AnalyzeOptions, Criteria, Grid, SheetMapping } from "../core/analysis-index";
import { isTextKey, textOf, type Lang, type TextKey } from "../i18n";
import { fileAccessMessage, readFailureDetail } from "../i18n/read-failure";
import { XlsxReadError, XlsxWriteError } from "../xlsx/errors";
import { nodeInflateRaw, readFileBytes } from "../xlsx/node-files";
import { readWorkbookGrids } from "../xlsx/read-grids";

/** A message key and its parameters: what the CLI prints when it cannot go on. */
export interface CliFailure {
  key: TextKey;
  params: Record<string, string>;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; failure: CliFailure };

/** --criteria: a preset id, or a JSON file validated by the schema (loaded only for a file). */
export async function loadCriteria(spec: string | null, lang: Lang): Promise<Loaded<Criteria | undefined>> {
  if (!spec) return { ok: true, value: undefined };
  const preset = getPreset(spec);
  if (preset) return { ok: true, value: preset };
  if (!existsSync(spec))
    return { ok: false, failure: { key: "cli.unknownCriteria", params: { criteria: spec } } };
  const { NOT_JSON, parseCriteriaJson } = await import("../core/criteria-schema");
  const { schemaErrorMap } = await import("../i18n/schema-errors");
  // zod words its own messages in the user's language, so the sentence around them matches.
  const parsed = parseCriteriaJson(readFileSync(spec, "utf8"), { schemaErrors: schemaErrorMap(lang) });
  if ("criteria" in parsed) return { ok: true, value: parsed.criteria };
  if (parsed.errors.some((e) => e.message === NOT_JSON))
    return { ok: false, failure: { key: "cli.criteriaNotJson", params: { file: spec } } };
  const unsafe = parsed.errors.find((e) => e.message.startsWith(UNSAFE_PATTERN));
  if (unsafe) {
    const pattern = unsafePatternSource(readFileSync(spec, "utf8"));
    // The schema names the problem in its message (core speaks no language); its words are here.
    const reason = textOf(lang, `criteria.pattern.${unsafe.message.slice(UNSAFE_PATTERN.length)}`);
    return { ok: false, failure: { key: "cli.unsafePattern", params: { file: spec, pattern, reason } } };
  }
  const detail = parsed.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join("; ");
  return { ok: false, failure: { key: "cli.badCriteriaFile", params: { file: spec, detail } } };
}

/**
 * The criteria schema for the analysis of these sheets, when one of them is a "Tiêu chí" sheet to
 * validate: loading it (zod) costs about 0.1 s, which a workbook without one does not pay.
 */
export async function criteriaValidatorFor(
  grids: readonly Grid[],
): Promise<Pick<AnalyzeOptions, "validateCriteria">> {
  if (!findCriteriaGrid(grids)) return {};
  const { validateCriteria } = await import("../core/criteria-schema");
  return { validateCriteria };
}

/** --mapping: { "sheet name": { kind, headerRows, firstDataRow, columns: { field: "H" } } }. */
export function loadMappings(file: string | null): Loaded<Record<string, SheetMapping> | undefined> {
  if (!file) return { ok: true, value: undefined };
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      throw new Error('{ "tên trang": { … } }');
    return { ok: true, value: parsed as Record<string, SheetMapping> };
  } catch (error) {
    return {
      ok: false,
      failure: {
        key: "cli.badMappingFile",
        params: { file, detail: error instanceof Error ? error.message : String(error) },
      },
    };
  }
}

const UNSAFE_PATTERN = "unsafe-pattern:";

/** The refused pattern as the file wrote it (the file parsed already, so this cannot fail). */
function unsafePatternSource(text: string): string {
  const value = (JSON.parse(text) as { cardNumberPattern?: unknown }).cardNumberPattern;
  return typeof value === "string" ? value : "";
}

export interface OpenedWorkbook {
  /** The file's bytes, for a writer that adds sheets to it. */
  bytes: Uint8Array;
  grids: Grid[];
}

/**
 * Reads a workbook file (.xlsx, .xlsm, .xls, .ods) into grids; every way it can fail becomes a
 * message in the user's language, never an exception.
 */
export async function openWorkbook(file: string, lang: Lang): Promise<Loaded<OpenedWorkbook>> {
  if (isFolder(file)) return { ok: false, failure: { key: "cli.isFolder", params: { file } } };
  try {
    const bytes = await readFileBytes(file);
    const grids = await readWorkbookGrids(bytes, { inflate: nodeInflateRaw });
    return { ok: true, value: { bytes, grids } };
  } catch (error) {
    return { ok: false, failure: readFailure(file, error, lang) };
  }
}

/** The message for a file that could not be read. */
export function readFailure(file: string, error: unknown, lang: Lang): CliFailure {
  if (fileAccessMessage(lang, error, file) !== null) {
    const code = String((error as { code: string }).code);
    return { key: code === "not-regular" ? "read.notRegular" : fsKey(code), params: { file, code } };
  }
  const reason = error instanceof XlsxReadError ? error.reason : "corrupt";
  const params = { file, detail: readFailureDetail(lang, error) };
  const key = `cli.read.${reason}`;
  return { key: isTextKey(key) ? key : "cli.read.corrupt", params };
}

function fsKey(code: string): TextKey {
  const key = code === "EPERM" ? "read.fs.EACCES" : code === "ENFILE" ? "read.fs.EMFILE" : `read.fs.${code}`;
  return isTextKey(key) ? key : "read.fs.other";
}

/** The message for summary sheets that could not be added to a copy of the file. */
export function writeFailure(file: string, error: unknown): CliFailure {
  if (error instanceof XlsxWriteError && error.reason === "not-xlsx")
    return { key: "cli.write.not-xlsx", params: { file } };
  const sheet = error instanceof XlsxWriteError ? error.sheet : "";
  return { key: "cli.write.failed", params: { file, sheet } };
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false; // a missing or unreadable path is worded by readFailure
  }
}
