import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { getPreset, presetForYear, type Criteria } from "../../../src/core/criteria";
import { LevelMatcher } from "../../../src/core/criteria/level-matcher";
import type { CellValue, Grid, MergeArea } from "../../../src/core/grid/types";
import { IssueSink } from "../../../src/core/issues";
import { recognizeSheet, type RecognizedTable } from "../../../src/core/recognize/table";
import { checkMeetingScore } from "../../../src/core/checks/meeting-score";
import { checkMeetingLog } from "../../../src/core/checks/meetings";

const SAMPLE = resolve(__dirname, "../../../../shared/samples/chi-bo-tdp-so-3-2025.xlsx");

/** A cell as the core sees it: its value or its formula's result; only a merged area's first cell holds it. */
function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean" ||
    value instanceof Date
  )
    return value;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value)
    return "result" in value && value.result !== undefined
      ? toCellValue(value.result as ExcelJS.CellValue)
      : null;
  if ("text" in value) return String(value.text);
  return null;
}

async function readGrid(sheet: string): Promise<Grid> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(SAMPLE);
  const ws = book.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const line: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (c, col) => {
      line[col - 1] = c.isMerged && c.master !== c ? null : toCellValue(c.value);
    });
    rows[r - 1] = Array.from(line, (v) => v ?? null);
  });
  const merges: MergeArea[] = ((ws.model as { merges?: string[] }).merges ?? []).map((range) => {
    const [a, b] = range.split(":").map((ref) => ws.getCell(ref));
    return {
      top: Number(a.row) - 1,
      left: Number(a.col) - 1,
      bottom: Number(b.row) - 1,
      right: Number(b.col) - 1,
    };
  });
  return { name: sheet, rows: Array.from(rows, (r) => r ?? []), merges };
}

function recognize(grid: Grid, criteria: Criteria): RecognizedTable {
  return recognizeSheet(grid, new LevelMatcher(criteria));
}

describe("sample chi-bo-tdp-so-3-2025, sheet “Sinh hoạt 2025”", () => {
  let table: RecognizedTable;
  const criteria = presetForYear(2025);
  beforeAll(async () => {
    table = recognize(await readGrid("Sinh hoạt 2025"), criteria);
  });

  it("is recognized as a meetings log", () => {
    expect(table.info.kind).toBe("meetings");
  });

  it("reports low attendance at G15 only, and the missing thematic meeting of quarter 4", () => {
    const sink = new IssueSink();
    const results = checkMeetingLog(table, criteria, sink, 2025);
    expect(sink.issues.filter((i) => i.code === "attendance-low").map((i) => i.cell)).toEqual(["G15"]);
    const counts = sink.issues.filter((i) => i.code === "meeting-count");
    expect(counts).toHaveLength(1);
    expect(counts[0]).toMatchObject({
      sheet: "Sinh hoạt 2025",
      cell: null,
      params: { type: "Chuyên đề", quarter: 4, from: "01/10/2025", to: "31/12/2025" },
    });
    expect(results.regular).toBe(12);
    expect(results.thematic).toBe(3);
    expect(results.missingMonths).toEqual([]);
    expect(results.missingQuarters).toEqual([4]);
    // The sample is otherwise clean: every other issue would be a false alarm.
    expect(sink.issues.map((i) => i.code).sort()).toEqual(["attendance-low", "meeting-count"]);
  });

  it("computes attendance over all meetings from the figures of the sheet", async () => {
    const grid = await readGrid("Sinh hoạt 2025");
    let present = 0;
    let base = 0;
    for (let r = 6; r <= 20; r++) {
      const row = grid.rows[r];
      present += Number(row[6]);
      base += Number(row[4]) - Number(row[5]);
    }
    const results = checkMeetingLog(table, criteria, new IssueSink(), 2025);
    expect(results.attendance).toBe(Math.round((present / base) * 1000) / 10);
  });

  it("finds the stated grades agree with the scores", () => {
    const sink = new IssueSink();
    const results = checkMeetingLog(table, criteria, sink, 2025);
    expect(sink.issues.filter((i) => i.code === "level-score-mismatch")).toEqual([]);
    expect(Object.values(results.grades).reduce((a, b) => a + b, 0)).toBe(12);
  });
});

describe("sample chi-bo-tdp-so-3-2025, sheet “Phiếu chấm T12”", () => {
  let table: RecognizedTable;
  const criteria = presetForYear(2025);
  beforeAll(async () => {
    table = recognize(await readGrid("Phiếu chấm T12"), criteria);
  });

  it("is recognized as a meeting score sheet following the Phú Thọ rubric", () => {
    expect(table.info.kind).toBe("meeting-score");
    expect(checkMeetingScore(table, criteria, new IssueSink()).rubricId).toBe("phu-tho-khoi-co-quan");
    expect(getPreset("phu-tho-khoi-co-quan")?.meeting.rubric?.id).toBe("phu-tho-khoi-co-quan");
  });

  // The sample was regenerated with real numbers: the planted sub-score above its maximum (D13) and
  // the wrong total (D18) are what must be found now, and no cell is unreadable.
  it("reports the planted sub-score above its maximum and the wrong total, at their cells", () => {
    const sink = new IssueSink();
    checkMeetingScore(table, criteria, sink);
    expect(sink.issues.filter((i) => i.code === "invalid-number")).toEqual([]);
    const above = sink.issues.filter((i) => i.code === "score-above-max").map((i) => i.cell);
    expect(above).toContain("D13");
    expect(sink.issues.filter((i) => i.code === "total-mismatch").map((i) => i.cell)).toEqual(["D18"]);
  });
});
