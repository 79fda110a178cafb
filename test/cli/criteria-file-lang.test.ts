import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPreset } from "../../src/core";
import { runCli } from "../support/cli";

/**
 * A broken criteria file is told in one language: chibo's sentence and zod's own message inside it
 * (zod's vi and en locales), and a file that is not JSON at all without the parser's English.
 */
const dir = mkdtempSync(join(tmpdir(), "chibo-criteria-lang-"));
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A preset with two mistakes a clerk could make: the year typed in words, the title left out. */
function brokenCriteria(): string {
  const criteria: Record<string, unknown> = {
    ...getPreset("qd366-2025"),
    year: "hai nghìn không trăm hai lăm",
  };
  delete criteria.title;
  return file("sai.json", JSON.stringify(criteria, null, 2));
}

async function stderrOf(criteria: string, lang: "vi" | "en"): Promise<string> {
  const run = await runCli(["check", "--lang", lang, "--criteria", criteria, join(dir, "unused.xlsx")]);
  expect(run.code).toBe(2);
  return run.stderr;
}

describe("a broken criteria file", () => {
  it("is explained in English with zod's English messages under --lang en", async () => {
    const message = await stderrOf(brokenCriteria(), "en");
    expect(message).toMatch(/^Criteria file “.*sai\.json” is not valid: /);
    expect(message).toMatch(/year: Invalid input: expected number, received string/);
    expect(message).toMatch(/title: Invalid input: expected string, received undefined/);
    expect(message).not.toMatch(VIETNAMESE_LETTER);
  });

  it("is explained in Vietnamese with zod's Vietnamese messages by default", async () => {
    const message = await stderrOf(brokenCriteria(), "vi");
    expect(message).toMatch(/^Tệp tiêu chí “.*sai\.json” không hợp lệ: /);
    expect(message).toMatch(/year: Đầu vào không hợp lệ: mong đợi số, nhận được string/);
    expect(message).not.toMatch(/Invalid|expected|received/);
  });

  it("that is not JSON is said so in the user's language, without the parser's English", async () => {
    const cut = file("cut.json", '{ "id": "mine", "year": ');
    const en = await stderrOf(cut, "en");
    expect(en).toMatch(/is not valid JSON/);
    expect(en).not.toMatch(VIETNAMESE_LETTER);
    const vi = await stderrOf(cut, "vi");
    expect(vi).toMatch(/không phải JSON hợp lệ/);
    expect(vi).not.toMatch(/Unexpected|end of JSON input/);
  });
});
