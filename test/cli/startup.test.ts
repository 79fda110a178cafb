/**
 * `chibo presets` and `chibo --help` start without the heavy modules: each of them fails here as
 * soon as anything loads it, so these commands pass only if nothing does.
 */
jest.mock("exceljs", () => {
  throw new Error("ExcelJS was loaded");
});
jest.mock("zod", () => {
  throw new Error("zod was loaded");
});
jest.mock("@e965/xlsx", () => {
  throw new Error("SheetJS was loaded");
});
jest.mock("fflate", () => {
  throw new Error("fflate was loaded");
});

import { runCli } from "../support/cli";

describe("start-up loads only what the command needs", () => {
  it("chibo presets lists the presets without ExcelJS, zod or the readers", async () => {
    const { code, stdout, stderr } = await runCli(["presets"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/qd366-2025/);
  });

  it("chibo --help prints the usage without them", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/chibo check/);
  });

  it("chibo check does need them (the mocks above are effective)", async () => {
    const { code, stderr } = await runCli(["check", __filename]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/was loaded/);
  });
});
