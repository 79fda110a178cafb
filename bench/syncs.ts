import { performance } from "node:perf_hooks";
import { analyzeWorkbook } from "../src/core/analyze";
import type { CellValue, Grid } from "../src/core/grid/types";
import { buildSummarySheets } from "../src/core/summary/build";
import { OfficeWorkbookPort } from "../src/excel/port";
import { generateMembers } from "../scripts/sample-data";
import { FakeExcelHost } from "../test/support/fake-excel/host";
import { FakeWorkbook } from "../test/support/fake-excel/workbook-model";
import { wordsFor } from "../src/i18n";

export interface SyncBenchRow {
  rows: number;
  readSyncs: number;
  readMiB: number;
  readMs: number;
  writeSyncs: number;
  writeKiB: number;
}

/** A member list as Office.js would hand it over: header rows, then one row per member. */
function memberGrid(count: number): Grid {
  const rows: CellValue[][] = [
    ["ĐẢNG BỘ PHƯỜNG HÒA AN"],
    ["CHI BỘ KHU PHỐ 5"],
    [],
    ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Số thẻ đảng viên", "Xếp loại", "Ghi chú"],
  ];
  generateMembers(count, count).forEach((m, i) =>
    rows.push([i + 1, m.name, m.birthYear, m.position, m.card, m.levelText, m.notes || null]),
  );
  return { name: "Danh sách đảng viên", rows };
}

/**
 * Syncs and payload to read a workbook of `count` member rows through the Office.js port, and to
 * write all summary sheets, against the fake Excel host (real proxy semantics, the 5 MB limit).
 */
export async function benchSyncs(count: number): Promise<SyncBenchRow> {
  const host = new FakeExcelHost(FakeWorkbook.fromGrids([memberGrid(count)]));
  const port = new OfficeWorkbookPort({ run: host.excelRun, isSetSupported: host.isSetSupported });
  const start = performance.now();
  const grids = await port.readSheets();
  const readMs = performance.now() - start;
  const readSyncs = host.syncCount;
  const readBytes = host.syncs.reduce((sum, s) => sum + s.requestBytes + s.responseBytes, 0);
  const specs = buildSummarySheets(analyzeWorkbook(grids, { words: wordsFor("vi") }), {
    words: wordsFor("vi"),
    date: new Date(2025, 11, 20),
  });
  const before = host.syncs.length;
  await port.writeSheets(specs);
  const writes = host.syncs.slice(before);
  return {
    rows: count,
    readSyncs,
    readMiB: Math.round((readBytes / 1024 / 1024) * 10) / 10,
    readMs: Math.round(readMs),
    writeSyncs: writes.length,
    writeKiB: Math.round(writes.reduce((sum, s) => sum + s.requestBytes + s.responseBytes, 0) / 1024),
  };
}
