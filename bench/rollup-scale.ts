/**
 * `node dist-cli/bench/rollup-scale.js [COUNT]`: the whole `chibo rollup` of COUNT generated unit
 * workbooks beside a bare ExcelJS read of the same files in one process, each a separate process
 * timed by /usr/bin/time (CPU = user + system, wall, peak resident memory), interleaved run by run,
 * ratios taken pair by pair, medians of RUNS. CPU is the figure to quote on a shared machine.
 * Variants: the default (worker threads, one per core but one, each file under its budget),
 * two workers, and the main thread only (CHIBO_ROLLUP_WORKERS=0, no budget).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateUnit, writeUnitFiles, type GeneratedUnit } from "../test/support/generate-units";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHIBO = join(__dirname, "..", "..", "bin", "chibo.js");
const EXCELJS_READ_ALL = `
const { Workbook } = require("exceljs");
const { readdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
(async () => {
  const dir = process.argv[1];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".xlsx")).sort()) {
    const wb = new Workbook();
    await wb.xlsx.load(readFileSync(join(dir, name)));
  }
})();`;

interface Timed {
  seconds: number;
  /** user + system CPU seconds: on a shared machine wall time measures the neighbours too. */
  cpuSeconds: number;
  peakMiB: number;
  exit: number | null;
}

function timed(args: string[], env: NodeJS.ProcessEnv = {}): Timed {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M %x", ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    cwd: join(__dirname, "..", ".."),
    maxBuffer: 64 << 20,
  });
  const last = result.stderr.trim().split("\n").pop() ?? "";
  const [seconds, user, sys, kib, exit] = last.split(" ").map(Number);
  return { seconds, cpuSeconds: user + sys, peakMiB: Math.round(kib / 1024), exit };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function benchRollupScale(count: number, dir: string): string {
  const inputs = join(dir, "in");
  const variants: { name: string; args: string[]; env?: NodeJS.ProcessEnv }[] = [
    {
      name: "bare ExcelJS read of every file, one process",
      args: [process.execPath, "-e", EXCELJS_READ_ALL, inputs],
    },
    {
      name: "chibo rollup (default: workers with budgets)",
      args: [process.execPath, CHIBO, "rollup", inputs, "-o", join(dir, "a.xlsx")],
    },
    {
      name: "chibo rollup, 2 workers",
      args: [process.execPath, CHIBO, "rollup", inputs, "-o", join(dir, "b.xlsx")],
      env: { CHIBO_ROLLUP_WORKERS: "2" },
    },
    {
      name: "chibo rollup, main thread only (no budgets)",
      args: [process.execPath, CHIBO, "rollup", inputs, "-o", join(dir, "c.xlsx")],
      env: { CHIBO_ROLLUP_WORKERS: "0" },
    },
  ];
  // BENCH_VARIANTS=0,1,3 keeps some of them (the bare read, index 0, is the reference: keep it).
  const keep = process.env.BENCH_VARIANTS?.split(",").map(Number);
  if (keep) for (let i = variants.length - 1; i >= 0; i--) if (!keep.includes(i)) variants.splice(i, 1);
  const runs: Timed[][] = variants.map(() => []);
  for (let r = 0; r < RUNS; r++) variants.forEach((v, i) => runs[i].push(timed(v.args, v.env)));
  const pairs = (i: number, key: "seconds" | "cpuSeconds") =>
    median(runs[i].map((t, k) => t[key] / runs[0][k][key])).toFixed(2);
  const lines = [
    "| variant | CPU s (median) | wall s (median) | ÷ bare ExcelJS read, CPU (median of pairs) | ÷ bare read, wall | peak RSS MiB (median) | exit codes |",
    "|---|---:|---:|---:|---:|---:|---|",
  ];
  variants.forEach((v, i) => {
    const list = runs[i];
    lines.push(
      `| ${v.name} | ${median(list.map((t) => t.cpuSeconds)).toFixed(1)} | ${median(list.map((t) => t.seconds)).toFixed(1)} | **${pairs(i, "cpuSeconds")}** | ${pairs(i, "seconds")} | ${median(list.map((t) => t.peakMiB))} | ${[...new Set(list.map((t) => t.exit))].join(", ")} |`,
    );
  });
  return lines.join("\n");
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 2000);
  const dir = mkdtempSync(join(tmpdir(), "chibo-bench-scale-"));
  try {
    const units: GeneratedUnit[] = [];
    for (let i = 1; i <= count; i++)
      units.push(generateUnit({ name: `Chi bộ số ${i}`, parent: "Đảng bộ Bench", seed: i, capSafe: true }));
    await writeUnitFiles(join(dir, "in"), units);
    const mib =
      readdirSync(join(dir, "in")).reduce((s, n) => s + statSync(join(dir, "in", n)).size, 0) / 2 ** 20;
    process.stdout.write(
      `${count} unit workbooks (${mib.toFixed(1)} MiB, ${units.reduce((s, u) => s + u.members.length, 0)} members), ${RUNS} interleaved runs:\n\n`,
    );
    process.stdout.write(benchRollupScale(count, dir) + "\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
