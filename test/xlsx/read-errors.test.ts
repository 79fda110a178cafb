import JSZip from "jszip";
import { XlsxReadError, type XlsxReadFailure } from "../../src/xlsx/errors";
import { readXlsx } from "../support/exceljs/read";
import { oleBytes, readSample } from "../support/xlsx-fixtures";

async function failure(data: Uint8Array): Promise<XlsxReadFailure> {
  try {
    await readXlsx(data);
  } catch (error) {
    if (error instanceof XlsxReadError) return error.reason;
    throw error;
  }
  throw new Error("the file was read without an error");
}

describe("readXlsx: files it cannot read are reported as data", () => {
  it("reads a real workbook (the passing case)", async () => {
    const book = await readXlsx(readSample("chi-bo-thon-4-tcvn3.xlsx"));
    expect(book.workbook.worksheets.map((ws) => ws.name)).toEqual(["DS"]);
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const bytes = readSample("chi-bo-thon-4-tcvn3.xlsx");
    const copy = bytes.slice().buffer;
    const book = await readXlsx(copy);
    expect(book.workbook.worksheets).toHaveLength(1);
  });

  it("reports zero bytes as empty", async () => {
    expect(await failure(new Uint8Array(0))).toBe("empty");
  });

  it("reports a text file as not-xlsx", async () => {
    expect(await failure(new TextEncoder().encode("STT;Họ và tên\n1;Nguyễn Văn A\n"))).toBe("not-xlsx");
  });

  it("reports a password-protected workbook (OLE with EncryptedPackage) as encrypted", async () => {
    const err = await readXlsx(oleBytes(["EncryptionInfo", "EncryptedPackage"])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(XlsxReadError);
    expect((err as XlsxReadError).reason).toBe("encrypted");
    expect((err as XlsxReadError).message).toMatch(/password/);
  });

  it("reports an Excel 97-2003 file (OLE with a Workbook stream) as legacy-xls", async () => {
    expect(await failure(oleBytes(["Workbook", "SummaryInformation"]))).toBe("legacy-xls");
  });

  it("reports another OLE file (a Word document) as not-xlsx", async () => {
    expect(await failure(oleBytes(["WordDocument", "1Table"]))).toBe("not-xlsx");
  });

  it("reports a truncated workbook as corrupt", async () => {
    const bytes = readSample("chi-bo-tdp-so-3-2025.xlsx");
    expect(await failure(bytes.slice(0, Math.floor(bytes.length / 2)))).toBe("corrupt");
  });

  it("reports a zip that holds no workbook as not-xlsx", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    expect(await failure(await zip.generateAsync({ type: "uint8array" }))).toBe("not-xlsx");
  });

  it("reports a workbook whose workbook.xml is damaged as corrupt", async () => {
    const zip = await JSZip.loadAsync(readSample("chi-bo-thon-4-tcvn3.xlsx"));
    zip.file("xl/workbook.xml", "<workbook><sheets><sheet name=");
    expect(await failure(await zip.generateAsync({ type: "uint8array" }))).toBe("corrupt");
  });
});
