/**
 * File-system helpers for the CLI (Node only). The rest of src/xlsx works on bytes so that the
 * task pane can use it in a browser.
 */
import { randomBytes } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Grid } from "../core/grid/types";
import { XlsxReadError } from "./errors";
import { DEFAULT_READ_LIMITS } from "./limits";
import type { ZipCodec } from "./package/codec";
import { readWorkbookGrids, type GridsReadOptions } from "./read-grids";

/**
 * A file that could not be opened or read, or that is not a regular file. `code` is the system's
 * (ENOENT, EACCES, EISDIR…) or "not-regular" for a pipe, a device or a socket; the front ends
 * word it in the user's language.
 */
export class FileAccessError extends Error {
  readonly reason = "file-access";
  constructor(
    readonly code: string,
    readonly path: string,
  ) {
    super(`Cannot read ${path}: ${code}`);
    this.name = "FileAccessError";
  }
}

/**
 * The bytes of a workbook file. Only a regular file is read: it is opened without blocking and
 * checked before any byte is read, so that a FIFO or a device (/dev/zero) is refused at once
 * instead of waiting forever or reading without end, and a folder is named as one.
 */
export async function readFileBytes(
  path: string,
  maxBytes = DEFAULT_READ_LIMITS.maxFileBytes,
): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new FileAccessError(codeOf(error), path);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new FileAccessError("EISDIR", path);
    if (!stats.isFile()) throw new FileAccessError("not-regular", path);
    if (stats.size > maxBytes) throw XlsxReadError.limit("file", stats.size, maxBytes);
    const data = await handle.readFile();
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  } catch (error) {
    if (error instanceof FileAccessError || error instanceof XlsxReadError) throw error;
    throw new FileAccessError(codeOf(error), path);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * readFileBytes without the thread pool's round trips (four per file): for a thread that does
 * nothing else meanwhile, such as a roll-up's worker reading thousands of small files. The same
 * checks: only a regular file, opened without blocking, no larger than `maxBytes`.
 */
export function readFileBytesSync(path: string, maxBytes = DEFAULT_READ_LIMITS.maxFileBytes): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new FileAccessError(codeOf(error), path);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new FileAccessError("EISDIR", path);
    if (!stats.isFile()) throw new FileAccessError("not-regular", path);
    if (stats.size > maxBytes) throw XlsxReadError.limit("file", stats.size, maxBytes);
    const bytes = new Uint8Array(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const read = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (read === 0) break;
      filled += read;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } catch (error) {
    if (error instanceof FileAccessError || error instanceof XlsxReadError) throw error;
    throw new FileAccessError(codeOf(error), path);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Closing a file only read cannot lose anything.
    }
  }
}

function codeOf(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : "EIO";
}

/** Every worksheet of a workbook file as grids (.xlsx, .xlsm, .xls, .ods), bounded by the read limits. */
export async function readWorkbookFile(path: string, options: GridsReadOptions = {}): Promise<Grid[]> {
  const bytes = await readFileBytes(path, options.limits?.maxFileBytes);
  return readWorkbookGrids(bytes, { inflate: nodeInflateRaw, ...options });
}

const MAX_INFLATE_CHUNK = 64 * 1024 * 1024;

/**
 * Node's native inflater for the lean reader: faster than fflate, and bounded the same way (it
 * stops with an error at the declared size instead of inflating a bomb to the end).
 */
export function nodeInflateRaw(data: Uint8Array, size: number): Uint8Array {
  // One output chunk a byte larger than the declared size: the part comes out in one buffer,
  // not in 16 KiB pieces joined by a copy at the end (capped, so a lying size costs no more).
  const chunkSize = Math.min(Math.max(size + 1, 64), MAX_INFLATE_CHUNK);
  const out = inflateRawSync(data, { maxOutputLength: Math.max(size, 1), chunkSize });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/**
 * Node's zlib for the package writer (package/codec.ts): native, so a summary's parts are deflated
 * without loading and warming fflate (about a tenth of a 10,000-member summarize).
 */
export const nodeZipCodec: ZipCodec = {
  inflate: nodeInflateRaw,
  deflate: (data) => {
    const out = deflateRawSync(data, { level: 6 });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
};

/**
 * Writes a file so that it is either the old file or the complete new one, never half written:
 * the bytes go to a temporary file in the same folder (same file system, so rename is atomic),
 * which is flushed to disk and then renamed over the target.
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let renamed = false;
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    renamed = true;
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
}
