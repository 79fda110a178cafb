import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseReportDate } from "../../src/cli/args";
import { gridsFromBook, readXlsx } from "../support/exceljs/read";
import { runCli } from "../support/cli";

const SAMPLE = resolve(__dirname, "../../assets/chi-bo-mau-2025.xlsx");

describe("the CLI explains itself", () => {
  it.each([["--help"], ["-h"], ["help"]])("chibo %s lists every command and exits 0", async (flag) => {
    const run = await runCli([flag]);
    expect(run.code).toBe(0);
    for (const command of ["check", "summarize", "rollup", "presets", "help"])
      expect(run.stdout).toContain(`chibo ${command}`);
    expect(run.stdout).toContain("--version");
  });

  it.each([[["help", "summarize"]], [["summarize", "--help"]]])(
    "chibo %j describes the command and its options",
    async (argv) => {
      const run = await runCli(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^chibo summarize/);
      expect(run.stdout).toContain("--date");
      expect(run.stdout).not.toContain("chibo rollup");
    },
  );

  it("speaks English with --lang en", async () => {
    expect((await runCli(["help", "check", "--lang", "en"])).stdout).toContain("Checks each .xlsx file");
  });

  it("refuses help on a command that does not exist", async () => {
    const run = await runCli(["help", "frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("“frobnicate”");
  });

  it("prints the version of package.json", async () => {
    const { version } = JSON.parse(readFileSync(resolve(__dirname, "../../package.json"), "utf8")) as {
      version: string;
    };
    const run = await runCli(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(version);
  });

  it("says a folder given to check is a folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chibo-folder-"));
    try {
      const run = await runCli(["check", dir]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("là một thư mục");
      expect(run.stderr).not.toContain("EISDIR");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says which languages it speaks when asked for another", async () => {
    const run = await runCli(["check", "--lang", "fr", SAMPLE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("“fr” chưa được hỗ trợ");
    expect(run.stderr).toContain("--lang vi");
  });
});

describe("the report date", () => {
  it("reads 2025-12-20 and 20/12/2025, and refuses a day that does not exist", () => {
    expect(parseReportDate("2025-12-20")).toEqual(new Date(2025, 11, 20));
    expect(parseReportDate("20/12/2025")).toEqual(new Date(2025, 11, 20));
    expect(parseReportDate("31/02/2025")).toBeNull();
    expect(parseReportDate("hôm qua")).toBeNull();
  });

  it("prints the --date given, today otherwise", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chibo-date-"));
    try {
      const dateLines = async (argv: string[]) => {
        const out = join(dir, `${argv.length}.xlsx`);
        expect((await runCli(["summarize", SAMPLE, "-o", out, ...argv], new Date(2026, 0, 5))).code).toBe(0);
        const grids = gridsFromBook(await readXlsx(new Uint8Array(readFileSync(out))));
        const sheet = grids.find((g) => g.name === "TH Đảng viên");
        return (sheet?.rows.flat() ?? []).filter((v) => typeof v === "string" && /ngày \d+ tháng/.test(v));
      };
      expect((await dateLines(["--date", "20/12/2025"]))[0]).toMatch(/ngày 20 tháng 12 năm 2025$/);
      expect((await dateLines([]))[0]).toMatch(/ngày 5 tháng 1 năm 2026$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
