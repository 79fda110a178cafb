import type { Grid } from "../core/grid/types";
import { XlsxReadError } from "./errors";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./limits";
import { openOoxml, readOoxmlGrids, type GridsReadOptions } from "./ooxml-read";
import { sniffFileKind } from "./sniff";
import type { ZipArchive } from "./zip";

export type { GridsReadOptions } from "./ooxml-read";

/**
 * Every worksheet of a workbook file as core grids, in tab order: .xlsx and .xlsm by the lean
 * reader, .xls, .xlsb and .ods by SheetJS. Never crashes on a bad file: every failure is an XlsxReadError with a reason the front
 * ends can explain, and every read is bounded by the limits (limits.ts).
 */
export async function readWorkbookGrids(
  data: Uint8Array | ArrayBuffer,
  options: GridsReadOptions = {},
): Promise<Grid[]> {
  const bytes = ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  if (bytes.length > limits.maxFileBytes)
    throw XlsxReadError.limit("file", bytes.length, limits.maxFileBytes);
  switch (sniffFileKind(bytes)) {
    case "empty":
      throw new XlsxReadError("empty");
    case "ole-encrypted":
      throw new XlsxReadError("encrypted", "the workbook is protected by a password");
    case "ole-legacy":
      return readLegacy(bytes, "xls", limits);
    case "other":
      throw new XlsxReadError("not-xlsx", "not a zip file");
    case "zip":
      break;
  }
  // fflate only where no faster inflater is given (the browser): in Node it is never loaded.
  const inflate =
    options.inflate ?? (await import(/* webpackMode: "eager" */ "./inflate-fflate")).inflateBounded;
  const { zip, info } = openOoxml(bytes, limits, inflate);
  if (info && !info.part.toLowerCase().endsWith(".bin")) return readOoxmlGrids(zip, info, options);
  if (isOpenDocument(zip)) {
    // Every part inflated here first, bounded: SheetJS inflates without limits of its own, and
    // a part that inflates past its declared size (a bomb) stops the read here.
    for (const entry of zip.entries) if (!entry.name.endsWith("/")) zip.read(entry.name);
    return readLegacy(bytes, "ods", limits);
  }
  // An .xlsb (binary parts) is read by SheetJS too.
  if (info) return readLegacy(bytes, "xls", limits);
  throw new XlsxReadError("not-xlsx", "no workbook in the zip");
}

function isOpenDocument(zip: ZipArchive): boolean {
  const mimetype = zip.read("mimetype");
  const text = mimetype ? new TextDecoder().decode(mimetype.subarray(0, 100)) : "";
  return (
    text.startsWith("application/vnd.oasis.opendocument.spreadsheet") || zip.entry("content.xml") !== null
  );
}

/** SheetJS is loaded only for these formats (a chunk of its own in the task pane). */
async function readLegacy(bytes: Uint8Array, kind: "xls" | "ods", limits: ReadLimits): Promise<Grid[]> {
  const { readSheetjsGrids } = await import(/* webpackChunkName: "sheetjs" */ "./sheetjs-read");
  return readSheetjsGrids(bytes, kind, limits);
}
