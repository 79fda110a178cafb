import { XlsxReadError } from "../../src/xlsx/errors";
import { XlsxWorkbookPort } from "../../src/xlsx/port";
import { makeSpec, markedSpec, readSample, sheetPartPath, zipText } from "../support/xlsx-fixtures";

describe("XlsxWorkbookPort", () => {
  it("opens bytes, reads grids, writes sheets and saves bytes that read back the same", async () => {
    const port = await XlsxWorkbookPort.open(readSample("chi-bo-tdp-so-3-2025.xlsx"));
    const progress: number[] = [];
    const grids = await port.readSheets({ onProgress: (done) => progress.push(done) });
    expect(grids.map((g) => g.name)).toEqual(["Danh sách ĐV", "Sinh hoạt 2025", "Phiếu chấm T12"]);
    expect(progress).toEqual([1, 2, 3]);

    const result = await port.writeSheets([markedSpec("TH Đảng viên", [["=1+1"]])]);
    expect(result.written).toEqual([{ requested: "TH Đảng viên", actual: "TH Đảng viên" }]);

    const again = await XlsxWorkbookPort.open(await port.save());
    const back = await again.readSheets();
    expect(back.slice(0, 3)).toEqual(grids);
    expect(back[3].rows[0][0]).toBe("=1+1");
  });

  it("throws XlsxReadError from open for bytes that are not a workbook", async () => {
    await expect(XlsxWorkbookPort.open(new Uint8Array(0))).rejects.toBeInstanceOf(XlsxReadError);
  });

  it("records the selected cell and saves it as the active sheet and cell", async () => {
    const port = await XlsxWorkbookPort.open(readSample("chi-bo-tdp-so-3-2025.xlsx"));
    expect(port.selection).toBeNull();
    await port.selectCell("Sinh hoạt 2025", "g15");
    expect(port.selection).toEqual({ sheet: "Sinh hoạt 2025", address: "G15" });

    const data = await port.save();
    expect(await zipText(data, "xl/workbook.xml")).toMatch(/<workbookView [^>]*activeTab="1"/);
    const selected = await zipText(data, await sheetPartPath(data, "Sinh hoạt 2025"));
    expect(selected).toMatch(/<sheetView [^>]*tabSelected="1"/);
    expect(selected).toMatch(/<selection [^>]*activeCell="G15"/);
    const other = await zipText(data, await sheetPartPath(data, "Danh sách ĐV"));
    expect(other).not.toMatch(/tabSelected="1"/);
  });

  it("refuses to select a cell on a sheet that does not exist, or at no address", async () => {
    const port = XlsxWorkbookPort.create();
    await port.writeSheets([makeSpec("S", [["x"]])]);
    await expect(port.selectCell("Không có", "A1")).rejects.toThrow(/No sheet/);
    await expect(port.selectCell("S", "not a cell")).rejects.toThrow(/not a cell address/);
    expect(port.selection).toBeNull();
  });
});
