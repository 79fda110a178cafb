import { cpus } from "node:os";
import { benchAnalysis } from "./analysis";

/** `npm run bench`: prints Markdown tables to paste into docs/benchmarks.md. */
async function main(): Promise<void> {
  const only = process.argv[2];
  process.stdout.write(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, Node ${process.version}\n\n`);
  if (!only || only === "analysis") {
    process.stdout.write("## Analysis (recognize + check + compute) vs ExcelJS read\n\n");
    process.stdout.write(
      "| member rows | file | ExcelJS read (median) | analysis (median) | rows/s | analysis ÷ read |\n|---:|---:|---:|---:|---:|---:|\n",
    );
    for (const [rows, runs] of [
      [1000, 7],
      [10000, 5],
      [100000, 5],
    ] as const) {
      const r = await benchAnalysis(rows, runs);
      process.stdout.write(
        `| ${r.rows.toLocaleString("en")} | ${r.fileKiB} KiB | ${r.exceljsReadMs} ms | ${r.analysisMs} ms | ${r.rowsPerSecond.toLocaleString("en")} | ${r.ratio} |\n`,
      );
    }
    process.stdout.write("\n");
  }
}

void main();
