import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";
import { isTextKey, t, textOf } from "../../src/i18n";

/**
 * Text keys are a type (TextKey, the keys of the Vietnamese texts): t() with a key no text file
 * defines does not compile. Shown by compiling a small file that calls t() both ways.
 */
const I18N = resolve(__dirname, "../../src/i18n");

const CORE_WORDS = resolve(__dirname, "../../src/core/words");

function compileErrors(body: string): string[] {
  return compileProbe(`import { t } from ${JSON.stringify(I18N)};\nexport const text = ${body};\n`);
}

/** A core-like file that names a text through the Words it is given, as the summary builder does. */
function coreCompileErrors(key: string): string[] {
  return compileProbe(
    `import type { Words } from ${JSON.stringify(CORE_WORDS)};\n` +
      `export const label = (words: Words) => words.text(${JSON.stringify(key)});\n`,
  );
}

function compileProbe(source: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "chibo-text-keys-"));
  try {
    const file = join(dir, "probe.ts");
    writeFileSync(file, source);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      types: [],
    });
    return ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === file)
      .map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("text keys", () => {
  it("compile when a text file defines them", () => {
    expect(compileErrors('t("en", "summary.totalRow")')).toEqual([]);
  });

  it("do not compile when no text file defines them", () => {
    const errors = compileErrors('t("en", "summary.totalRoww")');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^TS2345: Argument of type '"summary.totalRoww"'/);
  });

  it("named by core through Words compile only when core's key list has them", () => {
    expect(coreCompileErrors("summary.totalRow")).toEqual([]);
    expect(coreCompileErrors("issueName.cap-exceeded")).toEqual([]);
    const errors = coreCompileErrors("summary.totalRoww");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^TS2345: Argument of type '"summary.totalRoww"'/);
    expect(coreCompileErrors("issueName.no-such-code")[0]).toMatch(/^TS2345/);
  });

  it("built at run time are checked by isTextKey, and textOf gives the key back when none matches", () => {
    expect(isTextKey("summary.totalRow")).toBe(true);
    expect(isTextKey("summary.totalRoww")).toBe(false);
    expect(textOf("en", "summary.totalRow")).toBe(t("en", "summary.totalRow"));
    expect(textOf("en", "summary.totalRoww")).toBe("summary.totalRoww");
  });
});
