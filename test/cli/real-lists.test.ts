import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { columnLetter } from "../../src/core/grid/address";
import type { CellValue } from "../../src/core/grid/types";
import { runCli } from "../support/cli";
import { footerRows, grid, memberSheet, titleRows } from "../support/grids";
import {
  cellSummarySheet,
  groupedList,
  gridsToXlsx,
  meetingsLog,
  monthlyScores,
  personName,
  threeRowSummary,
  yearOfScores,
} from "../support/real-shapes";

const dir = mkdtempSync(join(tmpdir(), "chibo-real-"));

interface JsonDoc {
  files: {
    sheets: {
      name: string;
      kind: string;
      confidence: number;
      rows?: Record<string, number>;
      sections?: { name: string }[];
    }[];
    issues: { code: string; severity: string; sheet: string; cell: string | null }[];
    results: { members?: { total: number; levels: Record<string, { count: number }> } };
    units?: { unit: string; members: { total: number } | null }[];
  }[];
}

async function check(name: string, data: Uint8Array): Promise<{ code: number; doc: JsonDoc }> {
  const file = join(dir, name);
  writeFileSync(file, data);
  const result = await runCli(["check", "--json", file]);
  return { code: result.code, doc: JSON.parse(result.stdout) as JsonDoc };
}

/**
 * A commune's list marked with "x" per level, grouped by cell: "I | Chi bộ ấp …" headings, a "Cộng"
 * under each cell whose level counts are COUNTA formulas (with their cached values), and a grand total.
 */
function markedGroupedList(sizes: number[], wrongTotalHTTNV: boolean) {
  const rows: CellValue[][] = [...titleRows({ unit: "ĐẢNG BỘ XÃ TÂN PHÚ" })];
  rows.push(["STT", "Họ và tên", "HTXSNV", "HTTNV", "HTNV", "KHTNV", "Không xếp loại", "Ghi chú"]);
  const formulas: Record<string, string> = {};
  const totals = [0, 0, 0, 0, 0];
  let serial = 0;
  sizes.forEach((size, g) => {
    rows.push([["I", "II", "III", "IV"][g], `Chi bộ ấp ${g + 1}`]);
    const first = rows.length;
    const counts = [0, 0, 0, 0, 0];
    for (let i = 0; i < size; i++) {
      const level = serial % 9 === 0 ? 0 : serial % 5 === 0 ? 2 : serial % 11 === 0 ? 4 : 1;
      const line: CellValue[] = [i + 1, personName(serial), null, null, null, null, null, null];
      line[2 + level] = "x";
      counts[level]++;
      rows.push(line);
      serial++;
    }
    const sub: CellValue[] = [null, "Cộng", ...counts, null];
    counts.forEach((count, k) => {
      const col = columnLetter(2 + k);
      formulas[`${col}${rows.length + 1}`] = `COUNTA(${col}${first + 1}:${col}${rows.length})`;
      totals[k] += count;
    });
    rows.push(sub);
  });
  const total = [...totals];
  if (wrongTotalHTTNV) total[1] += 2;
  const totalRow = rows.length;
  rows.push([null, "Tổng cộng", ...total, null]);
  rows.push(...footerRows());
  return { grid: grid("Xếp loại đảng viên", rows), formulas, totalRow, totals, members: serial };
}

describe("chibo check --json on lists as communes keep them (issue 8)", () => {
  it("reads a 113-member list grouped by cell with a “Cộng” under each cell: all members, rows, units", async () => {
    const list = groupedList([
      { name: "Chi bộ ấp Tân Hòa", size: 30, heading: "roman", subtotal: "Cộng" },
      { name: "Chi bộ ấp Tân Lợi", size: 25, heading: "roman", subtotal: "Cộng" },
      { name: "Chi bộ ấp Phú Hòa", size: 20, heading: "merged", subtotal: "Cộng" },
      { name: "Chi bộ ấp Phú Lợi", size: 22, heading: "roman", subtotal: "Cộng" },
      { name: "Chi bộ Trường học", size: 16, heading: "roman", subtotal: "Cộng" },
    ]);
    const { code, doc } = await check("xa-tan-phu.xlsx", await gridsToXlsx([list.grid]));
    const file = doc.files[0];
    expect(file.results.members?.total).toBe(113);
    expect(file.sheets[0].rows).toEqual({ records: 113, sections: 5, subtotals: 5, totals: 1, skipped: 2 });
    expect(file.units?.map((u) => u.members?.total)).toEqual([30, 25, 20, 22, 16]);
    expect(file.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(code).toBe(0);
  });

  it("checks level subtotals written as formulas, and reports the wrong grand total at its cell (exit 1)", async () => {
    const list = markedGroupedList([14, 9, 11], true);
    const { code, doc } = await check(
      "xa-marked.xlsx",
      await gridsToXlsx([list.grid], { [list.grid.name]: list.formulas }),
    );
    const file = doc.files[0];
    expect(file.results.members?.total).toBe(34);
    expect(file.sheets[0].rows).toMatchObject({ records: 34, sections: 3, subtotals: 3, totals: 1 });
    const mismatches = file.issues.filter((i) => i.code === "count-mismatch");
    expect(mismatches.map((i) => i.cell)).toEqual([`D${list.totalRow + 1}`]);
    expect(code).toBe(1);
  });

  it("gives exit 0 on the same list with a right grand total", async () => {
    const list = markedGroupedList([14, 9, 11], false);
    const { code, doc } = await check(
      "xa-marked-ok.xlsx",
      await gridsToXlsx([list.grid], { [list.grid.name]: list.formulas }),
    );
    expect(doc.files[0].issues.filter((i) => i.code === "count-mismatch")).toEqual([]);
    expect(doc.files[0].issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(code).toBe(0);
  });

  it("never exits 0 when a numbered row of a list could not be read", async () => {
    const list = groupedList([{ name: "Chi bộ ấp 1", size: 6, heading: "roman", subtotal: "Cộng" }]);
    const rows = list.grid.rows.map((line) => [...line]);
    // A member whose name was typed in the wrong column: numbered, but no name.
    rows[list.firstMemberRows[0] + 2] = [3, null, null, "Nguyễn Văn Tư", "Hoàn thành tốt nhiệm vụ"];
    const { code, doc } = await check("lech-cot.xlsx", await gridsToXlsx([{ ...list.grid, rows }]));
    const unread = doc.files[0].issues.filter((i) => i.code === "row-unread");
    expect(unread).toMatchObject([{ severity: "error", cell: `A${list.firstMemberRows[0] + 3}` }]);
    expect(code).toBe(1);
  });

  it("says in the text report how the rows were read, and is less sure of a reading that left rows unread", async () => {
    const list = groupedList([{ name: "Chi bộ ấp 1", size: 6, heading: "roman", subtotal: "Cộng" }]);
    const file = join(dir, "text.xlsx");
    writeFileSync(file, await gridsToXlsx([list.grid]));
    const text = await runCli(["check", file]);
    expect(text.stdout).toContain("6 dòng dữ liệu, 1 tiêu đề chi bộ, 1 dòng cộng, 1 dòng tổng");
    const clean = (await check("clean.xlsx", await gridsToXlsx([list.grid]))).doc;
    const rows = list.grid.rows.map((line) => [...line]);
    rows[list.firstMemberRows[0] + 2] = [3, null, null, "Nguyễn Văn Tư", "Hoàn thành tốt nhiệm vụ"];
    const shifted = (await check("shifted.xlsx", await gridsToXlsx([{ ...list.grid, rows }]))).doc;
    const confidence = (doc: JsonDoc) => doc.files[0].sheets[0].confidence;
    expect(confidence(shifted)).toBeLessThan(confidence(clean));
  });

  it("gives an error, never exit 0, for a list of which no row could be read", async () => {
    const rows: CellValue[][] = [
      ...titleRows(),
      ["STT", "Họ và tên", "Xếp loại"],
      [1, null, "HTTNV"],
      [2, null, "HTNV"],
    ];
    const { code, doc } = await check("rong.xlsx", await gridsToXlsx([grid("DS", rows)]));
    expect(doc.files[0].issues.map((i) => i.code)).toContain("table-empty");
    expect(code).toBe(1);
  });
});

describe("chibo check --json on workbooks kept one sheet per cell, and on meeting books (issue 8)", () => {
  it("checks a summary sheet of formulas over the cell sheets (cached values) against them", async () => {
    const sizes = [7, 5];
    const sheets = sizes.map((size, i) =>
      memberSheet({
        name: `Ấp ${i + 1}`,
        title: titleRows({ unit: `CHI BỘ ẤP ${i + 1}` }),
        members: Array.from({ length: size }, (_, k) => ({
          name: personName(i * 10 + k),
          level: k === 0 ? "Hoàn thành xuất sắc nhiệm vụ" : "Hoàn thành tốt nhiệm vụ",
        })),
      }),
    );
    // Ấp 2's HTTNV cached as 5 where its sheet has 4: a formula pointing at the wrong range.
    const summary = cellSummarySheet(
      [
        { cell: "Chi bộ ấp 1", total: 7, counts: [1, 6, 0, 0] },
        { cell: "Chi bộ ấp 2", total: 5, counts: [1, 5, 0, 0] },
      ],
      { total: 12, counts: [2, 11, 0, 0] },
    );
    const formulas = {
      [summary.name]: {
        C8: "COUNTA('Ấp 1'!B7:B13)",
        E8: "COUNTIF('Ấp 1'!E7:E13,\"Hoàn thành tốt nhiệm vụ\")",
        C9: "COUNTA('Ấp 2'!B7:B11)",
        E9: "COUNTIF('Ấp 2'!E6:E11,\"Hoàn thành tốt nhiệm vụ\")",
        C10: "SUM(C8:C9)",
        E10: "SUM(E8:E9)",
      },
    };
    const { code, doc } = await check(
      "mot-trang-mot-chi-bo.xlsx",
      await gridsToXlsx([...sheets, summary], formulas),
    );
    const file = doc.files[0];
    expect(file.results.members?.total).toBe(12);
    expect(file.units?.map((u) => [u.unit, u.members?.total])).toEqual([
      ["Chi bộ ấp 1", 7],
      ["Chi bộ ấp 2", 5],
    ]);
    const cross = file.issues.filter((i) => i.code === "cross-sheet-mismatch").map((i) => i.cell);
    expect(cross).toEqual(["E9", "E10"]);
    expect(code).toBe(1);
  });

  it("reads a meetings log and a year of scores from one workbook, each planted mistake at its cell", async () => {
    const lines = Array.from({ length: 12 }, (_, m) => ({
      month: m + 1,
      members: 25,
      exempted: 1,
      present: 24,
      excused: 0,
      unexcused: 0,
      thematic: m % 3 === 2 && m !== 11 ? "x" : null,
    }));
    lines[3] = { ...lines[3], present: 20, excused: 4 };
    const scores = Array.from({ length: 12 }, (_, m) => monthlyScores(m + 1));
    const totals = scores.map((s) => s[0] + s[3] + s[4] + s[5]);
    scores[4][2] = 6; // May, item 2 (max 5)
    const { doc } = await check(
      "so-sinh-hoat.xlsx",
      await gridsToXlsx([
        meetingsLog(lines),
        yearOfScores(
          scores,
          totals,
          totals.map(() => "Tốt"),
        ),
      ]),
    );
    const file = doc.files[0];
    expect(file.sheets.map((s) => s.kind)).toEqual(["meetings", "meeting-score"]);
    const at = (code: string) =>
      file.issues.filter((i) => i.code === code).map((i) => `${i.sheet}!${i.cell}`);
    expect(at("attendance-low")).toEqual(["Sổ sinh hoạt!F10"]);
    expect(at("score-above-max")).toEqual(["Chấm điểm năm 2025!H9"]);
    expect(file.issues.filter((i) => i.code === "meeting-count")).toHaveLength(1);
  });
});

describe("chibo check --json on a summary whose “Tổng số” is a formula (issue 8, point 5)", () => {
  const summary = (total: number) =>
    threeRowSummary([
      {
        content: "Đảng viên",
        total,
        assessed: 40,
        notAssessed: 2,
        pairs: [
          [4, 10],
          [30, 75],
          [5, 12.5],
          [1, 2.5],
        ],
      },
    ]);

  it.each([
    [42, []],
    // The formula's cached value was left stale after "Không đánh giá" was corrected from 3 to 2.
    [43, ["C9"]],
  ])("reads the cached value %s of =D9+E9 and reports a stale one at its cell", async (cached, cells) => {
    const sheet = summary(cached);
    const { doc } = await check(
      `tong-so-${cached}.xlsx`,
      await gridsToXlsx([sheet], { [sheet.name]: { C9: "D9+E9" } }),
    );
    const found = doc.files[0].issues.filter((i) => i.code === "count-mismatch").map((i) => i.cell);
    expect(found).toEqual(cells);
  });
});
