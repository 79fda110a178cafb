import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LEVEL_KEYS } from "../../src/core/criteria/levels";
import { readSummaryWorkbook } from "../../src/core/rollup/read-summary";
import { UNITS_SHEET_NAME } from "../../src/core/rollup/units-sheet";
import { SUMMARY_SHEET_NAMES } from "../../src/core/summary/build";
import { findMarker } from "../../src/core/summary/marker";
import { gridsFromBook } from "../support/exceljs/read";
import { readXlsxFile } from "../support/exceljs/read-file";
import { runCli } from "../support/cli";
import { countMembers, generateCells, generateUnit, unitWorkbook } from "../support/generate-units";
import { fingerprint, tempDir, type RollupJson } from "./rollup-helpers";
import { VI } from "../support/words";

const WARD = "Đảng bộ phường Đồng Tâm";

describe("chibo rollup on a folder holding a corrupt file, an empty file and one of another period", () => {
  const dir = tempDir("rollup-bad");
  const out = tempDir("rollup-bad-out");
  const cells = generateCells(WARD, 3, 21, { capSafe: true });
  const old = generateUnit({
    name: "Chi bộ Tổ dân phố số 9",
    parent: WARD,
    seed: 99,
    period: 2024,
    capSafe: true,
  });
  let result: Awaited<ReturnType<typeof runCli>>;
  let doc: RollupJson;
  let before: Record<string, string>;
  beforeAll(async () => {
    for (const [i, cell] of cells.entries())
      writeFileSync(
        join(dir.path, `cb${i + 1}.xlsx`),
        await unitWorkbook(cell, i % 2 ? "level-marks" : "level-text", i),
      );
    const good = await unitWorkbook(cells[0], "level-text");
    writeFileSync(join(dir.path, "hong.xlsx"), good.slice(0, Math.floor(good.length / 2)));
    writeFileSync(join(dir.path, "rong.xlsx"), new Uint8Array(0));
    writeFileSync(join(dir.path, "nam-truoc.xlsx"), await unitWorkbook(old, "three-columns"));
    writeFileSync(join(dir.path, "ghi-chu.txt"), "not a workbook, not an .xlsx: skipped");
    before = fingerprint(dir.path);
    result = await runCli(["rollup", "--json", dir.path, "-o", join(out.path, "phuong.xlsx")]);
    doc = JSON.parse(result.stdout) as RollupJson;
  });
  afterAll(() => {
    dir.remove();
    out.remove();
  });

  it("exits 1 and crashes on none", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
  });

  it("reports each file, in name order, with what became of it", () => {
    expect(doc.units.map((u) => [u.file?.replace(dir.path, "DIR"), u.status])).toEqual([
      [join("DIR", "cb1.xlsx"), "raw"],
      [join("DIR", "cb2.xlsx"), "raw"],
      [join("DIR", "cb3.xlsx"), "raw"],
      [join("DIR", "hong.xlsx"), "unreadable"],
      [join("DIR", "nam-truoc.xlsx"), "other-period"],
      [join("DIR", "rong.xlsx"), "unreadable"],
    ]);
    expect(doc.units[3].error).toMatch(/hỏng/);
    expect(doc.units[5].error).toMatch(/rỗng/);
    expect(doc.issues.map((i) => [i.code, i.file?.replace(dir.path, "DIR")])).toEqual([
      ["period-mismatch", join("DIR", "nam-truoc.xlsx")],
    ]);
  });

  it("still consolidates the rest: the totals of the three good cells", () => {
    const direct = countMembers(cells);
    expect(doc.results.members?.total).toBe(direct.total);
    for (const level of LEVEL_KEYS)
      expect(doc.results.members?.levels[level].count).toBe(direct.counts[level]);
    expect(doc.unit.name).toBe(WARD);
    expect(doc.criteria).toBe("qd366-2025");
  });

  it("writes the summary sheets and the list of units", async () => {
    const grids = gridsFromBook(await readXlsxFile(join(out.path, "phuong.xlsx")));
    // The units' files hold members only: no empty collectives or meetings sheet.
    expect(grids.map((g) => g.name)).toEqual([
      SUMMARY_SHEET_NAMES.members,
      SUMMARY_SHEET_NAMES.check,
      UNITS_SHEET_NAME,
    ]);
    const units = grids[2];
    expect(findMarker(units)?.kind).toBe("units");
    const statuses = units.rows.flatMap((row) => row.filter((v) => v === "Lỗi đọc tệp" || v === "Khác kỳ"));
    expect(statuses).toEqual(["Lỗi đọc tệp", "Khác kỳ", "Lỗi đọc tệp"]);
    // What was written is what the level above will read, untouched.
    expect(readSummaryWorkbook(grids, VI)?.issues).toEqual([]);
  });

  it("leaves every input as it was", () => {
    expect(fingerprint(dir.path)).toEqual(before);
  });
});

describe("chibo rollup cannot run", () => {
  const dir = tempDir("rollup-args");
  let file: string;
  beforeAll(async () => {
    file = join(dir.path, "cb1.xlsx");
    writeFileSync(
      file,
      await unitWorkbook(generateUnit({ name: "Chi bộ A", parent: WARD, seed: 1 }), "level-text"),
    );
  });
  afterAll(() => dir.remove());

  it.each([
    ["without input", () => ["rollup", "-o", join(dir.path, "out.xlsx")], /Chưa chỉ tệp/],
    ["without -o", () => ["rollup", file], /-o RA\.xlsx/],
    ["when the output is named as an input", () => ["rollup", file, "-o", file], /cũng là một tệp vào/],
    [
      "when the output's folder does not exist",
      () => ["rollup", file, "-o", join(dir.path, "khong-co", "out.xlsx")],
      /Không có thư mục/,
    ],
    [
      "on a path that does not exist",
      () => ["rollup", join(dir.path, "khong-co"), "-o", join(dir.path, "out.xlsx")],
      /Không tìm thấy/,
    ],
    [
      "on an unknown criteria set",
      () => ["rollup", "--criteria", "khong-co", file, "-o", join(dir.path, "out.xlsx")],
      /bộ tiêu chí/,
    ],
    [
      "on a list of units it cannot read",
      () => ["rollup", "--expected", file + ".json", file, "-o", join(dir.path, "out.xlsx")],
      /Không tìm thấy/,
    ],
  ])("%s: exits 2 and says why", async (_label, argv, message) => {
    const result = await runCli(argv());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(existsSync(join(dir.path, "out.xlsx"))).toBe(false);
  });

  it("on a folder without workbooks: exits 2", async () => {
    const empty = tempDir("rollup-empty");
    try {
      const result = await runCli(["rollup", empty.path, "-o", join(dir.path, "out.xlsx")]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/không có tệp \.xlsx/);
    } finally {
      empty.remove();
    }
  });
});

describe("chibo rollup with a list of expected units", () => {
  const dir = tempDir("rollup-expected");
  const out = tempDir("rollup-expected-out");
  const cells = generateCells(WARD, 2, 5, { capSafe: true });
  beforeAll(async () => {
    for (const [i, cell] of cells.entries())
      writeFileSync(join(dir.path, `cb${i + 1}.xlsx`), await unitWorkbook(cell, "level-text"));
  });
  afterAll(() => {
    dir.remove();
    out.remove();
  });

  it("reports the unit that sent nothing (a warning: exit 0) and prints a text report", async () => {
    const list = join(out.path, "danh-sach.txt");
    writeFileSync(list, `${cells[0].name}\n${cells[1].name}\nChi bộ Tổ dân phố số 3\n`);
    const result = await runCli([
      "rollup",
      "--expected",
      list,
      "--unit",
      "Đảng bộ phường Mới",
      dir.path,
      "-o",
      join(out.path, "a.xlsx"),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\(chưa nộp\): Chi bộ Tổ dân phố số 3/);
    expect(result.stdout).toMatch(/Đảng bộ phường Mới/);
    expect(result.stdout).toMatch(/Đã ghi .*a\.xlsx/);
  });

  it("takes the list from a workbook (skipped as an input when it sits in the folder) and names the roll-up after it", async () => {
    const { Workbook } = await import("exceljs");
    const book = new Workbook();
    const ws = book.addWorksheet("Danh sách");
    ws.addRows([
      ["ĐẢNG BỘ PHƯỜNG ĐỒNG TÂM"],
      [],
      ["TT", "Tên chi bộ"],
      [1, cells[0].name],
      [2, "Chi bộ Tổ dân phố số 8"],
    ]);
    const list = join(dir.path, "danh-sach.xlsx");
    await book.xlsx.writeFile(list);
    const result = await runCli([
      "rollup",
      "--json",
      "--expected",
      list,
      dir.path,
      "-o",
      join(out.path, "b.xlsx"),
    ]);
    const doc = JSON.parse(result.stdout) as RollupJson;
    expect(doc.units.map((u) => u.status)).toEqual(["raw", "raw", "missing"]);
    expect(doc.issues.map((i) => [i.code, i.unit])).toEqual([["missing-unit", "Chi bộ Tổ dân phố số 8"]]);
    expect(doc.unit.name).toBe("Đảng bộ phường Đồng Tâm");
  });
});

describe("chibo rollup on a summary edited by hand in a spreadsheet program", () => {
  const dir = tempDir("rollup-edited");
  const out = tempDir("rollup-edited-out");
  const cell = generateUnit({ name: "Chi bộ Tổ dân phố số 5", parent: WARD, seed: 55, capSafe: true });
  let edited: string;
  beforeAll(async () => {
    const raw = join(out.path, "cb5.xlsx");
    writeFileSync(raw, await unitWorkbook(cell, "level-text"));
    const summarized = join(dir.path, "cb5.chibo.xlsx");
    expect((await runCli(["summarize", raw, "-o", summarized])).code).toBe(0);
    // Open the summary, change the HTTNV count of the total row, save: what a user would do.
    const { Workbook } = await import("exceljs");
    const book = new Workbook();
    await book.xlsx.readFile(summarized);
    const ws = book.getWorksheet(SUMMARY_SHEET_NAMES.members);
    const marker = ws
      ? findMarker({
          name: ws.name,
          rows: [(ws.getRow(1).values as unknown[]).slice(1).map((v) => (typeof v === "string" ? v : null))],
        })
      : null;
    if (!ws || !marker) throw new Error("no members summary");
    const target = ws.getCell(marker.totalRow, 9);
    edited = target.address;
    target.value = Number(target.value) + 1;
    await book.xlsx.writeFile(summarized);
  });
  afterAll(() => {
    dir.remove();
    out.remove();
  });

  it("reports `summary-modified` at the edited cell and exits 1", async () => {
    const result = await runCli(["rollup", "--json", dir.path, "-o", join(out.path, "phuong.xlsx")]);
    const doc = JSON.parse(result.stdout) as RollupJson;
    expect(result.code).toBe(1);
    expect(doc.units[0].status).toBe("submitted");
    expect(doc.units[0].issues.map((i) => [i.code, i.cell])).toEqual([["summary-modified", edited]]);
  });

  it("says so in the text report too", async () => {
    const result = await runCli(["rollup", dir.path, "-o", join(out.path, "phuong2.xlsx")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`TH Đảng viên!${edited} summary-modified`);
  });
});
