import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readWorkbookGrids } from "../../src/xlsx/read-grids";
import { buildSampleWorkbook } from "../../scripts/sample-workbook";
import { generateUnit, unitWorkbook, UNIT_LAYOUTS } from "../support/generate-units";
import { exceljsGrids, plainGrid } from "../support/exceljs/grids";
import { SAMPLES_DIR } from "../support/xlsx-fixtures";

async function expectSameGrids(bytes: Uint8Array): Promise<void> {
  const reference = (await exceljsGrids(bytes)).map(plainGrid);
  const lean = (await readWorkbookGrids(bytes)).map(plainGrid);
  expect(lean).toEqual(reference);
}

function fileBytes(path: string): Uint8Array {
  const data = readFileSync(path);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

const sampleFiles = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => join(SAMPLES_DIR, f));
const assetFiles = [resolve(__dirname, "../../assets/chi-bo-mau-2025.xlsx")];

describe("the lean reader gives the grids the ExcelJS port gave", () => {
  it.each([...sampleFiles, ...assetFiles])("%s", async (file) => {
    await expectSameGrids(fileBytes(file));
  });

  it.each(UNIT_LAYOUTS)("a generated unit workbook (%s)", async (layout) => {
    const unit = generateUnit({ seed: 7, name: "Chi bộ 1", parent: "Đảng bộ xã A" });
    await expectSameGrids(await unitWorkbook(unit, layout));
  });

  it("a generated member list with meetings and planted mistakes", async () => {
    const book = buildSampleWorkbook({ members: 500, seed: 3, plantMistakes: true, withMeetings: true });
    await expectSameGrids(new Uint8Array(await book.xlsx.writeBuffer()));
  });
});

const hasSoffice = (() => {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

(hasSoffice ? describe : describe.skip)("workbooks saved by LibreOffice", () => {
  it.each([...sampleFiles, ...assetFiles])(
    "%s saved again as .xlsx by LibreOffice",
    async (file) => {
      const dir = mkdtempSync(join(tmpdir(), "chibo-lo-"));
      try {
        writeFileSync(join(dir, "in.xlsx"), fileBytes(file));
        execFileSync(
          "soffice",
          [
            "--headless",
            `-env:UserInstallation=file://${dir}/profile`,
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            join(dir, "out"),
            join(dir, "in.xlsx"),
          ],
          { stdio: "ignore", timeout: 120000 },
        );
        await expectSameGrids(fileBytes(join(dir, "out", "in.xlsx")));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180000,
  );
});
