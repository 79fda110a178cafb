/** Folders of unit workbooks for the rollup command's tests, and a fingerprint of files. */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `chibo-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** SHA-256 of every file of a folder, by name. */
export function fingerprint(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of readdirSync(dir).sort())
    result[name] = createHash("sha256")
      .update(readFileSync(join(dir, name)))
      .digest("hex");
  return result;
}

export interface RollupJson {
  criteria: string;
  unit: { name: string; parent: string | null; period: number | null };
  capScope: string;
  units: {
    file: string | null;
    unit: string;
    status: string;
    errors: number;
    warnings: number;
    error?: string;
    issues: { code: string; cell: string | null }[];
  }[];
  issues: {
    file: string | null;
    unit: string | null;
    code: string;
    severity: string;
    sheet: string | null;
    cell: string | null;
    message: string;
  }[];
  results: {
    members?: {
      total: number;
      assessed: number;
      notClassified: number;
      levels: Record<string, { count: number; percent: number }>;
      cap: unknown;
    };
    collectives?: { total: number };
  };
}
