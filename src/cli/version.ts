import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * chibo's version, from its package.json: the CLI runs from src/ (tests) or dist-cli/src/ (built),
 * so the file is looked for upwards from here rather than at a fixed depth.
 */
export function chiboVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: unknown; version?: unknown };
      if (pkg.name === "chibo" && typeof pkg.version === "string") return pkg.version;
    }
    if (dirname(dir) === dir) return "unknown";
  }
}
