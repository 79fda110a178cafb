import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const ESLINT = resolve(ROOT, "node_modules/eslint/bin/eslint.js");

export interface LintMessage {
  ruleId: string | null;
  message: string;
}

/** The project's ESLint run on `code` as if it were the file at `path` (relative to the root). */
export function lintAs(code: string, path: string): LintMessage[] {
  const args = [ESLINT, "--stdin", "--stdin-filename", path, "--format", "json"];
  let output: string;
  try {
    output = execFileSync(process.execPath, args, { cwd: ROOT, input: code, encoding: "utf8" });
  } catch (error) {
    // ESLint exits with 1 when it finds a problem; its report is still on stdout.
    output = String((error as { stdout?: string }).stdout ?? "");
  }
  const [result] = JSON.parse(output) as { messages: LintMessage[] }[];
  return result.messages;
}
