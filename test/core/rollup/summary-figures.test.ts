import { resolve } from "node:path";
import { analyzeWorkbook } from "../../../src/core/analyze";
import { LEVEL_KEYS } from "../../../src/core/criteria/levels";
import { parseMissing } from "../../../src/core/rollup/summary-figures";
import { readSummaryWorkbook } from "../../../src/core/rollup/read-summary";
import {
  buildSummarySheets,
  LEVEL_TABLE_COLUMNS,
  MEETING_TABLE_COLUMNS,
  SUMMARY_SHEET_NAMES,
} from "../../../src/core/summary/build";
import { findMarker } from "../../../src/core/summary/marker";
import { readXlsxFile } from "../../support/exceljs/read-file";
import { gridsFromBook } from "../../support/exceljs/read";
import { DATE, gridNamed, specGrid } from "./helpers";
import { VI } from "../../support/words";

const SAMPLE = resolve(__dirname, "../../../../shared/samples/chi-bo-tdp-so-3-2025.xlsx");

describe("the summary table layout the roll-up reads back", () => {
  let analysis: ReturnType<typeof analyzeWorkbook>;
  let grids: ReturnType<typeof specGrid>[];
  beforeAll(async () => {
    analysis = analyzeWorkbook(gridsFromBook(await readXlsxFile(SAMPLE)), { words: VI });
    grids = buildSummarySheets(analysis, { words: VI, date: DATE }).map(specGrid);
  });

  it("has the members' figures where LEVEL_TABLE_COLUMNS says", () => {
    const members = gridNamed(grids, SUMMARY_SHEET_NAMES.members);
    const marker = findMarker(members);
    const total = members.rows[(marker?.totalRow ?? 0) - 1];
    const results = analysis.results.members;
    expect(total[LEVEL_TABLE_COLUMNS.total]).toBe(results?.total);
    expect(total[LEVEL_TABLE_COLUMNS.notClassified]).toBe(results?.notClassified);
    expect(total[LEVEL_TABLE_COLUMNS.unrecognized]).toBe(results?.unrecognized);
    expect(total[LEVEL_TABLE_COLUMNS.assessed]).toBe(results?.assessed);
    LEVEL_KEYS.forEach((level, i) => {
      expect(total[LEVEL_TABLE_COLUMNS.firstLevel + 2 * i]).toBe(results?.levels[level].count);
      expect(total[LEVEL_TABLE_COLUMNS.firstLevel + 2 * i + 1]).toBe(results?.levels[level].percent);
    });
    expect(total[LEVEL_TABLE_COLUMNS.capLimit]).toBe(results?.cap?.limit);
  });

  it("reads the meetings back as the engine computed them", () => {
    const meetings = gridNamed(grids, SUMMARY_SHEET_NAMES.meetings);
    expect(findMarker(meetings)?.markerColumn).toBeGreaterThan(
      MEETING_TABLE_COLUMNS.firstGrade + MEETING_TABLE_COLUMNS.trailing,
    );
    const read = readSummaryWorkbook(grids, VI);
    expect(analysis.results.meetings).toBeDefined();
    expect(read?.figures.meetings).toEqual(analysis.results.meetings);
  });
});

describe("parseMissing", () => {
  it("reads months and quarters back in either language", () => {
    expect(parseMissing("Tháng 3, 11; chuyên đề quý 2", VI)).toEqual({
      missingMonths: [3, 11],
      missingQuarters: [2],
    });
    expect(parseMissing("chuyên đề quý 1, 4", VI)).toEqual({ missingMonths: [], missingQuarters: [1, 4] });
  });

  it("reads nothing from a text that is not one of its own", () => {
    expect(parseMissing("Không có số liệu", VI)).toEqual({ missingMonths: [], missingQuarters: [] });
    expect(parseMissing("", VI)).toEqual({ missingMonths: [], missingQuarters: [] });
  });
});
