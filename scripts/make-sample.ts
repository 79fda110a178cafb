import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { buildSampleWorkbook } from "./sample-workbook";

/** Writes the bundled sample, assets/chi-bo-mau-2025.xlsx (fictional names). */
export const SAMPLE_OPTIONS = { members: 32, seed: 2025, plantMistakes: true, withMeetings: true } as const;

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? "assets/chi-bo-mau-2025.xlsx");
  mkdirSync(resolve(out, ".."), { recursive: true });
  await buildSampleWorkbook(SAMPLE_OPTIONS).xlsx.writeFile(out);
  process.stdout.write(`Wrote ${out}\n`);
}

if (require.main === module) void main();
