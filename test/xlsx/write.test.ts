import type { Worksheet } from "exceljs";
import type { SheetSpec, SpecCell } from "../../src/core/summary/spec";
import { findMarker } from "../../src/core/summary/marker";
import type { XlsxBook } from "../support/exceljs/read";
import { XlsxWriteError } from "../../src/xlsx/errors";
import { gridsFromBook, readXlsx } from "../support/exceljs/read";
import type { WriteResult } from "../../src/ports/workbook-port";
import { chiboSheetNames, writeSheetsToPackage } from "../../src/xlsx/write";
import { makeSpec, makeXlsx, markedSpec, readSample, sheetPartPath, zipText } from "../support/xlsx-fixtures";

const TRICKY_TEXTS = ["=1+1", "=SUM(A1)", "+84 123", "-abc", "@x"];

/** A workbook's bytes as the writer leaves them (null: a new, empty workbook). */
interface TestBook {
  bytes: Uint8Array | null;
}

function createBook(source: Uint8Array | null = null): TestBook {
  return { bytes: source };
}

/** Adds sheets the way every front end does: ours replace ours, the rest is kept. */
async function applySheetSpecs(book: TestBook, specs: SheetSpec[]): Promise<WriteResult> {
  const grids = book.bytes ? gridsFromBook(await readXlsx(book.bytes)) : [];
  const written = await writeSheetsToPackage({ source: book.bytes, specs, isOurs: chiboSheetNames(grids) });
  book.bytes = written.bytes;
  return written.result;
}

async function bytesOf(book: TestBook): Promise<Uint8Array> {
  if (!book.bytes) throw new Error("nothing written");
  return book.bytes;
}

async function reopen(book: TestBook): Promise<XlsxBook> {
  return readXlsx(await bytesOf(book));
}

async function sheetNames(book: TestBook): Promise<string[]> {
  return book.bytes ? (await reopen(book)).workbook.worksheets.map((ws) => ws.name) : [];
}

function worksheet(book: XlsxBook, name: string): Worksheet {
  const ws = book.workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

async function writeError(run: () => Promise<unknown>): Promise<XlsxWriteError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof XlsxWriteError) return error;
    throw error;
  }
  throw new Error("the write did not fail");
}

/** Adds a user's sheet holding one text in A1 (a sheet without chibo's marker). */
async function worksheet_add(book: TestBook, name: string, text: string): Promise<void> {
  await applySheetSpecs(book, [makeSpec(name, [[text]])]);
}

describe("applySheetSpecs: text stays text", () => {
  it("stores names starting with = + - @ as strings, in the grid and in the raw XML", async () => {
    const book = createBook();
    await applySheetSpecs(book, [makeSpec("TH Đảng viên", [TRICKY_TEXTS, [1, 2.5, null, "x"]])]);
    const data = await bytesOf(book);

    const xml = await zipText(data, await sheetPartPath(data, "TH Đảng viên"));
    expect(xml).not.toMatch(/<f[ >]/);
    for (const col of ["A", "B", "C", "D", "E"])
      expect(xml).toMatch(new RegExp(`<c r="${col}1" s="\\d+" t="inlineStr">`));

    const back = await readXlsx(data);
    const [grid] = gridsFromBook(back);
    expect(grid.rows[0]).toEqual(TRICKY_TEXTS);
    expect(grid.rows[1]).toEqual([1, 2.5, null, "x"]);
    const ws = worksheet(back, "TH Đảng viên");
    expect(ws.getCell("A1").numFmt).toBe("@");
    expect(ws.getCell("A1").formula).toBeUndefined();
    // Numbers keep their own format (none here), not "@".
    expect(ws.getCell("A2").numFmt).toBeUndefined();
  });

  it("keeps the text format on a text cell even when the spec asks for a number format", async () => {
    const spec = makeSpec("S", [[]]);
    spec.cells[0] = [
      { value: "=1+1", numberFormat: "0.0" },
      { value: 3, numberFormat: "0.0" },
    ];
    const book = createBook();
    await applySheetSpecs(book, [spec]);
    const ws = worksheet(await reopen(book), "S");
    expect(ws.getCell("A1").numFmt).toBe("@");
    expect(ws.getCell("B1").numFmt).toBe("0.0");
  });
});

describe("applySheetSpecs: nothing of the user's is replaced", () => {
  it("leaves a user's sheet named like ours alone and writes ours as “(2)”", async () => {
    const data = await makeXlsx((wb) => {
      const ws = wb.addWorksheet("TH Đảng viên");
      ws.getCell("A1").value = "Bảng của tôi";
      ws.getCell("B2").value = 42;
    });
    const book = createBook(data);
    const result = await applySheetSpecs(book, [markedSpec("TH Đảng viên", [["Tổng hợp"]])]);
    expect(result).toEqual({
      written: [{ requested: "TH Đảng viên", actual: "TH Đảng viên (2)" }],
      replaced: [],
    });

    const back = await reopen(book);
    expect(await sheetNames(book)).toEqual(["TH Đảng viên", "TH Đảng viên (2)"]);
    const [user, ours] = gridsFromBook(back);
    expect(user.rows).toEqual([["Bảng của tôi"], [null, 42]]);
    expect(ours.rows[0][0]).toBe("Tổng hợp");
    expect(findMarker(ours)).not.toBeNull();
  });

  it("replaces its own “(2)” sheet on the next run instead of adding “(3)”", async () => {
    const book = createBook();
    await worksheet_add(book, "TH Đảng viên", "người dùng");
    await applySheetSpecs(book, [markedSpec("TH Đảng viên", [["lần 1"]])]);
    const again = createBook(book.bytes);
    const result = await applySheetSpecs(again, [markedSpec("TH Đảng viên", [["lần 2"]])]);
    expect(result.written).toEqual([{ requested: "TH Đảng viên", actual: "TH Đảng viên (2)" }]);
    expect(result.replaced).toEqual(["TH Đảng viên (2)"]);
    const grids = gridsFromBook(await reopen(again));
    expect(grids.map((g) => g.name)).toEqual(["TH Đảng viên", "TH Đảng viên (2)"]);
    expect(grids[0].rows[0][0]).toBe("người dùng");
    expect(grids[1].rows[0][0]).toBe("lần 2");
  });

  it("treats a differently cased user sheet as the same name, as Excel does", async () => {
    const book = createBook();
    await worksheet_add(book, "th đảng viên", "người dùng");
    const result = await applySheetSpecs(book, [markedSpec("TH Đảng viên", [["x"]])]);
    expect(result.written[0].actual).toBe("TH Đảng viên (2)");
  });

  it("shortens the base name so that “(2)” still fits in 31 characters", async () => {
    const long = "Tổng hợp kết quả đánh giá chi b"; // 31 characters
    expect(long).toHaveLength(31);
    const book = createBook();
    await worksheet_add(book, long, "người dùng");
    const result = await applySheetSpecs(book, [makeSpec(long, [["x"]])]);
    expect(result.written[0].actual).toBe("Tổng hợp kết quả đánh giá c (2)");
    expect(result.written[0].actual.length).toBeLessThanOrEqual(31);
  });

  it("gives the second of two specs with one name its own name", async () => {
    const book = createBook();
    const result = await applySheetSpecs(book, [makeSpec("A", [["1"]]), makeSpec("A", [["2"]])]);
    expect(result.written.map((w) => w.actual)).toEqual(["A", "A (2)"]);
  });

  it("never changes the source sheets of a real workbook", async () => {
    const book = createBook(readSample("chi-bo-tdp-so-3-2025.xlsx"));
    const before = gridsFromBook(await reopen(book));
    await applySheetSpecs(book, [markedSpec("TH Đảng viên", [["x"]]), makeSpec("Kết quả kiểm tra", [["y"]])]);
    const after = gridsFromBook(await reopen(book));
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((g) => g.name)).toEqual([
      ...before.map((g) => g.name),
      "TH Đảng viên",
      "Kết quả kiểm tra",
    ]);
  });
});

describe("applySheetSpecs: replacing our own sheet", () => {
  it("replaces a sheet carrying chibo's marker, in its tab position", async () => {
    const book = createBook();
    await worksheet_add(book, "Danh sách", "nguồn");
    await applySheetSpecs(book, [markedSpec("TH Đảng viên", [["cũ", 1]])]);
    await worksheet_add(book, "Ghi chú", "sau");
    const reopened = createBook(book.bytes);

    const result = await applySheetSpecs(reopened, [markedSpec("TH Đảng viên", [["mới", 2]])]);
    expect(result).toEqual({
      written: [{ requested: "TH Đảng viên", actual: "TH Đảng viên" }],
      replaced: ["TH Đảng viên"],
    });
    const grids = gridsFromBook(await reopen(reopened));
    expect(grids.map((g) => g.name)).toEqual(["Danh sách", "TH Đảng viên", "Ghi chú"]);
    expect(grids[1].rows[0].slice(0, 2)).toEqual(["mới", 2]);
    expect(grids[0].rows).toEqual([["nguồn"]]);
    expect(grids[2].rows).toEqual([["sau"]]);
  });
});

describe("applySheetSpecs: all or nothing", () => {
  it("leaves sheet names and cells as they were when a spec fails half-way (overlapping merges)", async () => {
    const book = createBook();
    await worksheet_add(book, "Danh sách", "nguồn");
    await applySheetSpecs(book, [markedSpec("TH Đảng viên", [["cũ"]])]);
    const reopened = createBook(book.bytes);
    const before = gridsFromBook(await reopen(reopened));

    const broken = makeSpec("TH Tổ chức đảng", [["a", "b", "c"]], {
      merges: [
        { top: 0, left: 0, bottom: 0, right: 1 },
        { top: 0, left: 1, bottom: 1, right: 2 },
      ],
    });
    const error = await writeError(() =>
      applySheetSpecs(reopened, [markedSpec("TH Đảng viên", [["mới"]]), broken]),
    );
    expect(error.reason).toBe("invalid-spec");
    expect(error.sheet).toBe("TH Tổ chức đảng");
    expect(error.message).toMatch(/overlaps/);

    expect(await sheetNames(reopened)).toEqual(["Danh sách", "TH Đảng viên"]);
    expect(gridsFromBook(await reopen(reopened))).toEqual(before);
  });

  it("rolls back and reports build-failed when building throws something unexpected", async () => {
    const book = createBook();
    await worksheet_add(book, "Danh sách", "nguồn");
    const spec = makeSpec("X", [["ok"]]);
    const exploding: SpecCell = { value: "boom" };
    Object.defineProperty(exploding, "bold", {
      get() {
        throw new Error("unexpected failure");
      },
    });
    spec.cells[0].push(exploding);
    const error = await writeError(() => applySheetSpecs(book, [makeSpec("Y", [["fine"]]), spec]));
    expect(error.reason).toBe("build-failed");
    expect(error.sheet).toBe("X");
    expect(error.message).toMatch(/unexpected failure/);
    expect(await sheetNames(book)).toEqual(["Danh sách"]);
  });

  it("refuses a value that is not text, a number or a boolean", async () => {
    const book = createBook();
    const spec = makeSpec("X", [["ok"]]);
    spec.cells[0].push({ value: new Date(2025, 0, 5) as unknown as string });
    const error = await writeError(() => applySheetSpecs(book, [spec]));
    expect(error.reason).toBe("invalid-spec");
    expect(error.message).toMatch(/B1/);
    expect(await sheetNames(book)).toEqual([]);
  });

  it("refuses a name Excel would refuse, before anything changes", async () => {
    const book = createBook();
    await worksheet_add(book, "Danh sách", "nguồn");
    const error = await writeError(() => applySheetSpecs(book, [makeSpec("TH/2025", [["x"]])]));
    expect(error.reason).toBe("invalid-name");
    expect(await sheetNames(book)).toEqual(["Danh sách"]);
  });

  it("refuses a number that is not finite", async () => {
    const book = createBook();
    const error = await writeError(() => applySheetSpecs(book, [makeSpec("S", [[Number.NaN]])]));
    expect(error.reason).toBe("invalid-spec");
    expect(error.message).toMatch(/A1/);
    expect(await sheetNames(book)).toEqual([]);
  });

  it("refuses a colour that is not a hex colour", async () => {
    const spec = makeSpec("S", [[]]);
    spec.cells[0] = [{ value: "x", fill: "light blue" }];
    const error = await writeError(() => applySheetSpecs(createBook(), [spec]));
    expect(error.reason).toBe("invalid-spec");
  });
});

describe("applySheetSpecs: formats, layout and page setup", () => {
  function reportSpec(): SheetSpec {
    const spec = markedSpec("TH Đảng viên", [
      ["BÁO CÁO", null, null],
      ["Chi bộ", "Tổng số", "Tỷ lệ"],
      ["Chi bộ 1", 24, 14.3],
    ]);
    spec.cells[0][0] = { value: "BÁO CÁO", bold: true, fontSize: 14, horizontal: "center" };
    spec.cells[1] = [
      { value: "Chi bộ", bold: true, border: true, fill: "#D9E1F2", wrap: true, vertical: "middle" },
      { value: "Tổng số", italic: true, border: true, fontColor: "C00000" },
      { value: "Tỷ lệ", border: true },
    ];
    spec.cells[2] = [
      { value: "Chi bộ 1", link: "'Danh sách ĐV'!H29" },
      { value: 24, numberFormat: "0", horizontal: "right" },
      { value: 14.3, numberFormat: "0.0" },
    ];
    spec.merges = [{ top: 0, left: 0, bottom: 0, right: 2 }];
    spec.columnWidths = [30, 12, 8];
    spec.hiddenColumns = [5];
    spec.page = {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: [2, 2],
      printArea: "A1:C3",
    };
    spec.freezeRows = 1;
    return spec;
  }

  it("writes fonts, fills, borders, alignment, number formats, merges and columns", async () => {
    const book = createBook();
    await applySheetSpecs(book, [reportSpec()]);
    const ws = worksheet(await reopen(book), "TH Đảng viên");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("A2").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFD9E1F2" },
    });
    expect(ws.getCell("A2").border).toMatchObject({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    expect(ws.getCell("A2").alignment).toMatchObject({ wrapText: true, vertical: "middle" });
    expect(ws.getCell("B2").font).toMatchObject({ italic: true, color: { argb: "FFC00000" } });
    expect(ws.getCell("B3").numFmt).toBe("0");
    expect(ws.getCell("C3").numFmt).toBe("0.0");
    expect(ws.getCell("C3").value).toBe(14.3);
    expect(ws.model.merges).toEqual(["A1:C1"]);
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(3).width).toBe(8);
    expect(ws.getColumn(6).hidden).toBe(true);
    expect(ws.getColumn(1).hidden).toBe(false);
  });

  it("sets A4, the orientation, one page wide, the print area, print titles and frozen panes", async () => {
    const book = createBook();
    await applySheetSpecs(book, [reportSpec()]);
    const data = await bytesOf(book);
    const xml = await zipText(data, await sheetPartPath(data, "TH Đảng viên"));
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(xml).toMatch(
      /<pageSetup paperSize="9" orientation="landscape"[^>]* fitToWidth="1" fitToHeight="0"/,
    );
    expect(xml).toMatch(/<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"\/>/);
    const workbookXml = await zipText(data, "xl/workbook.xml");
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">'TH Đảng viên'!$A$1:$C$3</definedName>`,
    );
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'TH Đảng viên'!$2:$2</definedName>`,
    );

    const ws = worksheet(await readXlsx(data), "TH Đảng viên");
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
  });

  it("writes an internal link as a location inside the workbook, with no external relationship", async () => {
    const book = createBook();
    await applySheetSpecs(book, [reportSpec()]);
    const data = await bytesOf(book);
    const part = await sheetPartPath(data, "TH Đảng viên");
    const xml = await zipText(data, part);
    expect(xml).toContain(`<hyperlink ref="A3" location="'Danh sách ĐV'!H29" display="Chi bộ 1"/>`);
    expect(xml).not.toMatch(/<hyperlink [^>]*r:id=/);
    await expect(zipText(data, part.replace("worksheets/", "worksheets/_rels/") + ".rels")).rejects.toThrow(
      /not in the package/,
    );
    const [grid] = gridsFromBook(await readXlsx(data));
    expect(grid.rows[2][0]).toBe("Chi bộ 1");
  });

  it("writes no hyperlink where there is no internal link", async () => {
    const book = createBook();
    const spec = makeSpec("S", [[]]);
    spec.cells[0] = [{ value: "ngoài" }];
    await applySheetSpecs(book, [spec]);
    const data = await bytesOf(book);
    expect(await zipText(data, await sheetPartPath(data, "S"))).not.toContain("<hyperlink");
  });

  it("refuses a link that does not point at a cell", async () => {
    const spec = makeSpec("S", [[]]);
    spec.cells[0] = [{ value: "x", link: "https://example.org/" }];
    const error = await writeError(() => applySheetSpecs(createBook(), [spec]));
    expect(error.reason).toBe("invalid-spec");
    expect(error.message).toMatch(/not a cell address/);
  });
});
