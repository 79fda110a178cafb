/**
 * Writes a zip from entries whose bytes are already as they will be stored: a part copied from the
 * user's workbook keeps its compressed bytes, CRC and date (nothing is inflated and deflated
 * again), a new part comes deflated by the caller. Plain zip only (no zip64): a workbook chibo
 * writes is far below its 4 GiB and 65,535-entry limits, and passing them is refused.
 */
export interface StoredEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly data: Uint8Array;
  readonly size: number;
  readonly crc32: number;
  readonly dosTime: number;
  readonly dosDate: number;
}

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
/** Bit 11: the name is UTF-8 (set for every entry: ASCII names read the same either way). */
const UTF8_NAME = 0x0800;
const VERSION = 20;
const MAX_ENTRIES = 0xffff;
const MAX_OFFSET = 0xffffffff;

export function writeZip(entries: readonly StoredEntry[]): Uint8Array {
  if (entries.length > MAX_ENTRIES) throw new Error(`a zip holds at most ${MAX_ENTRIES} entries`);
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  let localSize = 0;
  let centralSize = 0;
  entries.forEach((e, i) => {
    localSize += 30 + names[i].length + e.data.length;
    centralSize += 46 + names[i].length;
  });
  if (localSize + centralSize > MAX_OFFSET) throw new Error("the workbook would pass the zip's 4 GiB limit");
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    offsets.push(at);
    view.setUint32(at, LOCAL_SIGNATURE, true);
    writeEntryFields(view, at + 4, e, names[i].length);
    view.setUint16(at + 28, 0, true);
    out.set(names[i], at + 30);
    out.set(e.data, at + 30 + names[i].length);
    at += 30 + names[i].length + e.data.length;
  });
  const centralStart = at;
  entries.forEach((e, i) => {
    view.setUint32(at, CENTRAL_SIGNATURE, true);
    view.setUint16(at + 4, VERSION, true);
    writeEntryFields(view, at + 6, e, names[i].length);
    // Extra field, comment, disk number, internal and external attributes: all zero.
    view.setUint32(at + 42, offsets[i], true);
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  view.setUint32(at, END_SIGNATURE, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}

/**
 * The fields a local header and a central directory record share, in the same order (version
 * needed, flags, method, time, date, CRC, sizes, name length: 26 bytes from `at`); the central
 * record has "version made by" before them, so they start 2 bytes later there.
 */
function writeEntryFields(view: DataView, at: number, e: StoredEntry, nameLength: number): void {
  view.setUint16(at, VERSION, true);
  view.setUint16(at + 2, UTF8_NAME, true);
  view.setUint16(at + 4, e.method, true);
  view.setUint16(at + 6, e.dosTime, true);
  view.setUint16(at + 8, e.dosDate, true);
  view.setUint32(at + 10, e.crc32, true);
  view.setUint32(at + 14, e.data.length, true);
  view.setUint32(at + 18, e.size, true);
  view.setUint16(at + 22, nameLength, true);
}

/** The DOS time and date fields of a moment (local time, 2-second steps, years 1980–2107). */
export function dosDateTime(moment: Date): { dosTime: number; dosDate: number } {
  const year = Math.min(Math.max(moment.getFullYear(), 1980), 2107);
  return {
    dosTime: (moment.getHours() << 11) | (moment.getMinutes() << 5) | (moment.getSeconds() >> 1),
    dosDate: ((year - 1980) << 9) | ((moment.getMonth() + 1) << 5) | moment.getDate(),
  };
}
