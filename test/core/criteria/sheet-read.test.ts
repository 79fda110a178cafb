import { criteriaFromGrid } from "../../../src/core/criteria-schema";
import { issueMessage } from "../../../src/i18n";
import { preset, rowsWithKey, sheetGrid } from "./support";
import { VI } from "../../support/words";

/** Column B holds the values, so an edited row r (0-based) is reported at B(r+1). */
const valueCell = (row: number): string => `B${row + 1}`;

describe("criteriaFromGrid on an edited sheet", () => {
  it("reports a number changed to words at its cell, and reads nothing", () => {
    const grid = sheetGrid("qd366-2025");
    const [row] = rowsWithKey(grid, "attendance.minPercent");
    grid.rows[row][1] = "chín mươi";
    const read = criteriaFromGrid(grid, VI);
    expect(read.criteria).toBeNull();
    expect(read.issues).toEqual([
      expect.objectContaining({
        code: "invalid-number",
        sheet: "Tiêu chí",
        cell: valueCell(row),
        row: row + 1,
        value: "chín mươi",
      }),
    ]);
    const message = issueMessage(read.issues[0], "vi");
    expect(message).toContain("Tỷ lệ dự tối thiểu (%)");
    expect(message).toContain("chín mươi");
    expect(message).not.toMatch(/\{\w+\}/);
  });

  it("accepts numbers typed as text with a decimal comma or a percent sign", () => {
    const grid = sheetGrid("qd366-2025");
    grid.rows[rowsWithKey(grid, "attendance.minPercent")[0]][1] = "87,5";
    grid.rows[rowsWithKey(grid, "cap.ratio")[0]][1] = "15%";
    const read = criteriaFromGrid(grid, VI);
    expect(read.issues).toEqual([]);
    expect(read.criteria?.attendance.minPercent).toBe(87.5);
    expect(read.criteria?.cap?.ratio).toBe(0.15);
  });

  it("reports 150 as a percent at its cell with the allowed maximum", () => {
    const grid = sheetGrid("qd366-2025");
    const [attendance] = rowsWithKey(grid, "attendance.minPercent");
    const [cap] = rowsWithKey(grid, "cap.ratio");
    grid.rows[attendance][1] = 150;
    grid.rows[cap][1] = 150;
    const read = criteriaFromGrid(grid, VI);
    expect(read.criteria).toBeNull();
    expect(read.issues.map((i) => [i.code, i.cell, i.value])).toEqual([
      ["invalid-number", valueCell(cap), 150],
      ["invalid-number", valueCell(attendance), 150],
    ]);
    // The cap is shown in percent, so its limit is said in percent too.
    for (const issue of read.issues) expect(issue.params.field).toContain("không quá 100");
  });

  it("reports a rubric item whose maximum was deleted", () => {
    const grid = sheetGrid("phu-tho-khoi-co-quan");
    const row = rowsWithKey(grid, "meeting.rubric.items[]")[1];
    grid.rows[row][1] = null;
    const read = criteriaFromGrid(grid, VI);
    expect(read.criteria).toBeNull();
    expect(read.issues).toEqual([
      expect.objectContaining({ code: "invalid-number", cell: valueCell(row), value: null }),
    ]);
    expect(read.issues[0].params.field).toContain("Chuẩn bị dự thảo nghị quyết, tài liệu");
  });

  it("reads a rubric item that was edited and warns when the items no longer add up", () => {
    const grid = sheetGrid("phu-tho-khoi-co-quan");
    const [group] = rowsWithKey(grid, "meeting.rubric.groups[]");
    const [item] = rowsWithKey(grid, "meeting.rubric.items[]");
    grid.rows[item][0] = "    1. Chi ủy họp chuẩn bị";
    grid.rows[item][1] = 9;
    const read = criteriaFromGrid(grid, VI);
    expect(read.criteria?.meeting.rubric?.groups[0].items[0]).toEqual({
      title: "Chi ủy họp chuẩn bị",
      max: 9,
      tag: "committee-meeting",
    });
    expect(read.issues).toEqual([
      expect.objectContaining({
        code: "total-mismatch",
        severity: "warning",
        cell: valueCell(group),
        params: expect.objectContaining({ stated: 15, computed: 16 }),
      }),
    ]);
  });

  it("reports a level key that is not a level, with the nearest level", () => {
    const grid = sheetGrid("hd21-2019");
    const [row] = rowsWithKey(grid, "memberCaps.sickLeave.maxLevel");
    grid.rows[row][1] = "HTNVV";
    const read = criteriaFromGrid(grid, VI);
    expect(read.issues).toEqual([
      expect.objectContaining({
        code: "invalid-level",
        cell: valueCell(row),
        params: { value: "HTNVV", suggestion: "HTNV" },
      }),
    ]);
  });

  it("accepts a level typed by its full name", () => {
    const grid = sheetGrid("hd21-2019");
    grid.rows[rowsWithKey(grid, "memberCaps.sickLeave.maxLevel")[0]][1] = "hoàn thành tốt nhiệm vụ";
    expect(criteriaFromGrid(grid, VI).criteria?.memberCaps.sickLeave?.maxLevel).toBe("HTTNV");
  });

  it("reports a choice or a yes/no that matches nothing, listing what is allowed", () => {
    const grid = sheetGrid("qd366-2025");
    const [rounding] = rowsWithKey(grid, "cap.rounding");
    const [strict] = rowsWithKey(grid, "attendance.strictlyAbove");
    grid.rows[rounding][1] = "tròn bừa";
    grid.rows[strict][1] = "có lẽ";
    const read = criteriaFromGrid(grid, VI);
    expect(read.issues.map((i) => [i.code, i.cell])).toEqual([
      ["missing-column", valueCell(rounding)],
      ["missing-column", valueCell(strict)],
    ]);
    expect(read.issues[0].params.field).toContain("Làm tròn xuống");
    expect(read.issues[1].params.field).toContain("Có / Không");
  });

  it("reads choices and yes/no typed in English or by key", () => {
    const grid = sheetGrid("qd366-2025");
    grid.rows[rowsWithKey(grid, "cap.rounding")[0]][1] = "nearest";
    grid.rows[rowsWithKey(grid, "cap.scope")[0]][1] = "Each cell";
    grid.rows[rowsWithKey(grid, "attendance.strictlyAbove")[0]][1] = "yes";
    const read = criteriaFromGrid(grid, VI);
    expect(read.issues).toEqual([]);
    expect(read.criteria?.cap).toMatchObject({ rounding: "nearest", scope: "cell" });
    expect(read.criteria?.attendance.strictlyAbove).toBe(true);
  });

  it("turns a section off when it says it does not apply", () => {
    const grid = sheetGrid("qd366-2025");
    grid.rows[rowsWithKey(grid, "section:scoreBands")[0]][1] = "Không áp dụng";
    const read = criteriaFromGrid(grid, VI);
    expect(read.issues).toEqual([]);
    expect(read.criteria).toEqual({ ...preset("qd366-2025"), scoreBands: null });
  });

  it("reports a deleted required row at its section", () => {
    const grid = sheetGrid("qd366-2025");
    const [row] = rowsWithKey(grid, "attendance.minPercent");
    grid.rows.splice(row, 1);
    const [section] = rowsWithKey(grid, "section:attendance");
    const read = criteriaFromGrid(grid, VI);
    expect(read.criteria).toBeNull();
    expect(read.issues).toEqual([
      expect.objectContaining({ code: "missing-column", cell: valueCell(section) }),
    ]);
    expect(issueMessage(read.issues[0], "vi")).toContain("Tỷ lệ dự tối thiểu (%)");
  });

  it("reports a formula error in a value cell", () => {
    const grid = sheetGrid("hd21-2019");
    const [row] = rowsWithKey(grid, "year");
    grid.rows[row][1] = { error: "#REF!" };
    const read = criteriaFromGrid(grid, VI);
    expect(read.issues).toEqual([
      expect.objectContaining({ code: "formula-error", cell: valueCell(row), value: "#REF!" }),
    ]);
  });

  it("reads rows in any order and ignores rows the user added without a key", () => {
    const grid = sheetGrid("hd21-2019");
    const [year] = rowsWithKey(grid, "year");
    const [decimals] = rowsWithKey(grid, "percentDecimals");
    [grid.rows[year], grid.rows[decimals]] = [grid.rows[decimals], grid.rows[year]];
    grid.rows.push([], ["Người lập: Nguyễn Văn A", "ký tên"]);
    const read = criteriaFromGrid(grid, VI);
    expect(read.issues).toEqual([]);
    expect(read.criteria).toEqual(preset("hd21-2019"));
  });

  it("finds the keys without the marker, and takes the id from the marker when its row is gone", () => {
    const noMarker = sheetGrid("tra-vinh");
    noMarker.rows[0][2] = null;
    expect(criteriaFromGrid(noMarker, VI).criteria).toEqual(preset("tra-vinh"));

    const noIdRow = sheetGrid("tra-vinh");
    noIdRow.rows.splice(rowsWithKey(noIdRow, "id")[0], 1);
    expect(criteriaFromGrid(noIdRow, VI).criteria?.id).toBe("tra-vinh");
  });

  it("reports a sheet that is not a criteria sheet without throwing", () => {
    const read = criteriaFromGrid(
      {
        name: "Danh sách",
        rows: [
          ["STT", "Họ và tên"],
          [1, "Nguyễn Văn A"],
        ],
      },
      VI,
    );
    expect(read).toEqual({
      criteria: null,
      issues: [expect.objectContaining({ code: "header-not-found", sheet: "Danh sách" })],
    });
    expect(criteriaFromGrid({ name: "Trống", rows: [] }, VI).criteria).toBeNull();
  });

  it("never throws, whatever a single cell holds, and fills every message template", () => {
    const junk = [null, "abc", -5, true, new Date(2025, 0, 5), { error: "#N/A" }];
    const base = sheetGrid("binh-thuan-khoi");
    let reported = 0;
    for (let row = 0; row < base.rows.length; row++) {
      for (const col of row % 2 === 0 ? [0, 1] : [1, 3]) {
        for (const value of junk) {
          const grid = { name: base.name, rows: base.rows.map((r) => [...r]) };
          grid.rows[row][col] = value;
          const read = criteriaFromGrid(grid, VI);
          for (const issue of read.issues) {
            expect(issue.sheet).toBe(base.name);
            expect(issueMessage(issue, "vi")).not.toMatch(/\{\w+\}/);
          }
          if (read.criteria === null) {
            reported++;
            expect(read.issues.some((i) => i.severity === "error")).toBe(true);
          }
        }
      }
    }
    expect(reported).toBeGreaterThan(0);
  });
});
