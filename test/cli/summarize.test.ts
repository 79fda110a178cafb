import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { LEVEL_KEYS } from "../../src/core/criteria/levels";
import { findMarker } from "../../src/core/summary/marker";
import { gridsFromBook, readXlsx } from "../support/exceljs/read";
import { runCli } from "../support/cli";
import { listSamples } from "../support/samples";
import { makeXlsx, zipText, sheetPartPath } from "../support/xlsx-fixtures";

const dir = mkdtempSync(join(tmpdir(), "chibo-sum-"));
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function gridsOf(path: string) {
  return gridsFromBook(await readXlsx(new Uint8Array(readFileSync(path))));
}

describe.each(listSamples())("chibo summarize $name", (sample) => {
  const out = join(dir, `${sample.name}.out.xlsx`);
  let json: {
    files: {
      results: Record<
        string,
        {
          total: number;
          notClassified: number;
          unrecognized: number;
          assessed: number;
          levels: Record<string, { count: number; percent: number }>;
        }
      >;
    }[];
  };

  beforeAll(async () => {
    const before = sha(sample.file);
    const result = await runCli(["summarize", sample.file, "-o", out]);
    expect(result.code).toBe(0);
    expect(sha(sample.file)).toBe(before);
    json = JSON.parse((await runCli(["check", "--json", sample.file])).stdout);
  });

  it("leaves every source sheet unchanged cell for cell", async () => {
    const source = await gridsOf(sample.file);
    const written = await gridsOf(out);
    for (const grid of source) {
      const copy = written.find((g) => g.name === grid.name);
      expect(copy).toBeDefined();
      expect(JSON.stringify(copy?.rows)).toBe(JSON.stringify(grid.rows));
      expect(copy?.merges).toEqual(grid.merges);
    }
    // A summary sheet is written only when there is something to put in it.
    const results = json.files[0].results;
    expect(written.map((g) => g.name)).toEqual([
      ...source.map((g) => g.name),
      ...(results.members ? ["TH Đảng viên"] : []),
      ...(results.collectives ? ["TH Tổ chức đảng"] : []),
      ...(results.meetings ? ["TH Sinh hoạt chi bộ"] : []),
      "Kết quả kiểm tra",
    ]);
  });

  it("writes the same numbers as the JSON results in the summary's total row", async () => {
    const written = await gridsOf(out);
    for (const [kind, sheet] of [
      ["members", "TH Đảng viên"],
      ["collectives", "TH Tổ chức đảng"],
    ] as const) {
      const results = json.files[0].results[kind];
      const grid = written.find((g) => g.name === sheet);
      expect(grid !== undefined).toBe(results !== undefined && results !== null);
      if (!grid) continue;
      const marker = findMarker(grid);
      expect(marker?.kind).toBe(kind);
      if (!results) {
        expect(marker?.totalRow).toBe(0);
        continue;
      }
      const row = grid.rows[(marker?.totalRow ?? 0) - 1];
      const expected = [
        results.total,
        results.notClassified,
        results.unrecognized,
        results.assessed,
        ...LEVEL_KEYS.flatMap((l) => [results.levels[l].count, results.levels[l].percent]),
      ];
      expect(row.slice(2, 2 + expected.length)).toEqual(expected);
    }
  });

  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
  (soffice ? it : it.skip)("opens in LibreOffice headless without error", () => {
    const pdfDir = mkdtempSync(join(tmpdir(), "chibo-pdf-"));
    execFileSync(
      soffice as string,
      [
        `-env:UserInstallation=file://${pdfDir}/profile`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        pdfDir,
        out,
      ],
      { timeout: 120000, stdio: "pipe" },
    );
    expect(existsSync(join(pdfDir, `${sample.name}.out.pdf`))).toBe(true);
  });
});

describe("names that look like formulas", () => {
  it("stay text in the summary sheets", async () => {
    const names = ["=SUM(A1:A9)", "+84 912", "-Nguyễn Văn A", "@Lê Thị B"];
    const input = join(dir, "formula-names.xlsx");
    writeFileSync(
      input,
      await makeXlsx((wb) => {
        const ws = wb.addWorksheet("DS");
        ws.addRow(["STT", "Họ và tên", "Chi bộ", "Xếp loại"]);
        names.forEach((name, i) =>
          ws.addRow([i + 1, name, names[(i + 1) % names.length], "Hoàn thành tốt nhiệm vụ"]),
        );
      }),
    );
    const out = join(dir, "formula-names.out.xlsx");
    expect((await runCli(["summarize", input, "-o", out])).code).toBe(0);
    const data = new Uint8Array(readFileSync(out));
    const xml = await zipText(data, await sheetPartPath(data, "TH Đảng viên"));
    expect(xml).not.toMatch(/<f>|<f /);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const values: unknown[] = [];
    book.getWorksheet("TH Đảng viên")?.eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    for (const name of names) expect(values).toContain(name);
  });
});

it("refuses to write over its input", async () => {
  const sample = listSamples()[0];
  const { code, stderr } = await runCli(["summarize", sample.file, "-o", sample.file]);
  expect(code).toBe(2);
  expect(stderr).toMatch(/không bao giờ ghi đè/);
});
