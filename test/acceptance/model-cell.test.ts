import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MEETINGS_LOG_HEADER } from "../../scripts/sample-data";
import { analyzeWorkbook } from "../../src/core/analyze";
import { MODEL_CELL_UNMET } from "../../src/core/compute/model-cell";
import type { CellValue, Grid } from "../../src/core/grid/types";
import { buildSummarySheets, SUMMARY_SHEET_NAMES } from "../../src/core/summary/build";
import { specValues } from "../../src/core/summary/spec";
import { OfficeWorkbookPort } from "../../src/excel/port";
import { modelCellView } from "../../src/taskpane/state/key-figures";
import { runAnalysis } from "../../src/taskpane/state/pipeline";
import { runCli } from "../support/cli";
import { FakeExcelHost } from "../support/fake-excel/host";
import { FakeWorkbook } from "../support/fake-excel/workbook-model";
import { collectiveSheet, grid, memberSheet, titleRows, type MemberLine } from "../support/grids";
import { makeXlsx } from "../support/xlsx-fixtures";
import { VI } from "../support/words";

/** A Yên Bái cell's workbook, built here: members, its own level, a year of meetings. */
interface CellYear {
  /** Members present at each meeting out of 10 (one exempted member is not counted). */
  present?: number;
  /** The upper level's score of each meeting. */
  score?: (month: number) => number;
  /** Levels of the ten members. */
  levels?: readonly string[];
  /** The cell's own level in the organisation list. */
  cellLevel?: string;
  /** A month whose regular meeting was not held. */
  skipMonth?: number;
}

function meetingsSheet(present: number, score: (month: number) => number, skipMonth?: number): Grid {
  const rows: CellValue[][] = [
    ...titleRows({ title: "SỔ THEO DÕI SINH HOẠT CHI BỘ NĂM 2025" }),
    MEETINGS_LOG_HEADER,
  ];
  let index = 1;
  for (let month = 1; month <= 12; month++) {
    const points = score(month);
    const grade = points >= 98 ? "Loại 1" : "Dưới loại 1";
    const day = (d: number): string => `${String(d).padStart(2, "0")}/${String(month).padStart(2, "0")}/2025`;
    if (month !== skipMonth)
      rows.push([
        index++,
        month,
        day(5),
        "Thường kỳ",
        11,
        1,
        present,
        0,
        10 - present,
        points,
        points,
        grade,
      ]);
    if (month % 3 === 0)
      rows.push([
        index++,
        month,
        day(20),
        "Chuyên đề",
        11,
        1,
        present,
        10 - present,
        0,
        points,
        points,
        grade,
      ]);
  }
  return grid("Sổ sinh hoạt", rows);
}

function cellWorkbook(year: CellYear = {}): Grid[] {
  const levels = year.levels ?? ["HTXSNV", ...Array.from({ length: 9 }, () => "HTTNV")];
  const members: MemberLine[] = levels.map((level, i) => ({
    name: `Đảng viên ${String.fromCharCode(65 + i)}`,
    birthYear: 1970 + i,
    card: `01.00000${i}`,
    level,
  }));
  return [
    memberSheet({ name: "Danh sách", members, title: titleRows({ year: 2025 }) }),
    collectiveSheet([
      { name: "Chi bộ tổ dân phố số 3", members: 10, level: year.cellLevel ?? "HTXSNV" },
      ...[1, 2, 4, 5, 6].map((n) => ({ name: `Chi bộ tổ dân phố số ${n}`, members: 12, level: "HTTNV" })),
    ]),
    meetingsSheet(year.present ?? 10, year.score ?? (() => 99), year.skipMonth),
  ];
}

const YEN_BAI = { criteria: "yen-bai-qd11", words: VI };

describe("model cell (chi bộ kiểu mẫu) in the analysis", () => {
  it("finds a cell meeting every criterion a model cell", () => {
    const analysis = analyzeWorkbook(cellWorkbook(), YEN_BAI);
    expect(analysis.results.modelCell).toEqual({ eligible: true, unmet: [] });
  });

  it.each([
    ["attendance", { present: 9 }, MODEL_CELL_UNMET.attendance],
    ["a meeting's points", { score: (m: number) => (m === 7 ? 96 : 99) }, MODEL_CELL_UNMET.meetingScore],
    [
      "members' levels",
      { levels: ["HTXSNV", "HTNV", ...Array.from({ length: 8 }, () => "HTTNV")] },
      MODEL_CELL_UNMET.members,
    ],
    ["the cell's own level", { cellLevel: "HTTNV" }, MODEL_CELL_UNMET.cellLevel],
    ["the cadence of meetings", { skipMonth: 8 }, MODEL_CELL_UNMET.cadence],
  ] as const)("names %s when it alone is missed", (_name, year, key) => {
    const analysis = analyzeWorkbook(cellWorkbook(year), YEN_BAI);
    expect(analysis.results.modelCell).toEqual({ eligible: false, unmet: [key] });
  });

  it("gives no verdict under criteria without a model-cell rule", () => {
    expect(
      analyzeWorkbook(cellWorkbook(), { words: VI, criteria: "qd366-2025" }).results.modelCell,
    ).toBeUndefined();
  });
});

describe("model cell in the CLI", () => {
  const dir = mkdtempSync(join(tmpdir(), "chibo-model-cell-"));

  async function fileOf(name: string, grids: Grid[]): Promise<string> {
    const bytes = await makeXlsx((workbook) => {
      for (const g of grids) {
        const sheet = workbook.addWorksheet(g.name);
        for (const row of g.rows) sheet.addRow(row.map((v) => (v === null ? undefined : v)));
      }
    });
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  }

  it("puts the verdict in --json as results.modelCell", async () => {
    const met = await fileOf("met.xlsx", cellWorkbook());
    const missed = await fileOf("missed.xlsx", cellWorkbook({ present: 9 }));
    const run = await runCli(["check", met, missed, "--criteria", "yen-bai-qd11", "--json"]);
    const report = JSON.parse(run.stdout) as { files: { results: { modelCell?: unknown } }[] };
    expect(report.files.map((r) => r.results.modelCell)).toEqual([
      { eligible: true, unmet: [] },
      { eligible: false, unmet: [MODEL_CELL_UNMET.attendance] },
    ]);
  });

  it("prints the verdict and the criterion missed in the text report", async () => {
    const missed = await fileOf("missed-text.xlsx", cellWorkbook({ present: 9 }));
    const vi = await runCli(["check", missed, "--criteria", "yen-bai-qd11"]);
    expect(vi.stdout).toContain("Chi bộ kiểu mẫu: chưa đạt");
    expect(vi.stdout).toContain("Tỷ lệ đảng viên dự sinh hoạt chưa đạt mức của chi bộ kiểu mẫu.");
    const met = await fileOf("met-text.xlsx", cellWorkbook());
    const en = await runCli(["check", met, "--criteria", "yen-bai-qd11", "--lang", "en"]);
    expect(en.stdout).toContain("Model cell: met");
  });
});

/** The task pane's way: read through Office.js (fake host) with the Yên Bái set chosen, analyse, write, read back. */
async function throughPane(grids: Grid[]) {
  const host = new FakeExcelHost(FakeWorkbook.fromGrids(grids));
  const port = new OfficeWorkbookPort({ run: host.excelRun, isSetSupported: host.isSetSupported });
  const analysis = runAnalysis(await port.readSheets(), { mappings: {}, criteriaId: "yen-bai-qd11" }, "vi");
  await port.writeSheets(buildSummarySheets(analysis, { words: VI, date: new Date(2025, 11, 20) }));
  const meetings = (await port.readSheets()).find((g) => g.name === SUMMARY_SHEET_NAMES.meetings);
  if (!meetings) throw new Error("no meetings summary written");
  const texts = meetings.rows.flat().filter((v): v is string => typeof v === "string");
  return { analysis, texts };
}

describe("model cell on the summary sheet and in the task pane", () => {
  it("writes 'met' under the meetings table and shows it on the summary tab", async () => {
    const { analysis, texts } = await throughPane(cellWorkbook());
    expect(texts).toContain("Chi bộ kiểu mẫu: đạt đủ các tiêu chí.");
    expect(modelCellView(analysis.results, "vi")).toEqual({
      met: true,
      verdict: "Chi bộ kiểu mẫu: đạt đủ các tiêu chí.",
      unmet: [],
    });
  });

  it("writes 'not met' naming the criterion missed, on the sheet and in the pane", async () => {
    const { analysis, texts } = await throughPane(cellWorkbook({ score: (m) => (m === 3 ? 90 : 99) }));
    expect(texts).toContain("Chi bộ kiểu mẫu: chưa đạt. Tiêu chí chưa đạt:");
    expect(texts).toContain("– Có kỳ sinh hoạt chưa đạt số điểm của chi bộ kiểu mẫu.");
    expect(texts.some((v) => v.startsWith("Chi bộ kiểu mẫu: đạt"))).toBe(false);
    const view = modelCellView(analysis.results, "en");
    expect(view?.met).toBe(false);
    expect(view?.verdict).toBe("Model cell: not met. Missed:");
    expect(view?.unmet).toEqual(["Some meetings scored below what a model cell needs."]);
  });

  it("writes no model-cell line under criteria without the rule", () => {
    const analysis = analyzeWorkbook(cellWorkbook(), { words: VI, criteria: "qd366-2025" });
    const sheet = buildSummarySheets(analysis, { words: VI, date: new Date(2025, 11, 20) }).find(
      (spec) => spec.name === SUMMARY_SHEET_NAMES.meetings,
    );
    const texts = (sheet ? specValues(sheet) : []).flat();
    expect(texts.some((v) => typeof v === "string" && v.startsWith("Chi bộ kiểu mẫu"))).toBe(false);
    expect(modelCellView(analysis.results, "vi")).toBeNull();
  });
});
