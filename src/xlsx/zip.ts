import { XlsxReadError } from "./errors";
import type { ReadLimits } from "./limits";

/** One file inside a zip, as its central directory describes it. */
export interface ZipEntry {
  /** The name as stored ("xl/worksheets/sheet1.xml"). */
  readonly name: string;
  /** 0 = stored, 8 = deflated; anything else cannot be read. */
  readonly method: number;
  readonly compressedSize: number;
  /** The size the central directory declares; reading stops past it. */
  readonly size: number;
  /** Offset of the entry's local header. */
  readonly offset: number;
  /** The CRC-32 of the inflated bytes, the general purpose flags and the DOS time and date: what a
   * writer copying the entry as it is (package/zip-write.ts) needs to describe it again. */
  readonly crc32: number;
  readonly flags: number;
  readonly dosTime: number;
  readonly dosDate: number;
}

/**
 * A zip opened for reading, parts inflated one at a time on request. Used by the lean .xlsx
 * reader and available to the writer (which keeps parts byte for byte): `raw(name)` gives a
 * part's stored bytes without inflating them.
 */
export interface ZipArchive {
  readonly entries: readonly ZipEntry[];
  /** The entry of a part; OPC part names are compared without regard to case. */
  entry(name: string): ZipEntry | null;
  /** A part's inflated bytes; null when the zip has no such part. */
  read(name: string): Uint8Array | null;
  /** A part's bytes as stored in the zip (compressed), and its entry. */
  raw(name: string): { entry: ZipEntry; data: Uint8Array } | null;
  /** An entry's bytes as stored (for entries whose names differ only in case, which raw() mixes). */
  stored(entry: ZipEntry): Uint8Array;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/**
 * Opens a zip from its bytes. Reads only the central directory; throws XlsxReadError
 * ("corrupt") for a zip that cannot be read and ("too-large") when the declared sizes pass the
 * limits, before anything is inflated.
 */
/**
 * Inflates a raw deflate stream that must come out at exactly `size` bytes; throws when it would
 * come out longer. Node passes its native zlib (node-files.ts); elsewhere fflate does it
 * (inflate-fflate.ts, loaded only where it is used: loading it costs a Node process ~30 ms).
 */
export type RawInflate = (data: Uint8Array, size: number) => Uint8Array;

export function openZip(bytes: Uint8Array, limits: ReadLimits, inflate: RawInflate): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndRecord(bytes, view);
  if (eocd < 0) throw new XlsxReadError("corrupt", "no zip directory (the file is truncated or not a zip)");
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_EOCD_LOCATOR)
    throw new XlsxReadError("corrupt", "a zip64 archive, larger than any workbook chibo reads");
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  let at = view.getUint32(eocd + 16, true);
  if (at + directorySize > eocd) throw new XlsxReadError("corrupt", "the zip directory is out of place");

  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let total = 0;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE)
      throw new XlsxReadError("corrupt", "the zip directory is damaged");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const dosTime = view.getUint16(at + 12, true);
    const dosDate = view.getUint16(at + 14, true);
    const crc32 = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    const entry: ZipEntry = { name, method, compressedSize, size, offset, crc32, flags, dosTime, dosDate };
    entries.push(entry);
    byName.set(normalizePartName(name), entry);
    total += size;
  }
  if (total > limits.maxUncompressedBytes)
    throw XlsxReadError.limit("uncompressed", total, limits.maxUncompressedBytes);

  const raw = (name: string): { entry: ZipEntry; data: Uint8Array } | null => {
    const entry = byName.get(normalizePartName(name)) ?? null;
    if (!entry) return null;
    return { entry, data: storedBytes(bytes, view, entry) };
  };
  return {
    entries,
    entry: (name) => byName.get(normalizePartName(name)) ?? null,
    raw,
    stored: (entry) => storedBytes(bytes, view, entry),
    read(name) {
      const found = raw(name);
      if (!found) return null;
      const { entry, data } = found;
      if (entry.size > limits.maxPartBytes)
        throw XlsxReadError.limit("part", entry.size, limits.maxPartBytes);
      if (entry.method === 0) {
        if (data.length !== entry.size) throw new XlsxReadError("corrupt", `${entry.name} is damaged`);
        return data;
      }
      if (entry.method !== 8)
        throw new XlsxReadError("corrupt", `${entry.name} uses a compression method chibo cannot read`);
      let out: Uint8Array;
      try {
        out = inflate(data, entry.size);
      } catch (error) {
        throw new XlsxReadError(
          "corrupt",
          `${entry.name}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      if (out.length !== entry.size) throw new XlsxReadError("corrupt", `${entry.name} is cut short`);
      return out;
    },
  };
}

/** Part names in a zip never start with "/" and are compared without regard to case. */
export function normalizePartName(name: string): string {
  return (name.startsWith("/") ? name.slice(1) : name).toLowerCase();
}

function findEndRecord(bytes: Uint8Array, view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const stop = Math.max(0, bytes.length - 22 - 65535);
  for (let i = bytes.length - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  return -1;
}

function storedBytes(bytes: Uint8Array, view: DataView, entry: ZipEntry): Uint8Array {
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE)
    throw new XlsxReadError("corrupt", `${entry.name}: damaged zip entry`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new XlsxReadError("corrupt", `${entry.name} is cut short (truncated file)`);
  return bytes.subarray(start, end);
}
