/**
 * Issue 12's acceptance: a roll-up over the whole hostile corpus and 20 good units consolidates
 * the good ones, reports each bad file with what was wrong in Vietnamese and in English, exits 1
 * and leaves every input as it was.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runCli } from "../support/cli";
import { generateCells, writeUnitFiles } from "../support/generate-units";
import {
  bombDeclared,
  bombLying,
  entityExpansion,
  farCorner,
  farRight,
  longCell,
  manySheets,
  oddSheetNames,
  openpyxlPython,
  thirtyThousandMerges,
  truncatedWorkbook,
  wholeSheetMerge,
  writeOpenpyxlChartWorkbook,
} from "../support/hostile-corpus";
import { fingerprint, tempDir, type RollupJson } from "./rollup-helpers";

const WARD = "Đảng bộ phường Hòa Bình";

/** Files that must be refused: the reason shown for each, in each language. */
const REFUSED: { name: string; bytes: () => Uint8Array; vi: RegExp; en: RegExp }[] = [
  {
    name: "x-bom-khai.xlsx",
    bytes: bombDeclared,
    vi: /quá lớn để đọc an toàn/i,
    en: /too large to read safely/i,
  },
  { name: "x-bom-gia.xlsx", bytes: bombLying, vi: /bị hỏng/i, en: /damaged/i },
  { name: "x-thuc-the.xlsx", bytes: entityExpansion, vi: /không an toàn/i, en: /unsafe/i },
  { name: "x-2000-trang.xlsx", bytes: () => manySheets(2000), vi: /quá lớn/, en: /too large/i },
  { name: "x-xa-phai.xlsx", bytes: farRight, vi: /quá lớn/, en: /too large/i },
  { name: "x-cut.xlsx", bytes: truncatedWorkbook, vi: /bị hỏng/i, en: /damaged/i },
];

/**
 * Legal files, read in full. One merged area over the whole sheet keeps only its first cell (as
 * in Excel, which shows the merge as one blank cell): readable, with nothing to consolidate.
 */
const LEGAL: { name: string; bytes: () => Uint8Array; status: string }[] = [
  { name: "y-goc-xa.xlsx", bytes: farCorner, status: "raw" },
  { name: "y-gop-ca-trang.xlsx", bytes: wholeSheetMerge, status: "no-data" },
  { name: "y-30000-o-gop.xlsx", bytes: thirtyThousandMerges, status: "raw" },
  { name: "y-o-dai.xlsx", bytes: longCell, status: "raw" },
  { name: "y-ten-trang-la.xlsx", bytes: oddSheetNames, status: "raw" },
];

const hasMkfifo = (() => {
  try {
    execFileSync("mkfifo", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe("chibo rollup over the whole hostile corpus and 20 good units", () => {
  const dir = tempDir("rollup-corpus");
  const work = tempDir("rollup-corpus-work");
  const good = generateCells(WARD, 20, 12, { capSafe: true, period: 2025 });
  const fifo = join(work.path, "ong-dan.xlsx");
  let before: Record<string, string>;
  let vi: Awaited<ReturnType<typeof runCli>>;
  let en: Awaited<ReturnType<typeof runCli>>;
  let doc: RollupJson;
  let docEn: RollupJson;
  let inputs: string[];

  beforeAll(async () => {
    await writeUnitFiles(dir.path, good);
    for (const file of [...REFUSED, ...LEGAL]) writeFileSync(join(dir.path, file.name), file.bytes());
    if (openpyxlPython) writeOpenpyxlChartWorkbook(join(dir.path, "y-openpyxl.xlsx"));
    // A FIFO named as an input (a folder's listing leaves it out): refused at once, never waited on.
    if (hasMkfifo) execFileSync("mkfifo", [fifo]);
    before = fingerprint(dir.path);
    inputs = hasMkfifo ? [dir.path, fifo] : [dir.path];
    vi = await runCli(["rollup", "--json", ...inputs, "-o", join(work.path, "phuong.xlsx")]);
    en = await runCli(["rollup", "--lang", "en", "--json", ...inputs, "-o", join(work.path, "ward.xlsx")]);
    doc = JSON.parse(vi.stdout) as RollupJson;
    docEn = JSON.parse(en.stdout) as RollupJson;
  }, 300_000);
  afterAll(() => {
    dir.remove();
    work.remove();
  });

  it("exits 1 in both languages, crashes on none and leaves every input as it was", () => {
    expect([vi.code, en.code]).toEqual([1, 1]);
    expect([vi.stderr, en.stderr]).toEqual(["", ""]);
    expect(fingerprint(dir.path)).toEqual(before);
    if (hasMkfifo) expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it("consolidates the 20 good units and the legal files, each once", () => {
    const goodEntries = doc.units.filter((u) => u.file && /don-vi-\d+\.xlsx$/.test(u.file));
    expect(goodEntries.map((u) => [u.status, u.errors])).toEqual(good.map(() => ["raw", 0]));
    for (const file of LEGAL) {
      const entry = doc.units.find((u) => u.file?.endsWith(file.name));
      expect([file.name, entry?.status]).toEqual([file.name, file.status]);
    }
    if (openpyxlPython)
      expect(doc.units.find((u) => u.file?.endsWith("y-openpyxl.xlsx"))?.status).toBe("raw");
    const goodMembers = good.reduce((n, u) => n + u.members.length, 0);
    // The legal files add their own members (20 + 200 + 10 + 10 or more, + 30 from openpyxl).
    const legalMembers = 240 + (openpyxlPython ? 30 : 0);
    expect(doc.results.members?.total).toBeGreaterThanOrEqual(goodMembers + legalMembers);
    expect(docEn.results.members?.total).toBe(doc.results.members?.total);
  });

  it("reports each refused file as unreadable, with why, in Vietnamese and in English", () => {
    for (const file of REFUSED) {
      const entry = doc.units.find((u) => u.file?.endsWith(file.name));
      const entryEn = docEn.units.find((u) => u.file?.endsWith(file.name));
      expect([file.name, entry?.status, entryEn?.status]).toEqual([file.name, "unreadable", "unreadable"]);
      expect([file.name, entry?.error]).toEqual([file.name, expect.stringMatching(file.vi)]);
      expect([file.name, entryEn?.error]).toEqual([file.name, expect.stringMatching(file.en)]);
    }
    // Where there is more to say, the detail says it in the user's language too.
    const detail = (d: RollupJson, name: string) =>
      (d.units.find((u) => u.file?.endsWith(name)) as { detail?: string } | undefined)?.detail;
    expect(detail(doc, "x-2000-trang.xlsx")).toMatch(/2\.000 trang tính.*tối đa 1\.000/s);
    expect(detail(docEn, "x-2000-trang.xlsx")).toMatch(/2,000 sheets.*at most 1,000/s);
    if (hasMkfifo) {
      const pipe = doc.units.find((u) => u.file === fifo);
      const pipeEn = docEn.units.find((u) => u.file === fifo);
      expect(pipe?.error).toMatch(/không phải tệp thông thường/i);
      expect(pipeEn?.error).toMatch(/not a regular file/i);
    }
  });

  // The compiled CLI (built by `npm run build:cli`, and by `npm ci` through "prepare") reads each
  // file in a worker thread under its budget; in-process above, ts-jest has no worker script.
  const compiled = resolve(__dirname, "../../dist-cli/src/cli/rollup-worker.js");
  (existsSync(compiled) ? it : it.skip)(
    "gives the same statuses and totals with the budgeted worker threads of the compiled CLI",
    () => {
      const bin = resolve(__dirname, "../../bin/chibo.js");
      const run = spawnSync(
        process.execPath,
        [bin, "rollup", "--json", ...inputs, "-o", join(work.path, "w.xlsx")],
        {
          encoding: "utf8",
          timeout: 240_000,
        },
      );
      expect([run.status, run.stderr]).toEqual([1, ""]);
      const threaded = JSON.parse(run.stdout) as RollupJson;
      expect(threaded.units.map((u) => [u.file, u.status])).toEqual(doc.units.map((u) => [u.file, u.status]));
      expect(threaded.results.members?.total).toBe(doc.results.members?.total);
      expect(fingerprint(dir.path)).toEqual(before);
    },
    240_000,
  );
});
