/**
 * .xls (Excel 97–2003) and .ods read by the CLI, the roll-up and the browser mode with the same
 * results as the same workbook saved as .xlsx. The .xls and .ods files are made here by LibreOffice
 * from workbooks built in the test; without soffice these tests are skipped, and say so.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { analyzeWorkbook } from "../../src/core/analyze";
import { readWorkbookBytes } from "../../src/taskpane/xlsx-loader";
import { buildSampleWorkbook } from "../../scripts/sample-workbook";
import { runCli } from "../support/cli";
import { generateCells, unitWorkbook } from "../support/generate-units";
import { SAMPLES_DIR } from "../support/xlsx-fixtures";
import { VI } from "../support/words";

const hasSoffice = (() => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
})();
if (!hasSoffice) console.warn("soffice (LibreOffice) is not installed: the .xls and .ods tests are skipped");

const dir = mkdtempSync(join(tmpdir(), "chibo-legacy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** LibreOffice saves `files` in `format` into `outDir`; returns the new paths. */
function convert(files: readonly string[], format: "xls" | "ods", outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${dir}/profile`,
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "ignore", timeout: 300_000 },
  );
  return files.map((f) => join(outDir, basename(f).replace(/\.xlsx$/, `.${format}`)));
}

/** `check --json` of one file, without the file name. */
async function checkJson(path: string): Promise<unknown> {
  const { stdout } = await runCli(["check", "--json", path]);
  const doc = JSON.parse(stdout) as { files: Record<string, unknown>[] };
  const report = { ...doc.files[0] };
  delete report.file;
  return report;
}

(hasSoffice ? describe : describe.skip)(".xls and .ods made by LibreOffice", () => {
  const xlsxDir = join(dir, "xlsx");
  let lists: string[] = [];
  beforeAll(async () => {
    mkdirSync(xlsxDir);
    // A member list with planted mistakes and a meetings log with a meeting's score sheet.
    const book = buildSampleWorkbook({ members: 120, seed: 8, plantMistakes: true, withMeetings: true });
    const list = join(xlsxDir, "danh-sach.xlsx");
    await book.xlsx.writeFile(list);
    const tcvn3 = join(xlsxDir, "tcvn3.xlsx");
    copyFileSync(join(SAMPLES_DIR, "chi-bo-thon-4-tcvn3.xlsx"), tcvn3);
    lists = [list, tcvn3];
  }, 60_000);

  it.each(["xls", "ods"] as const)(
    "chibo check gives the .xlsx's report for the %s copy",
    async (format) => {
      const copies = convert(lists, format, join(dir, format));
      for (const [i, copy] of copies.entries()) {
        const expected = await checkJson(lists[i]);
        expect((expected as { results: object }).results).not.toEqual({});
        expect(await checkJson(copy)).toEqual(expected);
      }
    },
    300_000,
  );

  it.each(["xls", "ods"] as const)(
    "the browser mode reads the %s copy into the same analysis",
    async (format) => {
      const [copy] = convert([lists[0]], format, join(dir, `browser-${format}`));
      const fromXlsx = analyzeWorkbook(await readWorkbookBytes(new Uint8Array(readFileSync(lists[0]))), {
        words: VI,
      });
      const fromCopy = analyzeWorkbook(await readWorkbookBytes(new Uint8Array(readFileSync(copy))), {
        words: VI,
      });
      expect(fromCopy.results).toEqual(fromXlsx.results);
      expect(fromCopy.issues).toEqual(fromXlsx.issues);
    },
    300_000,
  );

  it("the roll-up of units sent as .xls, .ods and .xlsx equals the roll-up of the same units as .xlsx", async () => {
    const units = generateCells("Đảng bộ xã Hòa An", 3, 5, { capSafe: true });
    const originals: string[] = [];
    for (const [i, unit] of units.entries()) {
      const path = join(xlsxDir, `unit${i + 1}.xlsx`);
      writeFileSync(path, await unitWorkbook(unit, i === 1 ? "level-marks" : "level-text", i));
      originals.push(path);
    }
    const [xls] = convert([originals[0]], "xls", join(dir, "units-xls"));
    const [ods] = convert([originals[1]], "ods", join(dir, "units-ods"));
    const mixed = join(dir, "mixed");
    mkdirSync(mixed);
    for (const file of [xls, ods, originals[2]]) copyFileSync(file, join(mixed, basename(file)));
    const asXlsx = await runCli(["rollup", "--json", ...originals, "-o", join(dir, "a.xlsx")]);
    const asMixed = await runCli(["rollup", "--json", mixed, "-o", join(dir, "b.xlsx")]);
    const totals = (stdout: string) => (JSON.parse(stdout) as { results: unknown }).results;
    expect(asMixed.code).toBe(asXlsx.code);
    expect(totals(asMixed.stdout)).toEqual(totals(asXlsx.stdout));
    expect((JSON.parse(asMixed.stdout) as { units: unknown[] }).units).toHaveLength(3);
  }, 300_000);
});
