import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { analyzeWorkbook } from "../../src/core/analyze";
import { buildSummarySheets } from "../../src/core/summary/build";
import { writeSheetsToPackage } from "../../src/xlsx/write";
import { runCli } from "../support/cli";
import { readSample } from "../support/xlsx-fixtures";
import { gridsFromBook, readXlsx } from "../support/exceljs/read";
import { VI } from "../support/words";

const PYTHON = "/usr/bin/python3";
const SOFFICE = "/usr/bin/soffice";
const MAKE_RICH = resolve(__dirname, "../support/make-rich-workbook.py");
const canBuild = existsSync(PYTHON) && existsSync(SOFFICE);
if (!canBuild)
  console.warn("Skipping the lossless writer tests: python3-openpyxl or LibreOffice is missing.");

/** Parts that list the sheets: the writer adds entries to them and must keep every entry already there. */
const LISTING_PARTS = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
];

async function parts(data: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(data);
  const map = new Map<string, Buffer>();
  for (const file of Object.values(zip.files))
    if (!file.dir) map.set(file.name, await file.async("nodebuffer"));
  return map;
}

/** Every part of `input` is in `output` byte for byte, except the listing parts, which keep every entry. */
async function expectKept(input: Uint8Array, output: Uint8Array): Promise<void> {
  const before = await parts(input);
  const after = await parts(output);
  for (const [name, bytes] of before) {
    expect([name, after.has(name)]).toEqual([name, true]);
    if (LISTING_PARTS.includes(name)) continue;
    expect([name, Buffer.compare(bytes, after.get(name) as Buffer)]).toEqual([name, 0]);
  }
  const text = (m: Map<string, Buffer>, name: string) => m.get(name)?.toString("utf8") ?? "";
  for (const entry of text(before, "[Content_Types].xml").match(/<(Default|Override)\b[^>]*\/>/g) ?? [])
    expect(text(after, "[Content_Types].xml")).toContain(entry);
  for (const entry of text(before, "xl/_rels/workbook.xml.rels").match(/<Relationship\b[^>]*\/>/g) ?? [])
    expect(text(after, "xl/_rels/workbook.xml.rels")).toContain(entry);
  const workbook = text(before, "xl/workbook.xml");
  for (const entry of workbook.match(
    /<sheet\b[^>]*\/>|<definedName\b[^>]*>[^<]*<\/definedName>|<pivotCaches>.*?<\/pivotCaches>/g,
  ) ?? [])
    expect(text(after, "xl/workbook.xml")).toContain(entry);
  // Styles: each section keeps its entries, in their places, ours come after them.
  const styles = text(before, "xl/styles.xml");
  for (const section of [
    "numFmts",
    "fonts",
    "fills",
    "borders",
    "cellStyleXfs",
    "cellXfs",
    "cellStyles",
    "dxfs",
  ]) {
    const inner = new RegExp(`<${section}\\b[^>]*>([\\s\\S]*?)</${section}>`).exec(styles)?.[1];
    if (inner === undefined) continue;
    const out = new RegExp(`<${section}\\b[^>]*>([\\s\\S]*?)</${section}>`).exec(
      text(after, "xl/styles.xml"),
    )?.[1];
    expect([section, out?.startsWith(inner)]).toEqual([section, true]);
  }
}

function convertToPdf(file: string, outDir: string, profileDir: string): Promise<boolean> {
  return new Promise((done) => {
    const args = [
      "--headless",
      `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      file,
    ];
    execFile(SOFFICE, args, { timeout: 120_000 }, (error) =>
      done(!error && existsSync(join(outDir, file.replace(/^.*\//, "").replace(/\.xlsx$/, ".pdf")))),
    );
  });
}

/** The summary sheets of a real sample: what summarize adds. */
async function summarySpecs() {
  const grids = gridsFromBook(await readXlsx(readSample("chi-bo-tdp-so-3-2025.xlsx")));
  return buildSummarySheets(analyzeWorkbook(grids, { words: VI }), {
    words: VI,
    date: new Date(2025, 11, 20),
  });
}

(canBuild ? describe : describe.skip)("the writer keeps every part of the input", () => {
  let dir: string;
  let rich: Uint8Array;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "chibo-lossless-"));
    execFileSync(PYTHON, [MAKE_RICH, join(dir, "rich.xlsx")]);
    rich = new Uint8Array(readFileSync(join(dir, "rich.xlsx")));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("adds the summary sheets to a workbook with a chart, image, comments, validation, conditional formats, names, a pivot table, custom XML and macros", async () => {
    const names = Object.keys((await JSZip.loadAsync(rich)).files);
    // The workbook really carries what the test is about.
    for (const part of [
      "xl/charts/chart1.xml",
      "xl/media/image1.png",
      "xl/comments/comment1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "customXml/item1.xml",
      "xl/vbaProject.bin",
    ])
      expect(names).toContain(part);
    const sheet1 = (await parts(rich)).get("xl/worksheets/sheet1.xml")?.toString() ?? "";
    expect(sheet1).toMatch(/<dataValidation\b/);
    expect(sheet1).toMatch(/<conditionalFormatting\b/);

    const specs = await summarySpecs();
    const first = await writeSheetsToPackage({ source: rich, specs, isOurs: () => false });
    expect(first.sheets).toEqual(["Danh sách ĐV", "Thống kê", ...specs.map((s) => s.name)]);
    await expectKept(rich, first.bytes);
    writeFileSync(join(dir, "first.xlsx"), first.bytes);
    expect(await convertToPdf(join(dir, "first.xlsx"), dir, join(dir, "profile"))).toBe(true);

    // Written again over its own output: ours are replaced, in place; only their parts go.
    const ours = new Set(specs.map((s) => s.name));
    const second = await writeSheetsToPackage({ source: first.bytes, specs, isOurs: (n) => ours.has(n) });
    expect(second.result.replaced).toEqual(specs.map((s) => s.name));
    expect(second.sheets).toEqual(first.sheets);
    await expectKept(rich, second.bytes);
    const firstParts = [...(await parts(first.bytes)).keys()].sort();
    const secondParts = [...(await parts(second.bytes)).keys()].sort();
    expect(secondParts).toEqual(firstParts);
    writeFileSync(join(dir, "second.xlsx"), second.bytes);
    expect(await convertToPdf(join(dir, "second.xlsx"), dir, join(dir, "profile"))).toBe(true);
  }, 240_000);

  it("fails the comparison when a part is changed (the check can fail)", async () => {
    const zip = await JSZip.loadAsync(rich);
    zip.file(
      "xl/charts/chart1.xml",
      (await zip.file("xl/charts/chart1.xml")!.async("string")).replace("Xếp loại", "Xep loai"),
    );
    const changed = await zip.generateAsync({ type: "uint8array" });
    await expect(expectKept(rich, changed)).rejects.toThrow();
  });

  it("chibo summarize keeps a LibreOffice workbook with a chart, comments and a pivot table whole", async () => {
    execFileSync(
      SOFFICE,
      [
        "--headless",
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--convert-to",
        "xlsx",
        "--outdir",
        join(dir, "lo"),
        join(dir, "rich.xlsx"),
      ],
      { timeout: 120_000 },
    );
    const input = join(dir, "lo", "rich.xlsx");
    const before = new Uint8Array(readFileSync(input));
    const names = Object.keys((await JSZip.loadAsync(before)).files);
    expect(names).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/pivotTables/pivotTable1.xml"]));
    const output = join(dir, "lo-out.xlsx");
    const run = await runCli(["summarize", input, "-o", output]);
    expect(run.code).toBe(0);
    await expectKept(before, new Uint8Array(readFileSync(output)));
    expect(Buffer.compare(readFileSync(input), Buffer.from(before))).toBe(0);
    expect(await convertToPdf(output, dir, join(dir, "profile"))).toBe(true);
  }, 240_000);
});
