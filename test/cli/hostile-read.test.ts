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
import { strToU8, zipSync } from "fflate";
import { runCli } from "../support/cli";
import { memberRows, numberCell, rawParts, rawXlsx, textCell } from "../support/raw-xlsx";

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

/** Sets the uncompressed size a zip's central directory declares for one entry. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const needle = strToU8(name);
  for (let i = 0; i < out.length - 46; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    const stored = out.subarray(i + 46, i + 46 + length);
    if (length === needle.length && stored.every((b, k) => b === needle[k]))
      view.setUint32(i + 24, size, true);
  }
  return out;
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
    const zip = rawXlsx([{ name: "DS", rows: memberRows(3) }]);
    const path = save("bomb-declared.xlsx", declareSize(zip, "xl/worksheets/sheet1.xml", 0x7fffffff));
    await expectRefused(path, /quá lớn để đọc an toàn.*bom nén/s, /too large to read safely.*zip bomb/s);
  });

  it("a zip bomb that lies about its size (20 MB inflated from a part declared as 1 KB)", async () => {
    const parts = rawParts([{ name: "DS", rows: memberRows(3) }]);
    parts["xl/worksheets/sheet1.xml"] = strToU8(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${" ".repeat(20_000_000)}</sheetData></worksheet>`,
    );
    const zip = zipSync(parts, { level: 1 });
    const path = save("bomb-lying.xlsx", declareSize(zip, "xl/worksheets/sheet1.xml", 1024));
    await expectRefused(path, /bị hỏng/, /damaged/);
  });

  it("XML entity expansion (billion laughs)", async () => {
    const entities = Array.from({ length: 9 }, (_, i) =>
      i === 0 ? '<!ENTITY l0 "lol">' : `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`,
    ).join("");
    const xml = `<?xml version="1.0"?><!DOCTYPE worksheet [${entities}]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&l8;</t></is></c></row></sheetData></worksheet>`;
    const path = save("entities.xlsx", rawXlsx([{ name: "DS", rows: "", xml }]));
    await expectRefused(path, /DTD/, /DTD/);
  });

  it("2,000 sheets", async () => {
    const sheets = Array.from({ length: 2000 }, (_, i) => ({ name: `S${i + 1}`, rows: "" }));
    const path = save("many-sheets.xlsx", rawXlsx(sheets));
    await expectRefused(path, /2\.000 trang tính.*tối đa 1\.000/s, /2,000 sheets.*at most 1,000/s);
  });

  it("values far to the right on 7,000 rows (a span of 115 million cells)", async () => {
    let rows = "";
    for (let r = 1; r <= 7_000; r++) rows += `<row r="${r}">${numberCell(`XFD${r}`, r)}</row>`;
    const path = save("far-right.xlsx", rawXlsx([{ name: "DS", rows }]));
    await expectRefused(path, /trải quá rộng/, /spread too wide/);
  });

  it("a truncated file", async () => {
    const zip = rawXlsx([{ name: "DS", rows: memberRows(50) }]);
    const path = save("truncated.xlsx", zip.subarray(0, Math.floor(zip.length / 2)));
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
    const rows =
      memberRows(20) +
      `<row r="500000">${numberCell("XFD500000", 1)}</row><row r="1048576">${numberCell("A1048576", 2)}${numberCell("XFD1048576", 3)}</row>`;
    const outcome = await expectRead(save("far-corner.xlsx", rawXlsx([{ name: "DS", rows }])));
    expect(outcome.vi).toMatch(/tổng số 20,/);
  });

  it("one merged area over the whole sheet", async () => {
    const rows = memberRows(20, 2);
    const path = save(
      "whole-merge.xlsx",
      rawXlsx([
        { name: "DS", rows, after: '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' },
      ]),
    );
    await expectRead(path);
  });

  it("30,000 merged areas", async () => {
    let merges = "";
    for (let r = 100; r < 30_100; r++) merges += `<mergeCell ref="D${r}:F${r}"/>`;
    const path = save(
      "merges.xlsx",
      rawXlsx([
        { name: "DS", rows: memberRows(200), after: `<mergeCells count="30000">${merges}</mergeCells>` },
      ]),
    );
    const outcome = await expectRead(path);
    expect(outcome.vi).toMatch(/tổng số 200,/);
  });

  it("a 17,000-character cell", async () => {
    const rows = memberRows(10) + `<row r="30">${textCell("B30", "Ghi chú ".repeat(2125))}</row>`;
    await expectRead(save("long-cell.xlsx", rawXlsx([{ name: "DS", rows }])));
  });

  it("odd sheet names: longer than 31 characters, differing only in case, with quotes and symbols", async () => {
    const path = save(
      "odd-names.xlsx",
      rawXlsx([
        { name: "Danh sách đảng viên chi bộ thôn 4 năm 2025 (bản chính)", rows: memberRows(10) },
        { name: "ds", rows: memberRows(3) },
        { name: "DS", rows: memberRows(4) },
        { name: 'O\'Brien & "Co" <1>', rows: "" },
      ]),
    );
    const outcome = await expectRead(path);
    expect(outcome.vi).toMatch(/Danh sách đảng viên chi bộ thôn 4 năm 2025 \(bản chính\)/);
  });
});

/** A python3 that has openpyxl (Debian's python3-openpyxl; a pyenv shim may come first on PATH). */
const python = ["python3", "/usr/bin/python3"].find((candidate) => {
  try {
    execFileSync(candidate, ["-c", "import openpyxl"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
});

(python ? describe : describe.skip)(
  "workbooks written by openpyxl (skipped where python3-openpyxl is absent)",
  () => {
    it("with a chart and with comments: read, not “bị hỏng”", async () => {
      const path = join(dir, "openpyxl.xlsx");
      const script = `
import sys
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
wb = Workbook()
ws = wb.active
ws.title = "DS"
ws.append(["STT", "Họ và tên", "Xếp loại"])
levels = ["Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ"]
for i in range(1, 31):
    ws.append([i, "Trần Thị %d" % i, levels[i % 3 if i % 5 else 1]])
ws["B2"].comment = Comment("Bí thư chi bộ", "Văn phòng")
chart = BarChart()
chart.add_data(Reference(ws, min_col=1, min_row=1, max_row=31), titles_from_data=True)
ws.add_chart(chart, "E2")
wb.save(sys.argv[1])
`;
      execFileSync(python ?? "python3", ["-c", script, path]);
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
