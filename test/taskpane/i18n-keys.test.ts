import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { taskpaneText as en } from "../../src/i18n/en/taskpane";
import { taskpaneText as vi } from "../../src/i18n/vi/taskpane";
import { t, textOf } from "../../src/i18n";

const TASKPANE_DIR = resolve(__dirname, "../../src/taskpane");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every literal "taskpane.…" key the pane's code passes to t(). */
function keysUsed(): string[] {
  const keys = new Set<string>();
  for (const file of sourceFiles(TASKPANE_DIR)) {
    for (const match of readFileSync(file, "utf8").matchAll(/"(taskpane\.[A-Za-z0-9_.-]+)"/g))
      keys.add(match[1]);
  }
  return [...keys];
}

describe("task pane texts", () => {
  it("has the same keys in Vietnamese and English", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it("has a Vietnamese text for every key the pane uses", () => {
    const used = keysUsed();
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => !(key in vi))).toEqual([]);
  });

  it("reaches the texts through t(), English when asked", () => {
    expect(t("vi", "taskpane.tab.issues")).toBe("Kiểm tra");
    expect(t("en", "taskpane.tab.issues")).toBe("Checks");
    expect(textOf("vi", "taskpane.no.such.key")).toBe("taskpane.no.such.key");
  });
});
