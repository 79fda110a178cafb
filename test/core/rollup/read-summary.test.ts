import { parseA1 } from "../../../src/core/grid/address";
import type { Grid } from "../../../src/core/grid/types";
import { readSummaryWorkbook } from "../../../src/core/rollup/read-summary";
import { LEVEL_TABLE_COLUMNS, SUMMARY_SHEET_NAMES } from "../../../src/core/summary/build";
import { findMarker } from "../../../src/core/summary/marker";
import { countMembers, generateUnit } from "../../support/generate-units";
import { editCell, gridNamed, rawGrids, summaryGrids } from "./helpers";
import { VI } from "../../support/words";

const unit = generateUnit({ name: "Chi bộ Tổ dân phố số 4", parent: "Đảng bộ phường Đồng Tâm", seed: 41 });

/** The 0-based position of the total row's cell in a column of the members table. */
function totalCell(grid: Grid, col: number): { row: number; col: number } {
  const marker = findMarker(grid);
  if (!marker) throw new Error("no marker");
  return { row: marker.totalRow - 1, col };
}

describe("readSummaryWorkbook", () => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = await summaryGrids(unit);
  });

  it("reads the unit, its period and criteria from the marker, and its figures from the total row", () => {
    const read = readSummaryWorkbook(grids, VI);
    const direct = countMembers([unit]);
    expect(read?.unit).toEqual({
      name: "Chi bộ tổ dân phố số 4",
      parent: "Đảng bộ phường Đồng Tâm",
      period: 2025,
      place: null,
    });
    expect(read?.criteria).toBe("qd366-2025");
    expect(read?.figures.members).toEqual({
      total: direct.total,
      notClassified: direct.notClassified,
      unrecognized: 0,
      counts: direct.counts,
    });
    expect(read?.rollup).toBe(false);
    expect(read?.issues).toEqual([]);
  });

  it("returns null for a workbook without chibo's summary sheets", async () => {
    expect(readSummaryWorkbook(await rawGrids(unit), VI)).toBeNull();
  });

  it("reports a number edited by hand at its cell, with what it says and what chibo wrote", () => {
    const members = gridNamed(grids, SUMMARY_SHEET_NAMES.members);
    const at = totalCell(members, LEVEL_TABLE_COLUMNS.firstLevel);
    const original = members.rows[at.row][at.col] as number;
    const edited = grids.map((g) => (g === members ? editCell(g, at, original + 2) : g));
    const read = readSummaryWorkbook(edited, VI);
    expect(read?.issues).toHaveLength(1);
    const issue = read?.issues[0];
    expect(issue?.code).toBe("summary-modified");
    expect(issue?.severity).toBe("error");
    expect(issue?.sheet).toBe(SUMMARY_SHEET_NAMES.members);
    expect(parseA1(issue?.cell ?? "")).toEqual(at);
    expect(issue?.params).toEqual({ stated: original + 2, original });
    // The figures are those the sheet states (it is what was sent), flagged by the error.
    expect(read?.figures.members?.counts.HTXSNV).toBe(original + 2);
  });

  it("reports an edited text and a cleared cell too", () => {
    const members = gridNamed(grids, SUMMARY_SHEET_NAMES.members);
    const marker = findMarker(members);
    const row = (marker?.firstDataRow ?? 1) - 1;
    let edited = editCell(members, { row, col: LEVEL_TABLE_COLUMNS.unit }, "Chi bộ khác");
    edited = editCell(edited, { row, col: LEVEL_TABLE_COLUMNS.total }, null);
    const issues = readSummaryWorkbook([edited], VI)?.issues ?? [];
    expect(issues.map((i) => i.cell)).toEqual([`B${row + 1}`, `C${row + 1}`]);
    expect(issues[1].params.stated).toBe("(trống)");
  });

  it("does not mistake a number typed as text or a blank for an edit", () => {
    const members = gridNamed(grids, SUMMARY_SHEET_NAMES.members);
    const at = totalCell(members, LEVEL_TABLE_COLUMNS.total);
    let edited = editCell(members, at, String(members.rows[at.row][at.col]));
    // An empty text cell saved as a truly empty one by another spreadsheet program.
    const emptyText = members.rows[at.row].findIndex((v) => v === "");
    if (emptyText >= 0) edited = editCell(edited, { row: at.row, col: emptyText }, null);
    expect(readSummaryWorkbook([edited], VI)?.issues).toEqual([]);
  });

  it("reports a row inserted into the table for the whole sheet", () => {
    const members = gridNamed(grids, SUMMARY_SHEET_NAMES.members);
    const marker = findMarker(members);
    const at = (marker?.firstDataRow ?? 1) - 1;
    const rows = [...members.rows.slice(0, at), [99, "Chi bộ thêm tay", 5], ...members.rows.slice(at)];
    const issues = readSummaryWorkbook([{ ...members, rows }], VI)?.issues ?? [];
    expect(issues[0]).toMatchObject({
      code: "summary-modified",
      sheet: SUMMARY_SHEET_NAMES.members,
      cell: null,
    });
  });

  it("reports a hidden row marker edited to match a changed cell", () => {
    const members = gridNamed(grids, SUMMARY_SHEET_NAMES.members);
    const marker = findMarker(members);
    if (!marker) throw new Error("no marker");
    const row = marker.totalRow - 1;
    const values = JSON.parse(
      String(members.rows[row][marker.markerColumn]).slice("chibo-row:".length),
    ) as unknown[];
    values[LEVEL_TABLE_COLUMNS.total] = 999;
    let edited = editCell(members, { row, col: marker.markerColumn }, `chibo-row:${JSON.stringify(values)}`);
    edited = editCell(edited, { row, col: LEVEL_TABLE_COLUMNS.total }, 999);
    const issues = readSummaryWorkbook([edited], VI)?.issues ?? [];
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "summary-modified", cell: null });
  });
});
