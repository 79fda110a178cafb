import type { Grid, SheetSpec } from "../core";
import { isChiboSheet } from "../core";
import type { WriteResult } from "../ports/workbook-port";
import { XlsxWriteError } from "./errors";
import { fflateCodec, type ZipCodec } from "./package/codec";
import { writeSheetsToPackage } from "./package/write-package";
import { isOoxmlWorkbook } from "./ooxml-detect";

export { writeSheetsToPackage, type PackageWrite } from "./package/write-package";
export type { ZipCodec } from "./package/codec";

/** Which sheets are chibo's own (they carry its marker in the first row): only those may be replaced. */
export function chiboSheetNames(grids: readonly Grid[]): (name: string) => boolean {
  const ours = new Set(grids.filter((g) => isChiboSheet(g)).map((g) => g.name.toLowerCase()));
  return (name) => ours.has(name.toLowerCase());
}

/**
 * A copy of a workbook with the sheets added (design.md, safety rules): every part of `source`
 * unchanged, ours added, our earlier ones replaced. `grids` are the workbook's sheets as read,
 * to tell ours from the user's. Throws XlsxWriteError, with nothing produced, when a sheet
 * cannot be written. `codec`: Node's zlib where there is one (node-files.ts), fflate otherwise.
 */
export async function addSheetsToWorkbook(
  source: Uint8Array,
  grids: readonly Grid[],
  specs: readonly SheetSpec[],
  codec?: ZipCodec,
): Promise<{ bytes: Uint8Array; result: WriteResult }> {
  const zip = codec ?? (await fflateCodec());
  if (!isOoxmlWorkbook(source, zip.inflate))
    throw new XlsxWriteError("not-xlsx", specs[0]?.name ?? "", "sheets are added to .xlsx/.xlsm files only");
  const { bytes, result } = await writeSheetsToPackage({
    source,
    specs,
    isOurs: chiboSheetNames(grids),
    codec: zip,
  });
  return { bytes, result };
}

/** A new workbook holding only the sheets (the roll-up's output). */
export async function newWorkbook(
  specs: readonly SheetSpec[],
  codec?: ZipCodec,
): Promise<{ bytes: Uint8Array; result: WriteResult }> {
  const { bytes, result } = await writeSheetsToPackage({ source: null, specs, isOurs: () => false, codec });
  return { bytes, result };
}
