/**
 * File-system helpers for the CLI (Node only). The rest of src/xlsx works on bytes so that the
 * task pane can use it in a browser.
 */
import { randomBytes } from "node:crypto";
import { open, readFile, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { XlsxBook } from "./book";
import { readXlsx } from "./read";

/** Reads and opens an .xlsx file; throws XlsxReadError for a file that is not a readable workbook. */
export async function readXlsxFile(path: string): Promise<XlsxBook> {
  const data = await readFile(path);
  return readXlsx(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
}

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
