import { readFileSync, writeFileSync, mkdtempSync, rmSync, statSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { run } from "../src/cli/main";
import { generateUnit, writeUnitFiles, type GeneratedUnit } from "../test/support/generate-units";

export interface RollupBenchRow {
  units: number;
  members: number;
  /** Size of the submitted files together. */
  filesMiB: number;
  /** Reading every file, consolidating, writing the output (the whole `chibo rollup` command). */
  rollupSeconds: number;
  /** Highest resident set size seen while the roll-up ran (sampled), and the kernel's high-water mark. */
  peakRssMiB: number;
  vmHwmMiB: number | null;
  exitCode: number;
}

const MiB = 1024 * 1024;

/**
 * `chibo rollup` over `count` generated unit workbooks (about 30 members each, the three layouts
 * in turn, all raw lists so that every file is read and analysed) in a temporary folder.
 */
export async function benchRollup(count = 500): Promise<RollupBenchRow> {
  const dir = mkdtempSync(join(tmpdir(), "chibo-bench-rollup-"));
  try {
    const units: GeneratedUnit[] = [];
    for (let i = 1; i <= count; i++)
      units.push(generateUnit({ name: `Chi bộ số ${i}`, parent: "Đảng bộ Bench", seed: i, capSafe: true }));
    const inputs = join(dir, "in");
    await writeUnitFiles(inputs, units);
    const filesMiB = readdirSync(inputs).reduce((s, name) => s + statSync(join(inputs, name)).size, 0) / MiB;

    resetPeakMemory();
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const start = performance.now();
    const exitCode = await run(["rollup", inputs, "-o", join(dir, "out.xlsx")], {
      stdout: () => undefined,
      stderr: () => undefined,
    });
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);

    return {
      units: count,
      members: units.reduce((s, u) => s + u.members.length, 0),
      filesMiB: round(filesMiB, 1),
      rollupSeconds: round(seconds, 2),
      peakRssMiB: Math.round(peak / MiB),
      vmHwmMiB: vmHwmMiB(),
      exitCode,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function rollupTableHeader(): string {
  return "| units | members | files | roll-up (read + consolidate + write) | peak RSS (sampled) | VmHWM | exit |\n|---:|---:|---:|---:|---:|---:|---:|\n";
}

export function rollupTableRow(r: RollupBenchRow): string {
  return `| ${r.units} | ${r.members.toLocaleString("en")} | ${r.filesMiB} MiB | ${r.rollupSeconds} s | ${r.peakRssMiB} MiB | ${r.vmHwmMiB ?? "—"} MiB | ${r.exitCode} |\n`;
}

/** Linux: writing 5 to clear_refs resets the peak RSS (VmHWM), so it measures the roll-up alone. */
function resetPeakMemory(): void {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
  } catch {
    // Not Linux, or not allowed: VmHWM then includes the generation.
  }
}

function vmHwmMiB(): number | null {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync("/proc/self/status", "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** Run on its own: `node dist-cli/bench/rollup.js [count]`. */
if (require.main === module) {
  const count = Number(process.argv[2] ?? 500);
  void benchRollup(Number.isInteger(count) && count > 0 ? count : 500).then((row) => {
    const table = rollupTableHeader() + rollupTableRow(row);
    process.stdout.write(process.argv.includes("--table-only") ? table : "## Roll-up\n\n" + table);
  });
}
