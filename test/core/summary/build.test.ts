import { memberResults, collectiveResults, type LevelTally } from "../../../src/core/compute/levels";
import { LEVEL_KEYS } from "../../../src/core/criteria/levels";
import { columnIndex, columnLetter } from "../../../src/core/grid/address";
import { makeIssue } from "../../../src/core/issues";
import {
  buildSummarySheets,
  LEVEL_TABLE_COLUMNS,
  MEETING_TABLE_COLUMNS,
  SUMMARY_SHEET_NAMES,
  type SummaryOptions,
} from "../../../src/core/summary/build";
import { summaryCode } from "../../../src/core/summary/integrity";
import { decodeMarker, type SummaryMarker } from "../../../src/core/summary/marker";
import { specValues, type SheetSpec } from "../../../src/core/summary/spec";
import type { Analysis, MeetingResults, UnitResults } from "../../../src/core/types";
import { issueMessage } from "../../../src/i18n";
import { preset } from "../../support/grids";
import { EN, VI } from "../../support/words";

const QD366 = preset("qd366-2025");
const DATE = new Date(2025, 11, 20);

function tally(HTXSNV: number, HTTNV: number, HTNV: number, KHTNV: number, notClassified = 0): LevelTally {
  return {
    total: HTXSNV + HTTNV + HTNV + KHTNV + notClassified,
    notClassified,
    unrecognized: 0,
    counts: { HTXSNV, HTTNV, HTNV, KHTNV },
  };
}

const MEETINGS: MeetingResults = {
  regular: 12,
  thematic: 3,
  attendance: 94.1,
  grades: { Khá: 3, Tốt: 9 },
  yearGrade: null,
  missingMonths: [],
  missingQuarters: [4],
};

/** One cell's year: 3 HTXSNV of 13 HTTNV (cap 2, exceeded by 1), 12 meetings, two issues. */
function singleUnit(): Analysis {
  const members = memberResults(tally(3, 13, 3, 1, 1), QD366);
  const collectives = collectiveResults(tally(1, 0, 0, 0), QD366);
  return {
    criteria: QD366,
    criteriaOrigin: { from: "option" },
    unit: {
      name: "Chi bộ Tổ dân phố số 3",
      parent: "Đảng bộ phường Đồng Tâm",
      period: 2025,
      place: "Đồng Tâm",
    },
    sheets: [],
    issues: [
      makeIssue("invalid-level", {
        sheet: "Danh sách",
        cell: "E9",
        row: 9,
        value: "Hoàn thàng tốt nhiệm vụ",
        params: { value: "Hoàn thàng tốt nhiệm vụ", suggestion: "Hoàn thành tốt nhiệm vụ" },
      }),
      makeIssue("meeting-count", { sheet: null, params: { expected: 4, actual: 3, what: "chuyên đề" } }),
    ],
    results: { members, collectives, meetings: MEETINGS },
    units: [{ unit: "Chi bộ Tổ dân phố số 3", members, collectives, meetings: MEETINGS }],
  };
}

/** A ward's list naming its cells: one row per cell, the cap judged on the total. */
function wardUnits(): Analysis {
  // Cap limits: 1 of 8 HTTNV (kept), 0 of 4 (exceeded by 2), 2 of 12 on the total (exceeded by 1).
  const first = tally(1, 8, 1, 0);
  const second = tally(2, 4, 2, 0);
  const total = tally(3, 12, 3, 0);
  const units: UnitResults[] = [
    {
      unit: "Chi bộ 1",
      members: memberResults(first, QD366),
      collectives: collectiveResults(tally(1, 0, 0, 0), QD366),
      meetings: null,
    },
    { unit: "Chi bộ 2", members: memberResults(second, QD366), collectives: null, meetings: null },
  ];
  return {
    criteria: QD366,
    criteriaOrigin: { from: "option" },
    unit: { name: "Đảng bộ phường Đồng Tâm", parent: "Đảng bộ thành phố", period: 2025, place: "Đồng Tâm" },
    sheets: [],
    issues: [],
    results: {
      members: memberResults(total, QD366),
      collectives: collectiveResults(tally(1, 0, 0, 0), QD366),
    },
    units,
  };
}

function build(analysis: Analysis, options: Partial<SummaryOptions> = {}): SheetSpec[] {
  return buildSummarySheets(analysis, { words: VI, date: DATE, ...options });
}

function markerOf(spec: SheetSpec): SummaryMarker {
  for (const value of specValues(spec)[0] ?? []) {
    const marker = decodeMarker(value);
    if (marker) return marker;
  }
  throw new Error(`no marker on ${spec.name}`);
}

/** Table rows (data and total) as written, without the marker column. */
function tableRows(spec: SheetSpec): (string | number | null)[][] {
  const marker = markerOf(spec);
  const last =
    marker.totalRow > 0
      ? marker.totalRow
      : spec.cells.findIndex((line, r) => r >= marker.firstDataRow - 1 && !line[1]);
  const end = last > 0 ? last : spec.cells.length;
  return specValues(spec)
    .slice(marker.firstDataRow - 1, end)
    .map(
      (line) =>
        line
          .slice(0, marker.markerColumn)
          .map((v) => (typeof v === "boolean" || v instanceof Date ? null : v)) as (string | number | null)[],
    );
}

function sheet(specs: SheetSpec[], name: string): SheetSpec {
  const found = specs.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe("buildSummarySheets: the four printable reports", () => {
  const specs = build(singleUnit());

  it("makes the four sheets with their fixed names", () => {
    expect(specs.map((s) => s.name)).toEqual([
      SUMMARY_SHEET_NAMES.members,
      SUMMARY_SHEET_NAMES.collectives,
      SUMMARY_SHEET_NAMES.meetings,
      SUMMARY_SHEET_NAMES.check,
    ]);
  });

  describe.each(specs.map((spec) => [spec.name, spec] as const))("%s", (_name, spec) => {
    const marker = markerOf(spec);

    it("has the header block: committee and unit left, party and date right, a title", () => {
      const values = specValues(spec);
      expect(values[0][0]).toBe("ĐẢNG BỘ PHƯỜNG ĐỒNG TÂM");
      expect(values[1][0]).toBe("CHI BỘ TỔ DÂN PHỐ SỐ 3");
      expect(values[0]).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
      expect(values[1]).toContain("Đồng Tâm, ngày 20 tháng 12 năm 2025");
      expect(String(values[4][0])).toMatch(/NĂM 2025$/);
    });

    it("ends with “Nơi nhận” and the signature block", () => {
      const values = specValues(spec);
      const recipients = values.findIndex((line) => line[0] === "Nơi nhận:");
      expect(recipients).toBeGreaterThan(marker.firstDataRow - 1);
      expect(values[recipients]).toContain("T/M CHI BỘ");
      expect(values[recipients + 1]).toContain("BÍ THƯ");
    });

    it("prints on A4 landscape fitted to the width, with the marker column hidden outside the print area", () => {
      expect(spec.page).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: true });
      expect(spec.hiddenColumns).toEqual([marker.markerColumn]);
      const printed = /^A1:([A-Z]+)\d+$/.exec(spec.page.printArea ?? "");
      expect(printed).not.toBeNull();
      expect(columnIndex(printed?.[1] ?? "")).toBe(marker.markerColumn - 1);
    });

    it("writes nothing right of the marker column", () => {
      expect(spec.cells.every((line) => line.length <= marker.markerColumn + 1)).toBe(true);
      expect(spec.columnWidths).toHaveLength(marker.markerColumn + 1);
    });

    it("writes every text cell with the text number format", () => {
      for (const line of spec.cells)
        for (const cell of line)
          if (cell && typeof cell.value === "string") expect(cell.numberFormat).toBe("@");
    });

    it("carries a marker naming the criteria, unit and period, with the integrity code of the table", () => {
      expect(marker).toMatchObject({ criteria: "qd366-2025", unit: "Chi bộ Tổ dân phố số 3", period: 2025 });
      expect(marker.code).toBe(summaryCode(marker, tableRows(spec)));
    });
  });

  it("has a total row on the level and meetings tables, and none on the check table", () => {
    for (const name of [
      SUMMARY_SHEET_NAMES.members,
      SUMMARY_SHEET_NAMES.collectives,
      SUMMARY_SHEET_NAMES.meetings,
    ]) {
      const spec = sheet(specs, name);
      const marker = markerOf(spec);
      expect(marker.totalRow).toBeGreaterThan(marker.firstDataRow);
      expect(spec.cells[marker.totalRow - 1][LEVEL_TABLE_COLUMNS.unit]).toMatchObject({
        value: "Tổng cộng",
        bold: true,
      });
    }
    expect(markerOf(sheet(specs, SUMMARY_SHEET_NAMES.check)).totalRow).toBe(0);
  });
});

describe("buildSummarySheets: members table", () => {
  it("writes each unit's counts and shares where the roll-up reads them", () => {
    const analysis = singleUnit();
    const spec = sheet(build(analysis), SUMMARY_SHEET_NAMES.members);
    const [row] = tableRows(spec);
    const members = analysis.results.members;
    if (!members) throw new Error("no members");
    expect(row[LEVEL_TABLE_COLUMNS.unit]).toBe("Chi bộ Tổ dân phố số 3");
    expect(row[LEVEL_TABLE_COLUMNS.total]).toBe(members.total);
    expect(row[LEVEL_TABLE_COLUMNS.notClassified]).toBe(members.notClassified);
    expect(row[LEVEL_TABLE_COLUMNS.assessed]).toBe(members.assessed);
    LEVEL_KEYS.forEach((level, i) => {
      expect(row[LEVEL_TABLE_COLUMNS.firstLevel + 2 * i]).toBe(members.levels[level].count);
      expect(row[LEVEL_TABLE_COLUMNS.firstLevel + 2 * i + 1]).toBe(members.levels[level].percent);
    });
  });

  it("gives the cap and its verdict on the unit's row when there is one unit", () => {
    const [row, total] = tableRows(sheet(build(singleUnit()), SUMMARY_SHEET_NAMES.members));
    expect(row[LEVEL_TABLE_COLUMNS.capLimit]).toBe(2);
    expect(row[LEVEL_TABLE_COLUMNS.capVerdict]).toBe("Vượt 1");
    expect(total[LEVEL_TABLE_COLUMNS.capVerdict]).toBe("Vượt 1");
  });

  it("says the cap is kept when it is", () => {
    const analysis = singleUnit();
    const members = memberResults(tally(2, 13, 3, 1), QD366);
    const kept = {
      ...analysis,
      results: { ...analysis.results, members },
      units: [{ ...analysis.units[0], members }],
    };
    const [row] = tableRows(sheet(build(kept), SUMMARY_SHEET_NAMES.members));
    expect(row[LEVEL_TABLE_COLUMNS.capVerdict]).toBe("Đúng quy định");
  });

  it("judges the cap on the total only when the rows are cells of one unit", () => {
    const rows = tableRows(sheet(build(wardUnits()), SUMMARY_SHEET_NAMES.members));
    expect(rows.map((r) => r[LEVEL_TABLE_COLUMNS.unit])).toEqual(["Chi bộ 1", "Chi bộ 2", "Tổng cộng"]);
    expect(rows[0][LEVEL_TABLE_COLUMNS.capVerdict]).toBe("—");
    expect(rows[0][LEVEL_TABLE_COLUMNS.capLimit]).toBe("");
    // 3 HTXSNV of 12 HTTNV: the limit 2 is exceeded by 1.
    expect(rows[2][LEVEL_TABLE_COLUMNS.capLimit]).toBe(2);
    expect(rows[2][LEVEL_TABLE_COLUMNS.capVerdict]).toBe("Vượt 1");
    const perRow = tableRows(
      sheet(build(wardUnits(), { words: VI, capOn: "rows" }), SUMMARY_SHEET_NAMES.members),
    );
    expect(perRow[0][LEVEL_TABLE_COLUMNS.capVerdict]).toBe("Đúng quy định");
    expect(perRow[1][LEVEL_TABLE_COLUMNS.capVerdict]).toBe("Vượt 2");
  });

  it("says so where a unit has no member figures", () => {
    const analysis = wardUnits();
    analysis.units[1] = { ...analysis.units[1], members: null };
    const spec = sheet(build(analysis), SUMMARY_SHEET_NAMES.members);
    const rows = tableRows(spec);
    expect(rows[1][LEVEL_TABLE_COLUMNS.capVerdict]).toBe("Không có số liệu");
    expect(rows[1][LEVEL_TABLE_COLUMNS.total]).toBe("");
    // Nothing is written right of the hidden marker column.
    const markerColumn = markerOf(spec).markerColumn;
    expect(spec.cells.every((line) => line.length <= markerColumn + 1)).toBe(true);
  });

  it("changes its integrity code when any number of the table changes", () => {
    const spec = sheet(build(singleUnit()), SUMMARY_SHEET_NAMES.members);
    const marker = markerOf(spec);
    const rows = tableRows(spec);
    expect(summaryCode(marker, rows)).toBe(marker.code);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value !== "number") return;
        const edited = rows.map((line) => [...line]);
        edited[r][c] = value + 1;
        expect(summaryCode(marker, edited)).not.toBe(marker.code);
      }),
    );
  });

  it("changes its integrity code when any field of the marker changes (unit, parent, kind, period, criteria, positions)", () => {
    const spec = sheet(build(singleUnit()), SUMMARY_SHEET_NAMES.members);
    const marker = markerOf(spec);
    const rows = tableRows(spec);
    const edits = [
      { unit: marker.unit + " A" },
      { parent: "Đảng bộ khác" },
      { kind: "collectives" as const },
      { period: (marker.period ?? 2025) - 1 },
      { criteria: "hd21-2019" },
      { headerRow: marker.headerRow + 1 },
      { firstDataRow: marker.firstDataRow + 1 },
      { totalRow: marker.totalRow + 1 },
      { markerColumn: marker.markerColumn + 1 },
    ];
    for (const edit of edits)
      expect([edit, summaryCode({ ...marker, ...edit }, rows)]).not.toEqual([edit, marker.code]);
  });
});

describe("buildSummarySheets: collectives and meetings", () => {
  it("lists only the units with collective figures", () => {
    const rows = tableRows(sheet(build(wardUnits()), SUMMARY_SHEET_NAMES.collectives));
    expect(rows.map((r) => r[LEVEL_TABLE_COLUMNS.unit])).toEqual(["Chi bộ 1", "Tổng cộng"]);
    expect(rows[0][LEVEL_TABLE_COLUMNS.firstLevel]).toBe(1);
  });

  it("writes the grade columns in the criteria's order, best first, and what is missing", () => {
    const spec = sheet(build(singleUnit()), SUMMARY_SHEET_NAMES.meetings);
    const marker = markerOf(spec);
    const grades = QD366.meeting.grades.map((g) => g.grade);
    const header = specValues(spec)[marker.firstDataRow - 2];
    expect(
      header.slice(MEETING_TABLE_COLUMNS.firstGrade, MEETING_TABLE_COLUMNS.firstGrade + grades.length),
    ).toEqual(grades);
    const [row] = tableRows(spec);
    expect(row[MEETING_TABLE_COLUMNS.regular]).toBe(12);
    expect(row[MEETING_TABLE_COLUMNS.attendance]).toBe(94.1);
    expect(
      row.slice(MEETING_TABLE_COLUMNS.firstGrade, MEETING_TABLE_COLUMNS.firstGrade + grades.length),
    ).toEqual(grades.map((g) => MEETINGS.grades[g] ?? 0));
    // Quarters are named ("Quý IV"), never a bare digit that reads as a count.
    expect(row[row.length - 1]).toBe("chuyên đề Quý IV");
  });

  it("adds a grade the criteria do not name after theirs", () => {
    const analysis = singleUnit();
    const meetings = { ...MEETINGS, grades: { ...MEETINGS.grades, "Loại 1": 2 } };
    analysis.units = [{ ...analysis.units[0], meetings }];
    const spec = sheet(build(analysis), SUMMARY_SHEET_NAMES.meetings);
    const header = specValues(spec)[markerOf(spec).firstDataRow - 2];
    expect(header.slice(MEETING_TABLE_COLUMNS.firstGrade, MEETING_TABLE_COLUMNS.firstGrade + 5)).toEqual([
      ...QD366.meeting.grades.map((g) => g.grade),
      "Loại 1",
    ]);
  });

  it("writes no meetings sheet where no meetings were read, and one where they were", () => {
    expect(build(wardUnits()).map((s) => s.name)).not.toContain(SUMMARY_SHEET_NAMES.meetings);
    expect(build(singleUnit()).map((s) => s.name)).toContain(SUMMARY_SHEET_NAMES.meetings);
  });
});

describe("buildSummarySheets: check results", () => {
  it("lists each issue with its cell linked, its severity, code, message and value", () => {
    const analysis = singleUnit();
    const spec = sheet(build(analysis), SUMMARY_SHEET_NAMES.check);
    const marker = markerOf(spec);
    const first = marker.firstDataRow - 1;
    expect(specValues(spec)[first]).toEqual([
      1,
      "Danh sách",
      "E9",
      "Lỗi",
      "Mức xếp loại sai",
      issueMessage(analysis.issues[0], "vi"),
      "Hoàn thàng tốt nhiệm vụ",
      expect.any(String),
    ]);
    expect(spec.cells[first][2]?.link).toBe("'Danh sách'!E9");
    // A workbook-wide issue has no cell to go to.
    expect(specValues(spec)[first + 1].slice(1, 5)).toEqual([
      "",
      "(cả trang)",
      "Cảnh báo",
      "Thiếu buổi sinh hoạt",
    ]);
    expect(spec.cells[first + 1][2]?.link).toBeUndefined();
    expect(specValues(spec).some((line) => line[0] === "Lỗi: 1   Cảnh báo: 1   Thông tin: 0")).toBe(true);
  });

  it("says there is nothing to fix when there are no issues", () => {
    const spec = sheet(build(wardUnits()), SUMMARY_SHEET_NAMES.check);
    expect(specValues(spec).some((line) => line[0] === "Không phát hiện vấn đề nào.")).toBe(true);
  });

  it("quotes sheet names with apostrophes in links", () => {
    const analysis = singleUnit();
    analysis.issues = [{ ...analysis.issues[0], sheet: "DS'2025" }];
    const spec = sheet(build(analysis), SUMMARY_SHEET_NAMES.check);
    expect(spec.cells[markerOf(spec).firstDataRow - 1][2]?.link).toBe("'DS''2025'!E9");
  });
});

describe("buildSummarySheets: language", () => {
  it("writes the reports in English when asked, with the same table", () => {
    const vi = build(singleUnit());
    const en = build(singleUnit(), { words: EN });
    expect(specValues(en[0])[0]).toContain("COMMUNIST PARTY OF VIETNAM");
    expect(tableRows(en[0]).map((r) => r.slice(2, 14))).toEqual(tableRows(vi[0]).map((r) => r.slice(2, 14)));
    expect(columnLetter(markerOf(en[0]).markerColumn)).toBe(columnLetter(markerOf(vi[0]).markerColumn));
  });
});
