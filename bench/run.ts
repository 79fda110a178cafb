import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { benchAnalysis } from "./analysis";
import { benchOffline } from "./offline";
import { benchLongList, benchRead } from "./read";
import { benchSummarize } from "./summarize";
import { benchSyncs } from "./syncs";

interface BundleFigures {
  initial: { file: string; gzip: number }[];
  deferred: { file: string; gzip: number }[];
  initialGzip: number;
  budget: number;
}

const KB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** `npm run bench [analysis|read|summarize|syncs|bundle|offline|rollup|rollup-scale]`: prints Markdown for docs/benchmarks.md. */
async function main(): Promise<void> {
  const only = process.argv[2];
  const want = (part: string) => !only || only === part;
  const out = (text: string) => process.stdout.write(text);
  out(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, Node ${process.version}\n\n`);

  if (want("analysis")) {
    out("## Analysis (recognize + check + compute) vs ExcelJS read of the same file\n\n");
    out(
      "| member rows | file | ExcelJS read (median) | analysis (median) | rows/s | analysis ÷ read |\n|---:|---:|---:|---:|---:|---:|\n",
    );
    for (const [rows, runs] of [
      [1000, 7],
      [10000, 5],
      [100000, 5],
    ] as const) {
      const r = await benchAnalysis(rows, runs);
      out(
        `| ${r.rows.toLocaleString("en")} | ${r.fileKiB} KiB | ${r.exceljsReadMs} ms | ${r.analysisMs} ms | ${r.rowsPerSecond.toLocaleString("en")} | ${r.ratio} |\n`,
      );
    }
    out("\n");
  }

  if (want("read")) {
    out("## Reading: the whole `chibo check` against bare reads of the same file\n\n");
    out(await benchRead(Number(process.argv[3] ?? 5)));
    out("\n| members | file | `chibo check` CPU | wall | peak RSS |\n|---:|---:|---:|---:|---:|\n");
    out(await benchLongList(300_000));
    out("\n");
  }

  if (want("summarize")) {
    out("## `chibo summarize` vs `chibo check` of the same file (whole processes)\n\n");
    out(
      "| member rows | check (median s) | summarize (median s) | summarize ÷ check, CPU | summarize ÷ check, wall | summarize peak MiB |\n|---:|---:|---:|---:|---:|---:|\n",
    );
    for (const rows of [10000, 60000]) {
      const r = await benchSummarize(rows, 5);
      out(
        `| ${rows.toLocaleString("en")} | ${r.checkSeconds} | ${r.summarizeSeconds} | ${r.cpuRatio.toFixed(2)} | ${r.wallRatio.toFixed(2)} | ${r.summarizePeakMiB} |\n`,
      );
    }
    out("\n");
  }

  if (want("syncs")) {
    out("## Office.js port against the fake Excel host\n\n");
    out(
      "| member rows | syncs to read | read payload | syncs to write all summary sheets | write payload |\n|---:|---:|---:|---:|---:|\n",
    );
    for (const rows of [1000, 100000]) {
      const r = await benchSyncs(rows);
      out(
        `| ${r.rows.toLocaleString("en")} | ${r.readSyncs} | ${r.readMiB} MiB | ${r.writeSyncs} | ${r.writeKiB} KiB |\n`,
      );
    }
    out("\n");
  }

  if (want("bundle")) {
    const dist = join(__dirname, "..", "..", "dist");
    out("## Task pane scripts (gzipped)\n\n");
    if (!existsSync(join(dist, "taskpane.html"))) out("No build: run `npm run build` first.\n\n");
    else {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain Node script shared with `node scripts/bundle-size.js`
      const { measure } = require(join(__dirname, "..", "..", "scripts", "bundle-size.js")) as {
        measure: (dir: string) => BundleFigures;
      };
      const figures = measure(dist);
      out("| script | loaded | gzipped |\n|---|---|---:|\n");
      for (const s of figures.initial) out(`| ${s.file} | at start | ${KB(s.gzip)} |\n`);
      for (const s of figures.deferred) out(`| ${s.file} | when needed | ${KB(s.gzip)} |\n`);
      out(`\nFirst scripts: ${KB(figures.initialGzip)} gzipped (budget ${KB(figures.budget)}).\n\n`);
    }
  }

  if (want("offline")) {
    out("## The offline file chibo.html\n\n");
    const r = await benchOffline();
    if (!r) out("No offline file: run `npm run build:offline` first.\n\n");
    else {
      const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : "—");
      out(`chibo.html: ${KB(r.rawBytes)}, gzipped ${KB(r.gzipBytes)}.\n\n`);
      out(
        `Medians of ${r.runs} openings in headless Chromium, each in a fresh context, after one warm-up:\n\n`,
      );
      out(
        "| | chibo.html (file://, no network) | taskpane.html (served on 127.0.0.1) | ratio |\n|---|---:|---:|---:|\n",
      );
      const row = (label: string, key: "firstPaint" | "ready" | "results") =>
        out(
          `| ${label} | ${r.offline[key]} ms | ${r.served ? `${r.served[key]} ms` : "—"} | ${r.served ? ratio(r.offline[key], r.served[key]) : "—"} |\n`,
        );
      row("opening → first paint", "firstPaint");
      row("opening → pane ready", "ready");
      row("bundled sample chosen → its answer shown", "results");
      out("\n");
    }
  }

  if (want("rollup-scale")) {
    out("## Roll-up of 2,000 unit workbooks vs a bare ExcelJS read of them (whole processes)\n\n");
    out(
      execFileSync(process.execPath, [join(__dirname, "rollup-scale.js"), "2000"], { encoding: "utf8" }) +
        "\n",
    );
  }

  if (want("rollup")) {
    // In its own process, so that its peak memory is not the analysis benchmark's.
    out("## Roll-up of 500 generated unit workbooks\n\n");
    out(
      execFileSync(process.execPath, [join(__dirname, "rollup.js"), "500", "--table-only"], {
        encoding: "utf8",
      }) + "\n",
    );
  }
}

void main();
