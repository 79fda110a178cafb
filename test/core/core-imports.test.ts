import { lintAs as lint, type LintMessage } from "../support/eslint-stdin";

/**
 * The lint rule that keeps src/core pure (eslint.config.mjs), run on code given on stdin as if it
 * were a file of core: an import of words, a host, a UI, Node or a file format is refused; the same
 * code outside core, and a clean core file, pass.
 */
const restricted = (messages: LintMessage[]) =>
  messages.filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-globals");

describe("the lint rule that keeps src/core pure", () => {
  it("refuses src/i18n in core, by any relative path", () => {
    const code =
      'import { t } from "../../i18n";\nimport { vi } from "../i18n/vi";\nexport const x = [t, vi];\n';
    const found = restricted(lint(code, "src/core/summary/probe.ts"));
    expect(found).toHaveLength(2);
    expect(found[0].message).toMatch(/Words parameter/);
  });

  it("refuses Office, React, the DOM, Node and the file formats in core", () => {
    const code = [
      'import React from "react";',
      'import { readFileSync } from "node:fs";',
      'import { join } from "path";',
      'import ExcelJS from "exceljs";',
      'import { writeRange } from "../../excel/write";',
      'import { App } from "../../taskpane/components/App";',
      "export const x = [React, readFileSync, join, ExcelJS, writeRange, App, window.document, Office];",
      "",
    ].join("\n");
    const found = restricted(lint(code, "src/core/compute/probe.ts"));
    expect(found.filter((m) => m.ruleId === "no-restricted-imports")).toHaveLength(6);
    expect(found.filter((m) => m.ruleId === "no-restricted-globals")).toHaveLength(2);
  });

  it("lets the same imports through outside core", () => {
    const code =
      'import { t } from "../i18n";\nimport { readFileSync } from "node:fs";\nexport const x = [t, readFileSync];\n';
    expect(restricted(lint(code, "src/cli/probe.ts"))).toEqual([]);
  });

  it("lets a clean core file through (words as a parameter, zod, core's own modules)", () => {
    const code = [
      'import { z } from "zod";',
      'import type { Words } from "../words";',
      'import { LEVEL_KEYS } from "../criteria/levels";',
      'export const title = (words: Words) => words.text("summary.totalRow") + z.string().parse("") + LEVEL_KEYS[0];',
      "",
    ].join("\n");
    expect(lint(code, "src/core/summary/probe.ts")).toEqual([]);
  });
});
