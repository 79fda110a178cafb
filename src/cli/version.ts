import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/**
 * The version in package.json, read where the CLI runs from: compiled into dist-cli/src/cli (or
 * run from src/cli by the tests), package.json is at the project's root either way.
 */
export function packageVersion(): string {
  for (const up of ["../../..", "../.."]) {
    try {
      const parsed = JSON.parse(readFileSync(resolve(__dirname, up, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (parsed.name === "chibo" && parsed.version) return parsed.version;
    } catch {
      // Not at this level: try the next.
    }
  }
  return "0.0.0";
}
