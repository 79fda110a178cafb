/**
 * The summaries as the level above receives them on paper: each summary sheet, written the way
 * `chibo summarize` and `chibo rollup` write it, is converted to PDF by LibreOffice and checked
 * with poppler: one A4 landscape page for a unit of up to 30 cells, nothing but Times New Roman,
 * no header whose wrapped text runs into the first row, and no empty summary sheet.
 * Needs soffice and poppler-utils (.ci/run installs them); skipped with a warning without them.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../src/core/analyze";
import { t } from "../../src/i18n";
import { createRollup } from "../../src/core";
import { buildSummarySheets } from "../../src/core/summary/build";
import { findMarker } from "../../src/core/summary/marker";
import { specValues, type SheetSpec } from "../../src/core/summary/spec";
import { gridsFromBook, readXlsx } from "../support/exceljs/read";
import { XlsxWorkbookPort } from "../../src/xlsx/port";
import { DATE, rawGrids, summaryGrids } from "../core/rollup/helpers";
import { generateCells, UNIT_LAYOUTS } from "../support/generate-units";
import { SAMPLES_DIR } from "../support/samples";
import { VI } from "../support/words";

const SOFFICE = "/usr/bin/soffice";
const TOOLS = [SOFFICE, "/usr/bin/pdfinfo", "/usr/bin/pdffonts", "/usr/bin/pdftotext"];
const missing = TOOLS.filter((tool) => !existsSync(tool));
if (missing.length) console.warn(`Skipping the printed summaries test: ${missing.join(", ")} not installed.`);
const WARD = "Đảng bộ phường Đồng Tâm";
/** A4 landscape in PDF points, with LibreOffice's rounding. */
const A4_LANDSCAPE = { width: 842, height: 595 };

interface Printed {
  label: string;
  spec: SheetSpec;
  pdf: string;
  xlsx: string;
}

/** LibreOffice prints Times New Roman with it or with a metric-compatible substitute (Liberation Serif, Tinos). */
const TIMES_FAMILY = /^([A-Z]{6}\+)?(TimesNewRoman|Times-|Times New Roman|LiberationSerif|Tinos)/;

function pdfPages(pdf: string): { pages: number; width: number; height: number } {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

function pdfFontNames(pdf: string): string[] {
  const lines = execFileSync("pdffonts", [pdf], { encoding: "utf8" }).split("\n").slice(2);
  return lines.map((line) => line.split(/\s+/)[0]).filter(Boolean);
}

interface Word {
  text: string;
  yMin: number;
  yMax: number;
}

function pdfWords(pdf: string): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  return [
    ...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => ({ yMin: Number(m[1]), yMax: Number(m[2]), text: m[3] }));
}

async function specsOfBundledSample(): Promise<{ label: string; specs: SheetSpec[] }> {
  const bytes = new Uint8Array(readFileSync(resolve(__dirname, "../../assets/chi-bo-mau-2025.xlsx")));
  const analysis = analyzeWorkbook(gridsFromBook(await readXlsx(bytes)), { words: VI });
  return { label: "assets/chi-bo-mau-2025", specs: buildSummarySheets(analysis, { words: VI, date: DATE }) };
}

async function specsOfSharedWard(): Promise<{ label: string; specs: SheetSpec[] }> {
  const bytes = new Uint8Array(readFileSync(join(SAMPLES_DIR, "dang-bo-phuong-dong-tam-2025.xlsx")));
  const analysis = analyzeWorkbook(gridsFromBook(await readXlsx(bytes)), { words: VI });
  return {
    label: "dang-bo-phuong-dong-tam-2025",
    specs: buildSummarySheets(analysis, { words: VI, date: DATE }),
  };
}

/** A ward of 26 cells, half sending chibo's summary and half their raw lists, in every layout. */
async function specsOfGeneratedWard(): Promise<{ label: string; specs: SheetSpec[] }> {
  const cells = generateCells(WARD, 26, 11, { capSafe: true });
  const session = createRollup({ words: VI, date: DATE });
  for (const [i, cell] of cells.entries())
    session.addGrids(
      `cb${i + 1}.xlsx`,
      i % 2 ? await rawGrids(cell, UNIT_LAYOUTS[i % UNIT_LAYOUTS.length]) : await summaryGrids(cell),
    );
  const outcome = await session.finish();
  expect(outcome.analysis.units).toHaveLength(26);
  return { label: "ward-of-26", specs: outcome.specs };
}

(missing.length ? describe.skip : describe)("summaries printed by LibreOffice", () => {
  let dir: string;
  const printed: Printed[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "chibo-print-"));
    const files: string[] = [];
    for (const { label, specs } of [
      await specsOfBundledSample(),
      await specsOfSharedWard(),
      await specsOfGeneratedWard(),
    ]) {
      for (const [i, spec] of specs.entries()) {
        // One workbook per sheet, so that each PDF is that sheet's print alone.
        const book = XlsxWorkbookPort.create();
        await book.writeSheets([spec]);
        const base = `${label.replace(/\W+/g, "-")}-${i + 1}`;
        const xlsx = join(dir, `${base}.xlsx`);
        writeFileSync(xlsx, await book.save());
        files.push(xlsx);
        printed.push({ label: `${label} “${spec.name}”`, spec, xlsx, pdf: join(dir, `${base}.pdf`) });
      }
    }
    execFileSync(
      SOFFICE,
      [
        "--headless",
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        ...files,
      ],
      { timeout: 240_000, stdio: "pipe" },
    );
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("prints every summary sheet of a unit of up to 30 cells on one A4 landscape page", () => {
    expect(printed.length).toBeGreaterThanOrEqual(8);
    const pages = printed.map(({ label, pdf }) => ({ label, ...pdfPages(pdf) }));
    for (const page of pages) {
      expect({ label: page.label, pages: page.pages }).toEqual({ label: page.label, pages: 1 });
      expect(Math.round(page.width)).toBe(A4_LANDSCAPE.width);
      expect(Math.round(page.height)).toBe(A4_LANDSCAPE.height);
    }
  });

  it("uses Times New Roman only: in the workbook's styles and in the PDF", async () => {
    for (const { label, xlsx, pdf } of printed) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
      const names = new Set<string>();
      book.worksheets[0].eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value !== null && cell.value !== "") names.add(String(cell.font?.name));
        }),
      );
      expect({ label, names: [...names] }).toEqual({ label, names: ["Times New Roman"] });
      const fonts = pdfFontNames(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      expect({ label, others: fonts.filter((f) => !TIMES_FAMILY.test(f)) }).toEqual({ label, others: [] });
    }
  });

  it("gives wrapped headers rows tall enough: no header line runs into the first data row", () => {
    for (const { label, spec, pdf } of printed) {
      const marker = findMarker({ name: spec.name, rows: specValues(spec) });
      if (!marker || marker.firstDataRow < 1) continue;
      const values = specValues(spec);
      const headerWords = new Set(
        values
          .slice(marker.headerRow - 1, marker.firstDataRow - 1)
          .flat()
          .filter((v): v is string => typeof v === "string")
          .flatMap((v) => v.split(/\s+/)),
      );
      const firstUnit = String(values[marker.firstDataRow - 1]?.[1] ?? "");
      const words = pdfWords(pdf);
      const title = words.findIndex((w) => w.text === String(values[4]?.[0] ?? "").split(/\s+/)[0]);
      const firstRowWord = words.find((w, i) => i > title && w.text === firstUnit.split(/\s+/)[0]);
      if (!firstRowWord) continue; // a first row without text in its second column (the check sheet's sheet name)
      const header = words.filter((w) => headerWords.has(w.text) && w.yMin < firstRowWord.yMin);
      expect(header.length).toBeGreaterThan(0);
      const lowest = Math.max(...header.map((w) => w.yMax));
      expect({ label, overlaps: lowest > firstRowWord.yMin + 0.5 }).toEqual({ label, overlaps: false });
    }
  });

  it("writes no empty summary sheet: each has rows in its table, or says that the check found nothing", () => {
    for (const { label, spec } of printed) {
      const values = specValues(spec);
      const marker = findMarker({ name: spec.name, rows: values });
      expect(marker).not.toBeNull();
      const first = (marker?.firstDataRow ?? 1) - 1;
      const hasRow = typeof values[first]?.[0] === "number";
      const saysNothingFound =
        marker?.kind === "check" && values.flat().includes(t("vi", "summary.check.none"));
      expect({ label, empty: !hasRow && !saysNothingFound }).toEqual({ label, empty: false });
    }
  });
});
