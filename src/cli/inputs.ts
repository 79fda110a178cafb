import { existsSync, readFileSync, statSync } from "node:fs";
import { getPreset, parseCriteriaJson } from "../core";
import type { Criteria } from "../core";
import type { SheetMapping } from "../core";
import type { Grid } from "../core";
import { gridsFromBook, readXlsx, XlsxReadError, type XlsxBook } from "../xlsx";

/** A message key and its parameters: what the CLI prints when it cannot go on. */
export interface CliFailure {
  key: string;
  params: Record<string, string>;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; failure: CliFailure };

/** --criteria: a preset id, or a JSON file validated by the schema. */
export function loadCriteria(spec: string | null): Loaded<Criteria | undefined> {
  if (!spec) return { ok: true, value: undefined };
  const preset = getPreset(spec);
  if (preset) return { ok: true, value: preset };
  if (!existsSync(spec))
    return { ok: false, failure: { key: "cli.unknownCriteria", params: { criteria: spec } } };
  const parsed = parseCriteriaJson(readFileSync(spec, "utf8"));
  if ("criteria" in parsed) return { ok: true, value: parsed.criteria };
  const detail = parsed.errors.map((e) => `${e.path}: ${e.message}`).join("; ");
  return { ok: false, failure: { key: "cli.badCriteriaFile", params: { file: spec, detail } } };
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

export interface OpenedWorkbook {
  book: XlsxBook;
  grids: Grid[];
}

/** Reads an .xlsx file; every way it can fail becomes a message, never an exception. */
export async function openWorkbook(file: string): Promise<Loaded<OpenedWorkbook>> {
  if (!existsSync(file)) return { ok: false, failure: { key: "cli.fileNotFound", params: { file } } };
  if (statSync(file).isDirectory()) return { ok: false, failure: { key: "cli.isFolder", params: { file } } };
  try {
    const data = readFileSync(file);
    const book = await readXlsx(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    return { ok: true, value: { book, grids: gridsFromBook(book) } };
  } catch (error) {
    if (error instanceof XlsxReadError)
      return {
        ok: false,
        failure: { key: `cli.read.${error.reason}`, params: { file, detail: error.message } },
      };
    return {
      ok: false,
      failure: {
        key: "cli.read.corrupt",
        params: { file, detail: error instanceof Error ? error.message : String(error) },
      },
    };
  }
}
