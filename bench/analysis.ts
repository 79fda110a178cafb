import { performance } from "node:perf_hooks";
import { analyzeWorkbook } from "../src/core/analyze";
import { gridsFromBook, readXlsx } from "../test/support/exceljs/read";
import { buildSampleWorkbook } from "../scripts/sample-workbook";
import { wordsFor } from "../src/i18n";

export interface AnalysisBenchRow {
  rows: number;
  fileKiB: number;
  exceljsReadMs: number;
  analysisMs: number;
  rowsPerSecond: number;
  ratio: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Analysis of a member list of `rows` rows (recognize, check, compute) beside the time ExcelJS
 * needs to read the same file into grids. Medians of `runs` runs; the first, warm-up run is dropped.
 */
export async function benchAnalysis(rows: number, runs: number): Promise<AnalysisBenchRow> {
  const book = buildSampleWorkbook({ members: rows, seed: rows, plantMistakes: true, withMeetings: false });
  const data = new Uint8Array(await book.xlsx.writeBuffer());
  const readTimes: number[] = [];
  const analysisTimes: number[] = [];
  let total = -1;
  for (let i = 0; i <= runs; i++) {
    const startRead = performance.now();
    const grids = gridsFromBook(await readXlsx(data));
    const read = performance.now() - startRead;
    const startAnalysis = performance.now();
    const analysis = analyzeWorkbook(grids, { words: wordsFor("vi") });
    const analysisTime = performance.now() - startAnalysis;
    total = analysis.results.members?.total ?? -1;
    if (i > 0) {
      readTimes.push(read);
      analysisTimes.push(analysisTime);
    }
  }
  if (total !== rows) throw new Error(`bench: expected ${rows} members, analysis found ${total}`);
  const analysisMs = median(analysisTimes);
  const exceljsReadMs = median(readTimes);
  return {
    rows,
    fileKiB: Math.round(data.byteLength / 1024),
    exceljsReadMs: Math.round(exceljsReadMs),
    analysisMs: Math.round(analysisMs * 10) / 10,
    rowsPerSecond: Math.round(rows / (analysisMs / 1000)),
    ratio: Math.round((analysisMs / exceljsReadMs) * 1000) / 1000,
  };
}
