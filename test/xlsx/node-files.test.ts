import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxReadError } from "../../src/xlsx/errors";
import { readWorkbookFile, writeFileAtomic } from "../../src/xlsx/node-files";
import { SAMPLES_DIR } from "../support/xlsx-fixtures";

describe("node-files", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "chibo-xlsx-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads a workbook by its path", async () => {
    const grids = await readWorkbookFile(join(SAMPLES_DIR, "chi-bo-thon-4-tcvn3.xlsx"));
    expect(grids.map((grid) => grid.name)).toEqual(["DS"]);
  });

  it("reports a text file given as a workbook as not-xlsx", async () => {
    const path = join(dir, "danh-sach.xlsx");
    writeFileSync(path, "not a workbook");
    await expect(readWorkbookFile(path)).rejects.toMatchObject({ reason: "not-xlsx" });
    await expect(readWorkbookFile(path)).rejects.toBeInstanceOf(XlsxReadError);
  });

  it("writes a new file and replaces an existing one, leaving no temporary file", async () => {
    const path = join(dir, "out.xlsx");
    await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    await writeFileAtomic(path, new Uint8Array([4, 5]));
    expect([...readFileSync(path)]).toEqual([4, 5]);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("fails without leaving anything behind when the folder does not exist", async () => {
    const path = join(dir, "missing", "out.xlsx");
    await expect(writeFileAtomic(path, new Uint8Array([1]))).rejects.toThrow();
    expect(existsSync(join(dir, "missing"))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("keeps the old file whole when the new one cannot be renamed over it", async () => {
    // A directory in the target's place: the temporary file is written, the rename fails.
    const path = join(dir, "out.xlsx");
    const blocker = join(path, "inner");
    writeFileSync(join(dir, "keep.txt"), "x");
    mkdirSync(blocker, { recursive: true });
    await expect(writeFileAtomic(path, new Uint8Array([9]))).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(["keep.txt", "out.xlsx"]);
    expect(readdirSync(path)).toEqual(["inner"]);
  });
});
