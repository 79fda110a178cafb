import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { criteriaLabel } from "../../src/core/summary/criteria-label";
import { getPreset } from "../../src/core/criteria";
import type { Criteria } from "../../src/core/criteria/schema";
import { criteriaToSheetSpec } from "../../src/core/criteria/sheet-write";
import type { Grid } from "../../src/core/grid/types";
import { buildSummarySheets, SUMMARY_SHEET_NAMES } from "../../src/core/summary/build";
import { specValues } from "../../src/core/summary/spec";
import { OfficeWorkbookPort } from "../../src/excel/port";
import { EMPTY_SETTINGS } from "../../src/taskpane/io";
import { runAnalysis } from "../../src/taskpane/state/pipeline";
import { gridsFromBook, readXlsx } from "../support/exceljs/read";
import { runCli } from "../support/cli";
import { FakeExcelHost } from "../support/fake-excel/host";
import { FakeWorkbook } from "../support/fake-excel/workbook-model";
import { VI } from "../support/words";

const SAMPLE = resolve(__dirname, "../../../shared/samples/chi-bo-tdp-so-3-2025.xlsx");
const DATE = new Date(2025, 11, 20);
const dir = mkdtempSync(join(tmpdir(), "chibo-criteria-"));

/** A committee's own set: meetings graded "Loại 1/2/3", which no preset has. */
function ownGrades(): Criteria {
  const base = getPreset("qd366-2025");
  if (!base) throw new Error("preset missing");
  const own = structuredClone(base) as Criteria;
  own.id = "loai-1-2-3";
  own.title = "Tiêu chí riêng của Đảng ủy: sinh hoạt xếp Loại 1, 2, 3";
  own.meeting.grades = [
    { grade: "Loại 1", min: 95 },
    { grade: "Loại 2", min: 80 },
    { grade: "Loại 3", min: 0 },
  ];
  return own;
}

async function gridsOfFile(path: string): Promise<Grid[]> {
  return gridsFromBook(await readXlsx(new Uint8Array(readFileSync(path))));
}

async function sampleGrids(): Promise<Grid[]> {
  return gridsOfFile(SAMPLE);
}

/** The task pane's way: read through Office.js (fake host), analyse, build, write, read back. */
async function summarizeInPane(grids: Grid[]): Promise<Grid[]> {
  const host = new FakeExcelHost(FakeWorkbook.fromGrids(grids));
  const port = new OfficeWorkbookPort({ run: host.excelRun, isSetSupported: host.isSetSupported });
  const analysis = runAnalysis(await port.readSheets(), EMPTY_SETTINGS, "vi");
  await port.writeSheets(buildSummarySheets(analysis, { words: VI, date: DATE }));
  return port.readSheets();
}

function sheet(grids: Grid[], name: string): Grid {
  const found = grids.find((g) => g.name === name);
  if (!found) throw new Error(`no sheet ${name} in ${grids.map((g) => g.name).join(", ")}`);
  return found;
}

function rowStarting(grid: Grid, prefix: string): string {
  for (const row of grid.rows)
    for (const value of row) if (typeof value === "string" && value.startsWith(prefix)) return value;
  throw new Error(`no cell starting with ${prefix} on ${grid.name}`);
}

/** The grade headers of the meetings summary, in order. */
function gradeHeaders(grid: Grid): string[] {
  for (const row of grid.rows) {
    const grades = row.filter((v): v is string => typeof v === "string" && /^Loại \d|^Tốt$|^Khá$/.test(v));
    if (grades.length) return grades;
  }
  return [];
}

/** The total row of the members table: every number on the row that starts with "Tổng cộng". */
function totalFigures(grid: Grid): unknown[] {
  const row = grid.rows.find((r) => r.some((v) => v === "Tổng cộng"));
  if (!row) throw new Error(`no total row on ${grid.name}`);
  return row.filter((v) => typeof v === "number");
}

describe("a criteria set with its own meeting grades", () => {
  const own = ownGrades();

  it("gives the summary its grades from the CLI (--criteria FILE)", async () => {
    const file = join(dir, "own.json");
    writeFileSync(file, JSON.stringify(own));
    const out = join(dir, "cli-own.xlsx");
    expect((await runCli(["summarize", "--criteria", file, SAMPLE, "-o", out])).code).toBe(0);
    const meetings = sheet(await gridsOfFile(out), SUMMARY_SHEET_NAMES.meetings);
    expect(gradeHeaders(meetings)).toEqual(["Loại 1", "Loại 2", "Loại 3"]);
    expect(rowStarting(meetings, "(Theo ")).toContain(own.title);
  });

  it("gives the summary its grades from the task pane (a “Tiêu chí” sheet in the workbook)", async () => {
    const criteriaSpec = criteriaToSheetSpec(own, VI);
    const grids = [...(await sampleGrids()), { name: criteriaSpec.name, rows: specValues(criteriaSpec) }];
    const meetings = sheet(await summarizeInPane(grids), SUMMARY_SHEET_NAMES.meetings);
    expect(gradeHeaders(meetings)).toEqual(["Loại 1", "Loại 2", "Loại 3"]);
    expect(rowStarting(meetings, "(Theo ")).toContain(own.title);
  });

  it("keeps the preset's grades when the workbook is judged by its year", async () => {
    const meetings = sheet(await summarizeInPane(await sampleGrids()), SUMMARY_SHEET_NAMES.meetings);
    expect(gradeHeaders(meetings).slice(0, 2)).toEqual(["Tốt", "Khá"]);
  });
});

describe("one workbook summarized by the CLI, the task pane and the roll-up", () => {
  let cli: Grid[];
  let pane: Grid[];
  let rollup: Grid[];

  beforeAll(async () => {
    const summarized = join(dir, "cli.xlsx");
    expect((await runCli(["summarize", SAMPLE, "-o", summarized])).code).toBe(0);
    cli = await gridsOfFile(summarized);
    pane = await summarizeInPane(await sampleGrids());
    const rolled = join(dir, "rollup.xlsx");
    expect((await runCli(["rollup", SAMPLE, "-o", rolled])).code).toBeLessThan(2);
    rollup = await gridsOfFile(rolled);
  });

  it("names the criteria set by its title, the same way everywhere", () => {
    const preset = getPreset("qd366-2025");
    if (!preset) throw new Error("no preset qd366-2025");
    // By title and the dates of its regulations, never the internal id or the tool's name.
    const title = criteriaLabel(preset, VI);
    expect(title).toContain("Quy định 366-QĐ/TW ngày 30/8/2025");
    const subtitles = [cli, pane, rollup].map((grids) =>
      rowStarting(sheet(grids, SUMMARY_SHEET_NAMES.members), "(Theo "),
    );
    expect(subtitles[0]).toContain(title);
    expect(subtitles[0]).not.toMatch(/qd366-2025|chibo/);
    expect(subtitles[1]).toBe(subtitles[0]);
    expect(subtitles[2]).toBe(subtitles[0]);
  });

  it("gives the same member figures", () => {
    const figures = [cli, pane, rollup].map((grids) =>
      totalFigures(sheet(grids, SUMMARY_SHEET_NAMES.members)),
    );
    expect(figures[0].length).toBeGreaterThan(8);
    expect(figures[1]).toEqual(figures[0]);
    expect(figures[2]).toEqual(figures[0]);
  });
});
