import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { writeSheetsToPackage } from "../../src/xlsx/write";
import { runCli } from "../support/cli";
import { generateCells, unitWorkbook, writeUnitFiles, type GeneratedUnit } from "../support/generate-units";
import { criteriaSheetWithPattern } from "../support/hostile-criteria";
import { HOSTILE_PATTERN, hostileUnit, longCellWorkbook, truncated } from "../support/hostile-units";
import { fingerprint, tempDir, type RollupJson } from "./rollup-helpers";

const WARD = "Đảng bộ phường Hòa Bình";

/** Rewrites chibo's markers in every sheet of a summarized workbook (the JSON is plain text in the cell). */
async function editMarkers(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const file of zip.file(/^xl\/worksheets\/[^/]+\.xml$/))
    zip.file(file.name, edit(await file.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function summarized(unit: GeneratedUnit, dir: string, name: string): Promise<Uint8Array> {
  const raw = join(dir, `${name}.raw.xlsx`);
  const out = join(dir, `${name}.xlsx`);
  writeFileSync(raw, await unitWorkbook(unit, "level-text"));
  const run = await runCli(["summarize", raw, "-o", out]);
  if (run.code !== 0) throw new Error(run.stderr);
  return new Uint8Array(readFileSync(out));
}

const byFile = (doc: RollupJson, name: string) => doc.units.find((u) => u.file?.endsWith(name));

describe("chibo rollup over hostile files and 20 good units", () => {
  const dir = tempDir("rollup-hostile");
  const work = tempDir("rollup-hostile-work");
  const good = generateCells(WARD, 20, 12, { capSafe: true, period: 2025 });
  const pattern = hostileUnit("Chi bộ Tổ dân phố số 21", 21);
  const forged = hostileUnit("Chi bộ Tổ dân phố số 22", 22);
  const long = hostileUnit("Chi bộ Tổ dân phố số 23", 23);
  let before: Record<string, string>;
  let result: Awaited<ReturnType<typeof runCli>>;
  let doc: RollupJson;

  beforeAll(async () => {
    await writeUnitFiles(dir.path, good);
    // An earlier run's output, left in the folder.
    const earlier = join(work.path, "tong-hop-lan-truoc.xlsx");
    const first = await runCli(["rollup", dir.path, "-o", earlier]);
    expect(first.code).toBe(0);
    copyFileSync(earlier, join(dir.path, "tong-hop-lan-truoc.xlsx"));
    // A Tiêu chí sheet with a catastrophic card-number pattern, and cards that would make it backtrack.
    pattern.members.forEach((m, i) => (m.card = "1".repeat(28) + "x" + i));
    const { spec } = criteriaSheetWithPattern(HOSTILE_PATTERN);
    const withCriteria = await writeSheetsToPackage({
      source: await unitWorkbook(pattern, "level-text"),
      specs: [spec],
      isOurs: () => false,
    });
    writeFileSync(join(dir.path, "x-mau-so-the.xlsx"), withCriteria.bytes);
    // A summary whose hidden marker claims a total row at 10^9.
    const forgedBytes = await editMarkers(await summarized(forged, work.path, "forged"), (xml) =>
      xml.replace(/"totalRow":\d+/g, '"totalRow":1000000000'),
    );
    writeFileSync(join(dir.path, "x-dau-gia.xlsx"), forgedBytes);
    writeFileSync(join(dir.path, "x-o-dai.xlsx"), await longCellWorkbook(long));
    writeFileSync(join(dir.path, "x-cut.xlsx"), truncated(await unitWorkbook(good[0], "level-text")));
    before = fingerprint(dir.path);
    result = await runCli(["rollup", "--json", dir.path, "-o", join(work.path, "phuong.xlsx")]);
    doc = JSON.parse(result.stdout) as RollupJson;
  }, 240_000);
  afterAll(() => {
    dir.remove();
    work.remove();
  });

  it("exits 1, crashes on none and leaves every input as it was", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(fingerprint(dir.path)).toEqual(before);
  });

  it("consolidates the good units once each, without the earlier output", () => {
    const goodEntries = doc.units.filter((u) => u.file && /don-vi-\d+\.xlsx$/.test(u.file));
    expect(goodEntries).toHaveLength(20);
    for (const u of goodEntries) expect([u.file, u.status, u.errors]).toEqual([u.file, "raw", 0]);
    // Accepted: the 20, and the three readable bad ones, analysed from their own sheets.
    const counted = [...good, pattern, forged, long].reduce((n, u) => n + u.members.length, 0);
    expect(doc.results.members?.total).toBe(counted);
  });

  it("reports each bad file with what was wrong", () => {
    expect(byFile(doc, "tong-hop-lan-truoc.xlsx")?.status).toBe("own-output");
    expect(
      doc.issues.some((i) => i.code === "rollup-output" && i.file?.endsWith("tong-hop-lan-truoc.xlsx")),
    ).toBe(true);
    expect(byFile(doc, "x-cut.xlsx")?.status).toBe("unreadable");
    const patternEntry = byFile(doc, "x-mau-so-the.xlsx");
    expect(patternEntry?.issues.map((i) => i.code)).toContain("unsafe-pattern");
    expect(patternEntry?.errors).toBeGreaterThan(0);
    const forgedEntry = byFile(doc, "x-dau-gia.xlsx");
    expect(forgedEntry?.issues.map((i) => i.code)).toContain("summary-modified");
    expect(forgedEntry?.status).toBe("raw");
    const longEntry = byFile(doc, "x-o-dai.xlsx");
    expect(longEntry?.issues.map((i) => i.code)).toContain("invalid-level");
  });
});

describe("chibo rollup counts each unit once", () => {
  const dir = tempDir("rollup-once");
  const work = tempDir("rollup-once-work");
  afterAll(() => {
    dir.remove();
    work.remove();
  });

  it("gives the same totals when run twice into the folder of the submissions", async () => {
    await writeUnitFiles(dir.path, generateCells(WARD, 4, 5, { capSafe: true, period: 2025 }));
    const totals = async (output: string) => {
      const run = await runCli(["rollup", "--json", dir.path, "-o", join(dir.path, output)]);
      expect(run.code).toBe(0);
      const doc = JSON.parse(run.stdout) as RollupJson;
      return { total: doc.results.members?.total, statuses: doc.units.map((u) => u.status) };
    };
    const first = await totals("tong-hop.xlsx");
    const again = await totals("tong-hop.xlsx");
    expect(again).toEqual(first);
    // Under another name, the earlier output is recognized by its marker and skipped.
    const renamed = await totals("tong-hop-2.xlsx");
    expect(renamed.total).toBe(first.total);
    expect(renamed.statuses).toEqual([...first.statuses.slice(0, 4), "own-output"]);
  }, 120_000);

  it("reports a unit re-sent with only the parent edited in its marker, and counts it once", async () => {
    const [a, b] = generateCells(WARD, 2, 7, { capSafe: true, period: 2025 });
    const aBytes = await summarized(a, work.path, "a");
    const folder = join(work.path, "nop");
    mkdirSync(folder);
    writeFileSync(join(folder, "a.xlsx"), aBytes);
    writeFileSync(
      join(folder, "a-gui-lai.xlsx"),
      await editMarkers(aBytes, (xml) =>
        xml.split(`"parent":"${WARD}"`).join('"parent":"Đảng bộ xã Tân Lập"'),
      ),
    );
    writeFileSync(join(folder, "b.xlsx"), await summarized(b, work.path, "b"));
    const run = await runCli(["rollup", "--json", folder, "-o", join(work.path, "out.xlsx")]);
    const doc = JSON.parse(run.stdout) as RollupJson;
    expect(run.code).toBe(1);
    const resent = byFile(doc, "a-gui-lai.xlsx");
    expect(resent?.issues.map((i) => i.code)).toContain("summary-modified");
    expect(resent?.status).toBe("duplicate");
    expect(doc.results.members?.total).toBe(a.members.length + b.members.length);
  }, 120_000);
});
