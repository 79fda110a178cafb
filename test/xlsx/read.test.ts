import type { Grid } from "../../src/core/grid/types";
import { cellAt } from "../../src/core/grid/types";
import { parseA1 } from "../../src/core/grid/address";
import { gridsFromBook, readXlsx } from "../support/exceljs/read";
import { makeXlsx, patchZip, readSample, zipText } from "../support/xlsx-fixtures";

async function gridsOf(data: Uint8Array): Promise<Grid[]> {
  return gridsFromBook(await readXlsx(data));
}

function sheet(grids: Grid[], name: string): Grid {
  const grid = grids.find((g) => g.name === name);
  if (!grid) throw new Error(`no sheet ${name}`);
  return grid;
}

function at(grid: Grid, address: string): unknown {
  const pos = parseA1(address);
  if (!pos) throw new Error(address);
  return cellAt(grid, pos.row, pos.col);
}

describe("gridsFromBook on the shared samples", () => {
  it("reads the cell's year: sheets, values, dates as Dates and date texts as text", async () => {
    const grids = await gridsOf(readSample("chi-bo-tdp-so-3-2025.xlsx"));
    expect(grids.map((g) => g.name)).toEqual(["Danh sách ĐV", "Sinh hoạt 2025", "Phiếu chấm T12"]);
    const log = sheet(grids, "Sinh hoạt 2025");
    const c7 = at(log, "C7");
    expect(c7).toBeInstanceOf(Date);
    expect((c7 as Date).toISOString()).toBe("2025-01-05T00:00:00.000Z");
    expect(at(log, "C10")).toBe("20/03/2025");
    expect(at(log, "G7")).toBe(22);
    const members = sheet(grids, "Danh sách ĐV");
    expect(at(members, "B9")).toBe("Huỳnh Thanh Linh");
    expect(at(members, "E9")).toBe("10.963823");
  });

  it("puts a merged area's value in its top-left cell only, and reports the merge", async () => {
    const members = sheet(await gridsOf(readSample("chi-bo-tdp-so-3-2025.xlsx")), "Danh sách ĐV");
    expect(at(members, "A6")).toBe("STT");
    expect(at(members, "A7")).toBeNull();
    expect(at(members, "F6")).toBe("Mức xếp loại chất lượng");
    expect(at(members, "G6")).toBeNull();
    expect(members.merges).toContainEqual({ top: 5, left: 0, bottom: 6, right: 0 });
    expect(members.merges).toContainEqual({ top: 5, left: 5, bottom: 5, right: 7 });
    expect(members.merges).not.toContainEqual({ top: 8, left: 0, bottom: 8, right: 1 });
  });

  it("trims the trailing blank cells a row holds (I9 is an empty string in the file)", async () => {
    const members = sheet(await gridsOf(readSample("chi-bo-tdp-so-3-2025.xlsx")), "Danh sách ĐV");
    expect(members.rows[8]).toHaveLength(8);
    expect(members.rows[4]).toEqual([]);
  });

  it("reports font names: .VnTime in the list, .VnTimeH in the header, the Normal font elsewhere", async () => {
    const ds = sheet(await gridsOf(readSample("chi-bo-thon-4-tcvn3.xlsx")), "DS");
    expect(ds.fonts?.B9).toBe(".VnTime");
    for (const address of ["A6", "B6", "F6", "F7", "H7"]) expect(ds.fonts?.[address]).toBe(".VnTimeH");
    // A1 has no style of its own: it is shown in the workbook's Normal font.
    expect(ds.fonts?.A1).toBe("Calibri");
    // No font for a merged cell that shows nothing.
    expect(ds.fonts?.A7).toBeUndefined();
  });

  it("reads the ward's 312-member list with its total row", async () => {
    const grids = await gridsOf(readSample("dang-bo-phuong-dong-tam-2025.xlsx"));
    const members = sheet(grids, "Xếp loại đảng viên");
    expect(at(members, "B8")).toBe("Bùi Văn Hải Hải");
    expect(members.rows.length).toBeGreaterThan(312 + 7);
  });
});

describe("gridsFromBook on workbooks made in the test", () => {
  it("gives 10 rows for a sheet whose used range reaches row 1,048,576", async () => {
    const data = await makeXlsx((wb) => {
      const ws = wb.addWorksheet("Dài");
      for (let r = 1; r <= 10; r++) ws.getRow(r).values = [r, `Người ${r}`];
      const last = ws.getCell("A1048576");
      last.value = "";
      last.numFmt = "@";
      ws.getCell("XFD1").numFmt = "0";
    });
    const book = await readXlsx(data);
    expect(book.workbook.worksheets[0].rowCount).toBe(1048576);
    const [grid] = gridsFromBook(book);
    expect(grid.rows).toHaveLength(10);
    expect(grid.rows[9]).toEqual([10, "Người 10"]);
    expect(Math.max(...grid.rows.map((r) => r.length))).toBe(2);
  });

  it("keeps a blank row inside the data as an empty row, not a hole", async () => {
    const data = await makeXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "a";
      ws.getCell("B4").value = "b";
    });
    const [grid] = await gridsOf(data);
    expect(grid.rows).toEqual([["a"], [], [], [null, "b"]]);
  });

  it("turns formulas into their cached results, errors into { error }, rich text and links into text", async () => {
    const data = await makeXlsx((wb) => {
      const ws = wb.addWorksheet("Công thức");
      ws.getCell("A1").value = 2;
      ws.getCell("A2").value = 3;
      ws.getCell("A3").value = 4;
      // ExcelJS writes a shared formula from a master carrying shareType and ref (not in its typings).
      const master = { formula: "A1*2", result: 4, shareType: "shared", ref: "B1:B3" };
      ws.getCell("B1").value = master;
      ws.getCell("B2").value = { sharedFormula: "B1", result: 6 };
      ws.getCell("B3").value = { sharedFormula: "B1", result: 8 };
      ws.getCell("C1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("C2").value = { formula: "Sheet9!A1", result: { error: "#REF!" } };
      ws.getCell("C3").value = { formula: 'A1&"x"', result: "2x" };
      ws.getCell("D1").value = { error: "#N/A" };
      ws.getCell("D2").value = {
        richText: [{ text: "Hoàn thành " }, { text: "tốt", font: { bold: true } }, { text: " NV" }],
      };
      ws.getCell("D3").value = { text: "trang", hyperlink: "https://example.org/" };
      ws.getCell("E1").value = true;
      ws.getCell("E2").value = { formula: "A1>1", result: false };
      ws.getCell("E3").value = { formula: "TODAY()" };
      ws.getCell("F1").value = { formula: "A1-A1", result: 0 };
      ws.getCell("F2").value = { formula: '""', result: "" };
      ws.getCell("F3").value = { formula: "A3", result: 4 };
    });
    expect(await zipText(data, "xl/worksheets/sheet1.xml")).toMatch(/<c r="B2"><f t="shared" si="\d+"\/>/);
    const [grid] = await gridsOf(data);
    expect(grid.rows[0]).toEqual([2, 4, { error: "#DIV/0!" }, { error: "#N/A" }, true, 0]);
    // A result of false, 0 or "" is a value, not a missing result.
    expect(grid.rows[1]).toEqual([3, 6, { error: "#REF!" }, "Hoàn thành tốt NV", false]);
    // E3 has no cached result: nothing to show, so it is empty.
    expect(grid.rows[2]).toEqual([4, 8, "2x", "trang", null, 4]);
  });

  it("reads a date-formatted formula result as a Date", async () => {
    const data = await makeXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      const cell = ws.getCell("A1");
      cell.numFmt = "dd/mm/yyyy";
      cell.value = { formula: "DATE(2025,3,20)", result: 45736 };
    });
    const [grid] = await gridsOf(data);
    expect(grid.rows[0][0]).toBeInstanceOf(Date);
    expect((grid.rows[0][0] as Date).toISOString()).toBe("2025-03-20T00:00:00.000Z");
  });

  it('passes a stored NaN as the text "NaN" (what LibreOffice shows) so the core can report it', async () => {
    const made = await makeXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = 12345;
      ws.getCell("B1").value = 7;
    });
    const data = await patchZip(made, {
      "xl/worksheets/sheet1.xml": (xml) => xml.replace("<v>12345</v>", "<v>NaN</v>"),
    });
    const [grid] = await gridsOf(data);
    expect(grid.rows[0]).toEqual(["NaN", 7]);
  });

  it("reports the Normal style's font for unstyled cells (an old list with .VnTime as its default)", async () => {
    const made = await makeXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "Danh s¸ch";
      ws.getCell("B1").value = "bold";
      ws.getCell("B1").font = { bold: true, name: "Arial" };
    });
    const data = await patchZip(made, {
      "xl/styles.xml": (xml) => xml.replace('<name val="Calibri"/>', '<name val=".VnTime"/>'),
    });
    const [grid] = await gridsOf(data);
    expect(grid.fonts).toEqual({ A1: ".VnTime", B1: "Arial" });
  });

  it("samples fonts of text cells below row 30 on every 50th row only", async () => {
    const data = await makeXlsx((wb) => {
      const ws = wb.addWorksheet("S");
      for (let r = 1; r <= 120; r++) {
        ws.getCell(r, 1).value = `tên ${r}`;
        ws.getCell(r, 1).font = { name: ".VnTime" };
        ws.getCell(r, 2).value = r;
      }
    });
    const [grid] = await gridsOf(data);
    const addresses = Object.keys(grid.fonts ?? {});
    expect(addresses).toContain("A30");
    expect(addresses).toContain("B30");
    expect(addresses).not.toContain("A31");
    expect(addresses).toContain("A51");
    expect(addresses).not.toContain("B51");
    expect(addresses).toContain("A101");
    expect(addresses).toHaveLength(30 * 2 + 2);
  });

  it("reports progress sheet by sheet", async () => {
    const data = await makeXlsx((wb) => {
      wb.addWorksheet("A").getCell("A1").value = 1;
      wb.addWorksheet("B").getCell("A1").value = 2;
    });
    const calls: [number, number][] = [];
    gridsFromBook(await readXlsx(data), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});
