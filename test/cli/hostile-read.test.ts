/**
 * A corpus of hostile, damaged and unusual workbooks, made here (never copies of files): each
 * `chibo check` ends with a clear message in Vietnamese and in English and an exit code of 1 or 2
 * (or reads the file when it is legal), and the input file is never changed.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../support/cli";
import {
  bombDeclared,
  bombLying,
  entityExpansion,
  farCorner,
  farRight,
  longCell,
  manySheets,
  oddSheetNames,
  thirtyThousandMerges,
  truncatedWorkbook,
  openpyxlPython,
  wholeSheetMerge,
  writeOpenpyxlChartWorkbook,
} from "../support/hostile-corpus";
import { memberRows, rawXlsx } from "../support/raw-xlsx";

const dir = mkdtempSync(join(tmpdir(), "chibo-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function save(name: string, data: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** A regular file's hash; what a folder or a missing file hashes to is its absence. */
function hash(path: string): string {
  if (!existsSync(path) || !statSync(path).isFile()) return "not a file";
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

interface Outcome {
  code: number;
  vi: string;
  en: string;
}

async function checkBoth(path: string): Promise<Outcome> {
  const before = hash(path);
  const vi = await runCli(["check", path]);
  const en = await runCli(["check", "--lang", "en", path]);
  expect(hash(path)).toBe(before);
  expect(en.code).toBe(vi.code);
  // Never a defect's raw message.
  expect(vi.stderr).not.toMatch(/^chibo: /m);
  expect(en.stderr).not.toMatch(/^chibo: /m);
  return { code: vi.code, vi: vi.stdout + vi.stderr, en: en.stdout + en.stderr };
}

/** A file refused with exit code 2 and the given message in each language. */
async function expectRefused(path: string, vi: RegExp, en: RegExp): Promise<void> {
  const outcome = await checkBoth(path);
  expect(outcome.code).toBe(2);
  expect(outcome.vi).toMatch(vi);
  expect(outcome.en).toMatch(en);
}

/** A legal file read in full: exit code 0 or 1 and a report, no read failure. */
async function expectRead(path: string): Promise<Outcome> {
  const outcome = await checkBoth(path);
  expect([0, 1]).toContain(outcome.code);
  expect(outcome.vi).toMatch(/Tệp: /);
  expect(outcome.en).toMatch(/File: /);
  return outcome;
}

describe("hostile and damaged workbooks are refused with a clear message", () => {
  it("a zip bomb that declares its real size (2 GiB)", async () => {
    const path = save("bomb-declared.xlsx", bombDeclared());
    await expectRefused(path, /quá lớn để đọc an toàn.*bom nén/s, /too large to read safely.*zip bomb/s);
  });

  it("a zip bomb that lies about its size (20 MB inflated from a part declared as 1 KB)", async () => {
    const path = save("bomb-lying.xlsx", bombLying());
    await expectRefused(path, /bị hỏng/, /damaged/);
  });

  it("XML entity expansion (billion laughs)", async () => {
    const path = save("entities.xlsx", entityExpansion());
    await expectRefused(path, /DTD/, /DTD/);
  });

  it("2,000 sheets", async () => {
    const path = save("many-sheets.xlsx", manySheets(2000));
    await expectRefused(path, /2\.000 trang tính.*tối đa 1\.000/s, /2,000 sheets.*at most 1,000/s);
  });

  it("values far to the right on 7,000 rows (a span of 115 million cells)", async () => {
    const path = save("far-right.xlsx", farRight());
    await expectRefused(path, /trải quá rộng/, /spread too wide/);
  });

  it("a truncated file", async () => {
    const path = save("truncated.xlsx", truncatedWorkbook());
    await expectRefused(path, /bị hỏng/, /damaged/);
  });

  it("a FIFO, a device and a folder are refused at once", async () => {
    const fifo = join(dir, "pipe.xlsx");
    try {
      execFileSync("mkfifo", [fifo]);
    } catch {
      // mkfifo is part of coreutils on every Linux; without it the FIFO case cannot be made here.
      console.warn("mkfifo is missing: the FIFO case is not run");
    }
    for (const path of [fifo, "/dev/zero"].filter((p) => p !== fifo || hasFifo(fifo))) {
      const vi = await runCli(["check", path]);
      const en = await runCli(["check", "--lang", "en", path]);
      expect([vi.code, en.code]).toEqual([2, 2]);
      expect(vi.stderr).toMatch(/không phải tệp thông thường/);
      expect(en.stderr).toMatch(/not a regular file/);
    }
    const folder = join(dir, "a-folder");
    mkdirSync(folder);
    await expectRefused(folder, /là một thư mục/, /is a folder/);
  });

  it("a missing file, in the user's language (no raw errno text)", async () => {
    await expectRefused(join(dir, "nope.xlsx"), /Không tìm thấy tệp/, /not found/);
    const vi = await runCli(["check", join(dir, "nope.xlsx")]);
    expect(vi.stderr).not.toMatch(/ENOENT|no such file/);
  });
});

function hasFifo(path: string): boolean {
  try {
    return statSync(path).isFIFO();
  } catch {
    return false;
  }
}

describe("legal but unusual workbooks are read in full", () => {
  it("a few values scattered to the far corner (XFD1048576) stay a sparse grid", async () => {
    const outcome = await expectRead(save("far-corner.xlsx", farCorner()));
    expect(outcome.vi).toMatch(/tổng số 20,/);
  });

  it("one merged area over the whole sheet", async () => {
    await expectRead(save("whole-merge.xlsx", wholeSheetMerge()));
  });

  it("30,000 merged areas", async () => {
    const outcome = await expectRead(save("merges.xlsx", thirtyThousandMerges()));
    expect(outcome.vi).toMatch(/tổng số 200,/);
  });

  it("a 17,000-character cell", async () => {
    await expectRead(save("long-cell.xlsx", longCell()));
  });

  it("odd sheet names: longer than 31 characters, differing only in case, with quotes and symbols", async () => {
    const outcome = await expectRead(save("odd-names.xlsx", oddSheetNames()));
    expect(outcome.vi).toMatch(/Danh sách đảng viên chi bộ thôn 4 năm 2025 \(bản chính\)/);
  });
});

(openpyxlPython ? describe : describe.skip)(
  "workbooks written by openpyxl (skipped where python3-openpyxl is absent)",
  () => {
    it("with a chart and with comments: read, not “bị hỏng”", async () => {
      const path = join(dir, "openpyxl.xlsx");
      writeOpenpyxlChartWorkbook(path);
      const outcome = await expectRead(path);
      expect(outcome.vi).toMatch(/tổng số 30,/);
      expect(outcome.vi).not.toMatch(/bị hỏng/);
    });
  },
);

describe("long lists", () => {
  it("130,000 member rows are checked without a stack overflow", async () => {
    const path = save("long.xlsx", rawXlsx([{ name: "DS", rows: memberRows(130_000) }]));
    const { code, stdout, stderr } = await runCli(["check", path]);
    expect(stderr).not.toMatch(/call stack/);
    expect([0, 1]).toContain(code);
    expect(stdout).toMatch(/tổng số 130000,/);
  }, 120_000);
});
