import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FileAccessError, readFileBytes, readFileBytesSync } from "../../src/xlsx/node-files";
import { XlsxReadError } from "../../src/xlsx/errors";
import { tempDir } from "../cli/rollup-helpers";

/** What a read gives: the bytes, or the error's code or reason. */
async function outcome(read: () => Uint8Array | Promise<Uint8Array>): Promise<string> {
  try {
    return `bytes:${Buffer.from(await read()).toString("hex")}`;
  } catch (error) {
    if (error instanceof FileAccessError) return `access:${error.code}`;
    if (error instanceof XlsxReadError) return `read:${error.reason}`;
    throw error;
  }
}

describe("readFileBytesSync, as readFileBytes", () => {
  const dir = tempDir("read-bytes");
  afterAll(() => dir.remove());

  it("reads a regular file, and refuses a folder, a missing file, a FIFO, a device and a file too large", async () => {
    const file = join(dir.path, "a.xlsx");
    writeFileSync(file, Uint8Array.from([0x50, 0x4b, 3, 4, 9]));
    const folder = join(dir.path, "folder.xlsx");
    mkdirSync(folder);
    const fifo = join(dir.path, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    const cases: [string, number | undefined, string][] = [
      [file, undefined, "bytes:504b030409"],
      [file, 4, "read:too-large"],
      [folder, undefined, "access:EISDIR"],
      [join(dir.path, "none.xlsx"), undefined, "access:ENOENT"],
      [fifo, undefined, "access:not-regular"],
      ["/dev/zero", undefined, "access:not-regular"],
    ];
    for (const [path, max, expected] of cases) {
      expect([path, await outcome(() => readFileBytesSync(path, max))]).toEqual([path, expected]);
      expect([path, await outcome(() => readFileBytes(path, max))]).toEqual([path, expected]);
    }
  });
});
