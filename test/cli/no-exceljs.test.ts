/**
 * `chibo check` and `chibo summarize` read with the lean reader and write with the package
 * writer: ExcelJS (a dev dependency, behind the reference reader in test/support/exceljs) is never
 * loaded by them. The mock makes
 * any load of it fail the command.
 */
jest.mock("exceljs", () => {
  throw new Error("ExcelJS was loaded");
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../support/cli";

const WORKBOOK = resolve(__dirname, "../../assets/chi-bo-mau-2025.xlsx");

describe("check and summarize never load ExcelJS", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "chibo-no-exceljs-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("chibo check reads and reports", async () => {
    const { code, stdout, stderr } = await runCli(["check", WORKBOOK, "--json"]);
    expect(stderr).not.toMatch(/ExcelJS was loaded/);
    expect([0, 1]).toContain(code);
    expect(JSON.parse(stdout)).toBeTruthy();
  });

  it("chibo summarize writes its copy", async () => {
    const output = join(dir, "copy.xlsx");
    const { code, stdout, stderr } = await runCli(["summarize", WORKBOOK, "-o", output]);
    expect(stderr).not.toMatch(/ExcelJS was loaded/);
    expect(code).toBe(0);
    expect(stdout).toContain(output);
  });

  it("the ExcelJS reference reader does load it (the mock is effective)", async () => {
    await expect(import("../support/exceljs/read")).rejects.toThrow(/ExcelJS was loaded/);
  });
});
