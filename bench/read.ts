import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSampleWorkbook } from "../scripts/sample-workbook";

interface Probe {
  wallMs: number;
  cpuMs: number;
  maxRssMiB: number;
}

function probe(mode: string, file: string): Probe {
  const out = execFileSync(process.execPath, [join(__dirname, "read-probe.js"), mode, file], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as Probe;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Each mode in its own process, the modes interleaved run by run (A B C D A B C D …) so that a
 * drift of the shared machine's speed hits them alike; the ratios are taken run by run, then
 * their median. CPU time (user + system) is the figure compared: on a machine shared with other
 * work, wall time measures the neighbours as much as the program.
 */
function compare(file: string, modes: readonly string[], runs: number): Map<string, Probe[]> {
  const results = new Map<string, Probe[]>(modes.map((m) => [m, []]));
  for (const mode of modes) probe(mode, file); // warm-up: the file in the page cache
  for (let i = 0; i < runs; i++) for (const mode of modes) results.get(mode)?.push(probe(mode, file));
  return results;
}

/** CPU of a over b, run by run (each pair ran back to back). */
function pairRatios(results: Map<string, Probe[]>, a: string, b: string): number[] {
  const as = results.get(a) ?? [];
  const bs = results.get(b) ?? [];
  return as.map((x, i) => x.cpuMs / bs[i].cpuMs);
}

function ratio(results: Map<string, Probe[]>, a: string, b: string): number {
  return round2(median(pairRatios(results, a, b)));
}

/**
 * The lowest and highest of the run-by-run ratios: on a shared machine one median can fall either
 * side of a budget, and the spread says how far to trust it.
 */
function ratioRange(results: Map<string, Probe[]>, a: string, b: string): string {
  const ratios = pairRatios(results, a, b);
  return `${round2(Math.min(...ratios))}–${round2(Math.max(...ratios))}`;
}

function cell(results: Map<string, Probe[]>, mode: string): string {
  const list = results.get(mode) ?? [];
  return `${median(list.map((p) => p.cpuMs))} ms (${median(list.map((p) => p.wallMs))} ms wall, ${median(list.map((p) => p.maxRssMiB))} MiB)`;
}

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** `npm run bench -- read`: the whole check against bare reads of the same file; Markdown. */
export async function benchRead(runs = 5, sizes: readonly number[] = [60_000, 100_000]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "chibo-bench-read-"));
  let out = "";
  try {
    out +=
      "| members | file | `chibo check` (CPU, wall, peak RSS) | bare ExcelJS load | bare unzip-and-scan | chibo's reader alone | check ÷ ExcelJS | check ÷ scan |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    const files = new Map<number, string>();
    for (const members of sizes) {
      const file = join(dir, `members-${members}.xlsx`);
      await buildSampleWorkbook({
        members,
        seed: members,
        plantMistakes: true,
        withMeetings: false,
      }).xlsx.writeFile(file);
      files.set(members, file);
      const r = compare(file, ["check", "exceljs", "scan", "lean"], runs);
      out += `| ${members.toLocaleString("en")} | ${(statSync(file).size / 1048576).toFixed(1)} MiB | ${cell(r, "check")} | ${cell(r, "exceljs")} | ${cell(r, "scan")} | ${cell(r, "lean")} | **${ratio(r, "check", "exceljs")}** | **${ratio(r, "check", "scan")}** |\n`;
    }
    const largest = files.get(Math.max(...sizes));
    if (largest && hasSoffice()) {
      execFileSync(
        "soffice",
        [
          "--headless",
          `-env:UserInstallation=file://${dir}/profile`,
          "--convert-to",
          "xls",
          "--outdir",
          dir,
          largest,
        ],
        { stdio: "ignore", timeout: 900_000 },
      );
      const xls = largest.replace(/\.xlsx$/, ".xls");
      const r = compare(xls, ["check", "lean"], runs);
      const x = compare(largest, ["check", "lean"], runs);
      out += `\nThe same ${Math.max(...sizes).toLocaleString("en")}-member list as .xlsx and as .xls (saved by LibreOffice), CPU time:\n\n`;
      out +=
        "| file | `chibo check` | the reader alone (grids) | check ÷ reader | lowest–highest run |\n|---|---:|---:|---:|---:|\n";
      out += `| .xlsx (${(statSync(largest).size / 1048576).toFixed(1)} MiB), lean reader | ${cell(x, "check")} | ${cell(x, "lean")} | ${ratio(x, "check", "lean")} | ${ratioRange(x, "check", "lean")} |\n`;
      out += `| .xls (${(statSync(xls).size / 1048576).toFixed(1)} MiB), SheetJS | ${cell(r, "check")} | ${cell(r, "lean")} | ${ratio(r, "check", "lean")} | ${ratioRange(r, "check", "lean")} |\n`;
    } else out += "\nsoffice is not installed: the .xls figures are left out.\n";
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `chibo check` of a very long list, in its own process: its CPU time and peak memory. */
export async function benchLongList(members = 300_000): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "chibo-bench-long-"));
  try {
    const file = join(dir, `members-${members}.xlsx`);
    await buildSampleWorkbook({ members, seed: 3, plantMistakes: true, withMeetings: false }).xlsx.writeFile(
      file,
    );
    const p = probe("check", file);
    return `| ${members.toLocaleString("en")} | ${(statSync(file).size / 1048576).toFixed(1)} MiB | ${p.cpuMs} ms | ${p.wallMs} ms | ${p.maxRssMiB} MiB |\n`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
