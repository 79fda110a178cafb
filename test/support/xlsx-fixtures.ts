/** Helpers for the ExcelJS port's tests: the shared samples, workbooks made in the test, specs. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { encodeMarker, SUMMARY_FORMAT_VERSION, type SummaryMarker } from "../../src/core/summary/marker";
import type { SheetSpec, SpecCell } from "../../src/core/summary/spec";

export const SAMPLES_DIR = resolve(__dirname, "../../../shared/samples");

export function readSample(name: string): Uint8Array {
  const data = readFileSync(resolve(SAMPLES_DIR, name));
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Builds a workbook with ExcelJS in the test and returns its .xlsx bytes. */
export async function makeXlsx(build: (workbook: Workbook) => void): Promise<Uint8Array> {
  const workbook = new Workbook();
  build(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** The text of one part of an .xlsx package, e.g. "xl/worksheets/sheet1.xml". */
export async function zipText(data: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is not in the package`);
  return file.async("string");
}

/** Rewrites parts of an .xlsx package (to make files ExcelJS would not write itself). */
export async function patchZip(
  data: Uint8Array,
  patches: Record<string, (text: string) => string>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  for (const [path, patch] of Object.entries(patches)) {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} is not in the package`);
    zip.file(path, patch(await file.async("string")));
  }
  return zip.generateAsync({ type: "uint8array" });
}

/** The part path of a sheet by its name, read from workbook.xml and its relationships. */
export async function sheetPartPath(data: Uint8Array, sheetName: string): Promise<string> {
  const workbook = await zipText(data, "xl/workbook.xml");
  const rels = await zipText(data, "xl/_rels/workbook.xml.rels");
  const escaped = sheetName.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  const sheet = new RegExp(`<sheet [^>]*name="${escapeRegExp(escaped)}"[^>]*r:id="(rId\\d+)"`).exec(workbook);
  if (!sheet) throw new Error(`no sheet named ${sheetName}`);
  const rel = new RegExp(`<Relationship [^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels);
  if (!rel) throw new Error(`no relationship ${sheet[1]}`);
  return `xl/${rel[1].replace(/^\/?xl\//, "")}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The first bytes of an OLE compound file (the container of legacy .xls files and of
 * password-protected .xlsx files), followed by directory entry names in UTF-16LE.
 */
export function oleBytes(streamNames: readonly string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const bytes: number[] = [...header, ...new Array<number>(504).fill(0)];
  for (const name of streamNames) {
    for (const ch of name) bytes.push(ch.charCodeAt(0), 0);
    bytes.push(0, 0, ...new Array<number>(32).fill(0));
  }
  return new Uint8Array(bytes);
}

export function textCell(value: string, extra: Partial<SpecCell> = {}): SpecCell {
  return { value, ...extra };
}

/** A plain spec: the values given, A4 portrait fitted to the width. */
export function makeSpec(
  name: string,
  values: (string | number | null)[][],
  extra: Partial<SheetSpec> = {},
): SheetSpec {
  return {
    name,
    cells: values.map((row) => row.map((value) => (value === null ? undefined : { value }))),
    merges: [],
    columnWidths: [],
    hiddenColumns: [],
    page: { orientation: "portrait", paperSize: "A4", fitToWidth: true },
    ...extra,
  };
}

export function sampleMarker(overrides: Partial<SummaryMarker> = {}): SummaryMarker {
  return {
    format: SUMMARY_FORMAT_VERSION,
    kind: "members",
    criteria: "hd21-2019",
    unit: "Chi bộ Tổ dân phố số 3",
    parent: "Đảng bộ phường Đồng Tâm",
    period: 2025,
    code: "0123456789abcdef",
    headerRow: 6,
    firstDataRow: 7,
    totalRow: 9,
    markerColumn: 5,
    ...overrides,
  };
}

/** A spec that carries chibo's marker in row 1 (column F), like the summary sheets. */
export function markedSpec(name: string, values: (string | number | null)[][]): SheetSpec {
  const spec = makeSpec(name, values);
  const first = spec.cells[0] ?? [];
  while (first.length < 5) first.push(undefined);
  first[5] = { value: encodeMarker(sampleMarker()) };
  spec.cells[0] = first;
  spec.hiddenColumns = [5];
  return spec;
}
