import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { XlsxWorkbookPort } from "../../src/xlsx/port";
import { markedSpec, readSample } from "../support/xlsx-fixtures";

const SOFFICE = "/usr/bin/soffice";
const TIMEOUT_MS = 120_000;
const hasSoffice = existsSync(SOFFICE);
if (!hasSoffice) {
  console.warn(`Skipping the LibreOffice test: ${SOFFICE} is not installed.`);
}

function convertToPdf(file: string, outDir: string, profileDir: string): Promise<number> {
  return new Promise((resolve) => {
    const args = [
      "--headless",
      `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      file,
    ];
    execFile(SOFFICE, args, { timeout: TIMEOUT_MS }, (error) => {
      resolve(error ? (typeof error.code === "number" ? error.code : -1) : 0);
    });
  });
}

(hasSoffice ? describe : describe.skip)("a written workbook opens in LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "chibo-soffice-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    "converts a sample with our summary sheet added to PDF",
    async () => {
      const port = await XlsxWorkbookPort.open(readSample("chi-bo-tdp-so-3-2025.xlsx"));
      const spec = markedSpec("TH Đảng viên", [
        ["BÁO CÁO TỔNG HỢP", null, null],
        ["Chi bộ", "Tổng số", "Tỷ lệ"],
        ["=Chi bộ 3", 24, 14.3],
      ]);
      spec.cells[2][0] = { value: "=Chi bộ 3", link: "'Danh sách ĐV'!H29", border: true };
      spec.merges = [{ top: 0, left: 0, bottom: 0, right: 2 }];
      spec.columnWidths = [30, 12, 10];
      spec.page = {
        orientation: "landscape",
        paperSize: "A4",
        fitToWidth: true,
        printTitleRows: [2, 2],
        printArea: "A1:C3",
      };
      spec.freezeRows = 1;
      await port.writeSheets([spec]);
      const file = join(dir, "tong-hop.xlsx");
      writeFileSync(file, await port.save());

      const code = await convertToPdf(file, dir, join(dir, "profile"));
      expect(code).toBe(0);
      const pdf = join(dir, "tong-hop.pdf");
      expect(existsSync(pdf)).toBe(true);
      expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    },
    TIMEOUT_MS + 30_000,
  );
});
