import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { EMITS as PIPELINE } from "../../src/core/analyze";
import { ISSUE_CODES, isIssueCode, type IssueCode } from "../../src/core/issues/codes";
import { SHEET_KINDS } from "../../src/core/kinds/registry";
import { EMITS as RECOGNITION } from "../../src/core/recognize/table";
import { EMITS as ROLLUP_CAP } from "../../src/core/rollup/consolidate";
import { EMITS as ROLLUP_RULES } from "../../src/core/rollup/rules";
import { EMITS as ROLLUP_INTEGRITY } from "../../src/core/rollup/summary-integrity";
import { catalog } from "../../src/i18n";

/** Every emitter's declared codes: the sheet kinds, the pipeline's structure checks, the roll-up. */
function declared(): Map<string, readonly IssueCode[]> {
  const emitters = new Map<string, readonly IssueCode[]>();
  for (const kind of SHEET_KINDS) emitters.set(`kind ${kind.kind}`, kind.emits);
  emitters.set("analyze.ts", PIPELINE);
  emitters.set("recognize/table.ts", RECOGNITION);
  emitters.set("rollup/consolidate.ts", ROLLUP_CAP);
  emitters.set("rollup/rules.ts", ROLLUP_RULES);
  emitters.set("rollup/summary-integrity.ts", ROLLUP_INTEGRITY);
  return emitters;
}

/** Codes with no emitter, and emitted codes without a text in a language. */
function codeGaps(
  catalogCodes: readonly string[],
  emitters: Map<string, readonly string[]>,
  texts: Record<string, Record<string, string>>,
): { unemitted: string[]; untexted: string[] } {
  const emitted = new Set([...emitters.values()].flat());
  const unemitted = catalogCodes.filter((code) => !emitted.has(code));
  const untexted = [...emitted].flatMap((code) =>
    Object.entries(texts)
      .filter(([, issues]) => !issues[code]?.trim())
      .map(([lang]) => `${code} (${lang})`),
  );
  return { unemitted, untexted };
}

const CORE = resolve(__dirname, "../../src/core");
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

describe("issue codes: each emitted by a check that declares it, each with its texts", () => {
  const texts = { vi: catalog("vi").issues, en: catalog("en").issues };

  it("has an emitter for every catalog code, and a vi and an en text for every emitted code", () => {
    expect(codeGaps(ISSUE_CODES, declared(), texts)).toEqual({ unemitted: [], untexted: [] });
  });

  it("would catch a catalog code nobody emits and an emitted code without texts", () => {
    const gaps = codeGaps(["a", "b"], new Map([["check", ["a", "c"]]]), {
      vi: { a: "A", c: "C" },
      en: { a: "A" },
    });
    expect(gaps).toEqual({ unemitted: ["b"], untexted: ["c (en)"] });
  });

  it("finds every code a core file uses among the codes that file declares (its EMITS)", () => {
    const undeclared: string[] = [];
    for (const file of sourceFiles(CORE)) {
      if (file.endsWith(join("issues", "codes.ts"))) continue;
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      const used = [...new Set([...code.matchAll(/"([a-z]+(?:-[a-z]+)+)"/g)].map((m) => m[1]))].filter(
        isIssueCode,
      );
      if (used.length === 0) continue;
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- each core file's own declaration, loaded by path
      const emits: readonly string[] = (require(file) as { EMITS?: readonly string[] }).EMITS ?? [];
      for (const c of used) if (!emits.includes(c)) undeclared.push(`${relative(CORE, file)}: ${c}`);
    }
    expect(undeclared).toEqual([]);
  });
});
