import type { Grid } from "../core/grid/types";
import { XlsxReadError } from "./errors";
import { DEFAULT_READ_LIMITS } from "./limits";
import { openOoxml, readOoxmlGrids, type GridsReadOptions } from "./ooxml-read";
import { sniffFileKind } from "./sniff";

export type { GridsReadOptions } from "./ooxml-read";

/**
 * Every worksheet of a workbook file as core grids, in tab order: .xlsx and .xlsm by the lean
 * reader. Never crashes on a bad file: every failure is an XlsxReadError with a reason the front
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
      throw new XlsxReadError("legacy-xls", "an Excel 97-2003 .xls file");
    case "other":
      throw new XlsxReadError("not-xlsx", "not a zip file");
    case "zip":
      break;
  }
  const { zip, info } = openOoxml(bytes, limits);
  if (!info) throw new XlsxReadError("not-xlsx", "no workbook in the zip");
  return readOoxmlGrids(zip, info, options);
}
