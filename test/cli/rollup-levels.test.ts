import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LEVEL_KEYS } from "../../src/core/criteria/levels";
import { readSummaryWorkbook } from "../../src/core/rollup/read-summary";
import { gridsFromBook } from "../support/exceljs/read";
import { readXlsxFile } from "../support/exceljs/read-file";
import { runCli } from "../support/cli";
import {
  countMembers,
  generateCells,
  UNIT_LAYOUTS,
  unitWorkbook,
  type GeneratedUnit,
} from "../support/generate-units";
import { tempDir, type RollupJson } from "./rollup-helpers";
import { VI } from "../support/words";

/**
 * Three levels, as in real life: cells send their workbooks to their ward (some run `chibo
 * summarize` first, others send the raw list), each ward rolls its cells up, and the province
 * rolls the wards' outputs up. Every level must give what counting every member directly gives.
 */
describe("cells → ward → province", () => {
  const root = tempDir("rollup-levels");
  const wards: { name: string; cells: GeneratedUnit[] }[] = [
    { name: "Đảng bộ phường Một", cells: generateCells("Đảng bộ phường Một", 4, 31, { capSafe: true }) },
    { name: "Đảng bộ phường Hai", cells: generateCells("Đảng bộ phường Hai", 3, 32, { capSafe: true }) },
  ];
  const wardRuns: { code: number; doc: RollupJson }[] = [];
  let province: { code: number; doc: RollupJson };
  beforeAll(async () => {
    const wardsDir = join(root.path, "tinh");
    mkdirSync(wardsDir);
    for (const [w, ward] of wards.entries()) {
      const dir = join(root.path, `phuong-${w + 1}`);
      mkdirSync(dir);
      for (const [i, cell] of ward.cells.entries()) {
        const raw = join(root.path, `p${w + 1}-cb${i + 1}.xlsx`);
        writeFileSync(raw, await unitWorkbook(cell, UNIT_LAYOUTS[(i + w) % UNIT_LAYOUTS.length], i));
        if (i % 2 === 0) {
          const summarized = await runCli(["summarize", raw, "-o", join(dir, `cb${i + 1}.chibo.xlsx`)]);
          expect(summarized.code).toBe(0);
        } else writeFileSync(join(dir, `cb${i + 1}.xlsx`), await unitWorkbook(cell, "level-marks", i));
      }
      // The ward's output is named like chibo's own outputs; the level above takes it as it is.
      const run = await runCli(["rollup", "--json", dir, "-o", join(wardsDir, `phuong-${w + 1}.chibo.xlsx`)]);
      wardRuns.push({ code: run.code, doc: JSON.parse(run.stdout) as RollupJson });
    }
    const run = await runCli([
      "rollup",
      "--json",
      "--unit",
      "Đảng bộ tỉnh Mẫu",
      wardsDir,
      "-o",
      join(root.path, "tinh.xlsx"),
    ]);
    province = { code: run.code, doc: JSON.parse(run.stdout) as RollupJson };
  });
  afterAll(() => root.remove());

  function expectSameCounts(results: RollupJson["results"], units: readonly GeneratedUnit[]): void {
    const direct = countMembers(units);
    expect(results.members?.total).toBe(direct.total);
    expect(results.members?.notClassified).toBe(direct.notClassified);
    expect(results.members?.assessed).toBe(direct.total - direct.notClassified);
    for (const level of LEVEL_KEYS) expect(results.members?.levels[level].count).toBe(direct.counts[level]);
    const sum = LEVEL_KEYS.reduce((s, level) => s + (results.members?.levels[level].percent ?? 0), 0);
    expect(Math.round(sum * 10) / 10).toBe(100);
  }

  it("each ward gives the counts of its cells' members, checking the cap on its total", () => {
    wards.forEach((ward, w) => {
      const { code, doc } = wardRuns[w];
      expect(code).toBe(0);
      expect(doc.unit.name).toBe(ward.name);
      expect(doc.capScope).toBe("total");
      expect(doc.units.map((u) => u.status)).toEqual(
        ward.cells.map((_, i) => (i % 2 === 0 ? "submitted" : "raw")),
      );
      expectSameCounts(doc.results, ward.cells);
    });
  });

  it("the province gives the counts of every member of every cell, one row per ward with its own cap verdict", () => {
    expect(province.code).toBe(0);
    expect(province.doc.unit.name).toBe("Đảng bộ tỉnh Mẫu");
    expect(province.doc.capScope).toBe("per-unit");
    expect(province.doc.units.map((u) => [u.unit, u.status])).toEqual(
      wards.map((w) => [w.name, "submitted"]),
    );
    expectSameCounts(
      province.doc.results,
      wards.flatMap((w) => w.cells),
    );
  });

  it("the province's workbook can go one level higher still", async () => {
    const read = readSummaryWorkbook(gridsFromBook(await readXlsxFile(join(root.path, "tinh.xlsx"))), VI);
    expect(read?.issues).toEqual([]);
    expect(read?.unit.name).toBe("Đảng bộ tỉnh Mẫu");
    expect(read?.figures.members?.counts).toEqual(countMembers(wards.flatMap((w) => w.cells)).counts);
  });
});

describe("a roll-up saved again by LibreOffice", () => {
  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
  const root = tempDir("rollup-libreoffice");
  afterAll(() => root.remove());

  (soffice ? it : it.skip)("is still read back untouched, with the same figures", async () => {
    const cells = generateCells("Đảng bộ phường Ba", 3, 33, { capSafe: true });
    const dir = join(root.path, "in");
    mkdirSync(dir);
    for (const [i, cell] of cells.entries())
      writeFileSync(join(dir, `cb${i + 1}.xlsx`), await unitWorkbook(cell, "level-text", i));
    expect((await runCli(["rollup", dir, "-o", join(root.path, "phuong.xlsx")])).code).toBe(0);
    const converted = join(root.path, "lo");
    execFileSync(
      soffice as string,
      [
        `-env:UserInstallation=file://${root.path}/profile`,
        "--headless",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        converted,
        join(root.path, "phuong.xlsx"),
      ],
      { timeout: 120000, stdio: "pipe" },
    );
    const read = readSummaryWorkbook(gridsFromBook(await readXlsxFile(join(converted, "phuong.xlsx"))), VI);
    expect(read?.issues).toEqual([]);
    expect(read?.figures.members?.counts).toEqual(countMembers(cells).counts);
  });
});
