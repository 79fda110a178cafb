import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The shared sample workbooks beside the project (../shared/samples), read-only. */
export const SAMPLES_DIR = resolve(__dirname, "../../../shared/samples");

export interface ExpectedIssue {
  code: string;
  sheet: string;
  cell?: string;
}

export interface ExpectedLevels {
  total: number;
  assessed?: number;
  notClassified?: number;
  unrecognized?: number;
  levels: Record<string, number>;
}

export interface SampleExpectation {
  members?: ExpectedLevels;
  collectives?: ExpectedLevels;
  mustReport: ExpectedIssue[];
  decoded?: { sheet: string; cell: string; text: string };
}

export interface Sample {
  name: string;
  file: string;
  expected: SampleExpectation;
}

export function listSamples(): Sample[] {
  return readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => {
      const name = f.replace(/\.xlsx$/, "");
      return {
        name,
        file: join(SAMPLES_DIR, f),
        expected: JSON.parse(
          readFileSync(join(SAMPLES_DIR, `${name}.expected.json`), "utf8"),
        ) as SampleExpectation,
      };
    });
}
