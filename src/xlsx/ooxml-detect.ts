import { DEFAULT_READ_LIMITS } from "./limits";
import { openOoxml } from "./ooxml-read";
import { sniffFileKind } from "./sniff";
import type { RawInflate } from "./zip";

/**
 * Whether summary sheets can be added to the file itself: an .xlsx or .xlsm package. An .xls, .xlsb
 * or .ods is read, but a copy with our sheets must be saved as .xlsx by the user first.
 */
export function isOoxmlWorkbook(bytes: Uint8Array, inflate: RawInflate): boolean {
  if (sniffFileKind(bytes) !== "zip") return false;
  try {
    const { info } = openOoxml(bytes, DEFAULT_READ_LIMITS, inflate);
    return info !== null && !info.part.toLowerCase().endsWith(".bin");
  } catch {
    return false;
  }
}
