import { lintAs } from "../support/eslint-stdin";

/**
 * ExcelJS is a dev dependency: the lint rule in eslint.config.mjs refuses it, and the test
 * support that wraps it, in shipped code (src/), and lets tests and benches use both. Run on
 * code given on stdin as if it were a file at the given path.
 */
const CODE = [
  'import { Workbook } from "exceljs";',
  'import { readXlsx } from "../../test/support/exceljs/read";',
  "export const x = [Workbook, readXlsx];",
  "",
].join("\n");

function restrictedImports(code: string, path: string): string[] {
  return lintAs(code, path)
    .filter((m) => m.ruleId === "no-restricted-imports")
    .map((m) => m.message);
}

describe("JSZip stays out of shipped code", () => {
  it("refuses JSZip in src, and lets a test use it", () => {
    const code = 'import JSZip from "jszip";\nexport const x = JSZip;\n';
    const found = restrictedImports(code, "src/xlsx/probe.ts");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/JSZip is a dev dependency/);
    expect(restrictedImports(code, "test/xlsx/probe.test.ts")).toEqual([]);
  });
});

describe("ExcelJS stays out of shipped code", () => {
  it("refuses ExcelJS and the test support in the CLI and the task pane", () => {
    for (const path of ["src/cli/probe.ts", "src/taskpane/probe.tsx"]) {
      const found = restrictedImports(CODE, path);
      expect(found).toHaveLength(2);
      expect(found[0]).toMatch(/ExcelJS is a dev dependency/);
      expect(found[1]).toMatch(/does not import tests/);
    }
  });

  it("refuses ExcelJS in core too (the core's own list)", () => {
    expect(
      restrictedImports('import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n', "src/core/probe.ts"),
    ).toHaveLength(1);
  });

  it("lets tests and benches use them", () => {
    expect(restrictedImports(CODE.replace("../../test/support", "../support"), "test/xlsx/probe.ts")).toEqual(
      [],
    );
    expect(restrictedImports(CODE.replace("../../test", "../test"), "bench/probe.ts")).toEqual([]);
  });
});
