/**
 * `chibo summarize` beside `chibo check` of the same member list, each a whole process timed by
 * /usr/bin/time, interleaved, medians of the pair ratios (design.md: summarize at most 1.3× check).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSampleWorkbook } from "../scripts/sample-workbook";

const CHIBO = join(__dirname, "..", "..", "bin", "chibo.js");

function timed(args: string[]): { seconds: number; cpu: number; peakMiB: number } {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", process.execPath, CHIBO, ...args], {
    encoding: "utf8",
  });
  const [seconds, user, sys, kib] = (result.stderr.trim().split("\n").pop() ?? "").split(" ").map(Number);
  return { seconds, cpu: user + sys, peakMiB: Math.round(kib / 1024) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export interface SummarizeBenchRow {
  rows: number;
  checkSeconds: number;
  summarizeSeconds: number;
  /** Median of summarize ÷ check, pair by pair, in CPU seconds (wall on a shared machine drifts). */
  cpuRatio: number;
  wallRatio: number;
  summarizePeakMiB: number;
}

export async function benchSummarize(rows: number, runs: number): Promise<SummarizeBenchRow> {
  const dir = mkdtempSync(join(tmpdir(), "chibo-bench-sum-"));
  try {
    const file = join(dir, "list.xlsx");
    const book = buildSampleWorkbook({ members: rows, seed: rows, plantMistakes: true, withMeetings: false });
    writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
    const check: ReturnType<typeof timed>[] = [];
    const summarize: ReturnType<typeof timed>[] = [];
    timed(["check", file]); // warm-up
    for (let i = 0; i < runs; i++) {
      check.push(timed(["check", file]));
      summarize.push(timed(["summarize", file, "-o", join(dir, "out.xlsx")]));
    }
    return {
      rows,
      checkSeconds: median(check.map((t) => t.seconds)),
      summarizeSeconds: median(summarize.map((t) => t.seconds)),
      cpuRatio: median(summarize.map((t, i) => t.cpu / check[i].cpu)),
      wallRatio: median(summarize.map((t, i) => t.seconds / check[i].seconds)),
      summarizePeakMiB: median(summarize.map((t) => t.peakMiB)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
