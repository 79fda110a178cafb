/**
 * One measured read in a process of its own (`node dist-cli/bench/read-probe.js MODE FILE`):
 * prints { wallMs, cpuMs, maxRssMiB } from the process's start to the end of the work, so that
 * each figure includes loading the modules the work needs, as a user's command does.
 * - check:   the whole `chibo check FILE` (output discarded), loaded as bin/chibo.js loads it: the
 *            bundle with its code cache (src/cli/load.ts)
 * - exceljs: a bare ExcelJS load of the file (its model only, no grids)
 * - scan:    a bare unzip-and-scan: Node's zlib inflates every part, and every cell's value text
 *            is found with indexOf (the least any reader must do)
 * - lean:    chibo's reader alone (grids, no analysis)
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { inflateRawSync } from "node:zlib";

async function work(mode: string, file: string): Promise<number> {
  switch (mode) {
    case "check": {
      const { loadCli } = await import("../src/cli/load");
      const { cli, from } = loadCli();
      // Measuring the modules one by one would not be what users run: the build is incomplete.
      if (from !== "bundle+cache") throw new Error(`the CLI loaded from ${from}: run npm run build:cli`);
      return cli.run(["check", file], { stdout: () => undefined, stderr: () => undefined });
    }
    case "exceljs": {
      const { Workbook } = await import("exceljs");
      const workbook = new Workbook();
      await workbook.xlsx.readFile(file);
      return workbook.worksheets.length;
    }
    case "scan":
      return bareScan(new Uint8Array(readFileSync(file)));
    case "lean": {
      const { readWorkbookFile } = await import("../src/xlsx/node-files");
      return (await readWorkbookFile(file)).length;
    }
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

/** Inflates every deflated part of the zip and collects every <v> text of every sheet. */
function bareScan(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const values: string[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    const data = bytes.subarray(start, start + compressed);
    const raw = method === 8 ? inflateRawSync(data) : data;
    if (!name.startsWith("xl/worksheets/") && !name.endsWith("sharedStrings.xml")) continue;
    const xml = decoder.decode(raw);
    for (let p = xml.indexOf("<v>"); p >= 0; p = xml.indexOf("<v>", p)) {
      const close = xml.indexOf("</v>", p);
      values.push(xml.slice(p + 3, close));
      p = close;
    }
  }
  return values.length;
}

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  const result = await work(mode, file);
  const cpu = process.cpuUsage();
  process.stdout.write(
    JSON.stringify({
      result,
      wallMs: Math.round(performance.now()),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

void main();
