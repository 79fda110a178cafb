/**
 * The hostile, damaged and unusual workbooks of issue 12's corpus, written part by part (never
 * copies of files). Shared by `chibo check`'s corpus test and the roll-up over the same corpus.
 */
import { execFileSync } from "node:child_process";
import { strToU8, zipSync } from "fflate";
import { memberRows, numberCell, rawParts, rawXlsx, textCell } from "./raw-xlsx";

/** Sets the uncompressed size a zip's central directory declares for one entry. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const needle = strToU8(name);
  for (let i = 0; i < out.length - 46; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    const stored = out.subarray(i + 46, i + 46 + length);
    if (length === needle.length && stored.every((b, k) => b === needle[k]))
      view.setUint32(i + 24, size, true);
  }
  return out;
}

/** A zip bomb that declares its real size (2 GiB). */
export function bombDeclared(): Uint8Array {
  const zip = rawXlsx([{ name: "DS", rows: memberRows(3) }]);
  return declareSize(zip, "xl/worksheets/sheet1.xml", 0x7fffffff);
}

/** A zip bomb that lies about its size: 20 MB inflated from a part declared as 1 KB. */
export function bombLying(): Uint8Array {
  const parts = rawParts([{ name: "DS", rows: memberRows(3) }]);
  parts["xl/worksheets/sheet1.xml"] = strToU8(
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${" ".repeat(20_000_000)}</sheetData></worksheet>`,
  );
  return declareSize(zipSync(parts, { level: 1 }), "xl/worksheets/sheet1.xml", 1024);
}

/** XML entity expansion (billion laughs). */
export function entityExpansion(): Uint8Array {
  const entities = Array.from({ length: 9 }, (_, i) =>
    i === 0 ? '<!ENTITY l0 "lol">' : `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`,
  ).join("");
  const xml = `<?xml version="1.0"?><!DOCTYPE worksheet [${entities}]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&l8;</t></is></c></row></sheetData></worksheet>`;
  return rawXlsx([{ name: "DS", rows: "", xml }]);
}

export function manySheets(count = 2000): Uint8Array {
  return rawXlsx(Array.from({ length: count }, (_, i) => ({ name: `S${i + 1}`, rows: "" })));
}

/** Values far to the right on 7,000 rows: a span of 115 million cells. */
export function farRight(): Uint8Array {
  let rows = "";
  for (let r = 1; r <= 7_000; r++) rows += `<row r="${r}">${numberCell(`XFD${r}`, r)}</row>`;
  return rawXlsx([{ name: "DS", rows }]);
}

/** The first half of a workbook of 50 members. */
export function truncatedWorkbook(): Uint8Array {
  const zip = rawXlsx([{ name: "DS", rows: memberRows(50) }]);
  return zip.subarray(0, Math.floor(zip.length / 2));
}

/** Legal: 20 members and a few values scattered to the far corner (XFD1048576). */
export function farCorner(): Uint8Array {
  const rows =
    memberRows(20) +
    `<row r="500000">${numberCell("XFD500000", 1)}</row><row r="1048576">${numberCell("A1048576", 2)}${numberCell("XFD1048576", 3)}</row>`;
  return rawXlsx([{ name: "DS", rows }]);
}

/** Legal: 20 members under one merged area over the whole sheet. */
export function wholeSheetMerge(): Uint8Array {
  return rawXlsx([
    {
      name: "DS",
      rows: memberRows(20, 2),
      after: '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    },
  ]);
}

/** Legal: 200 members and 30,000 merged areas. */
export function thirtyThousandMerges(): Uint8Array {
  let merges = "";
  for (let r = 100; r < 30_100; r++) merges += `<mergeCell ref="D${r}:F${r}"/>`;
  return rawXlsx([
    { name: "DS", rows: memberRows(200), after: `<mergeCells count="30000">${merges}</mergeCells>` },
  ]);
}

/** Legal: 10 members and a 17,000-character cell. */
export function longCell(): Uint8Array {
  const rows = memberRows(10) + `<row r="30">${textCell("B30", "Ghi chú ".repeat(2125))}</row>`;
  return rawXlsx([{ name: "DS", rows }]);
}

/** Legal: sheet names longer than 31 characters, differing only in case, with quotes and symbols. */
export const ODD_NAME = "Danh sách đảng viên chi bộ thôn 4 năm 2025 (bản chính)";
export function oddSheetNames(): Uint8Array {
  return rawXlsx([
    { name: ODD_NAME, rows: memberRows(10) },
    { name: "ds", rows: memberRows(3) },
    { name: "DS", rows: memberRows(4) },
    { name: 'O\'Brien & "Co" <1>', rows: "" },
  ]);
}

/** A python3 that has openpyxl (Debian's python3-openpyxl; a pyenv shim may come first on PATH). */
export const openpyxlPython = ["python3", "/usr/bin/python3"].find((candidate) => {
  try {
    execFileSync(candidate, ["-c", "import openpyxl"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
});

const OPENPYXL_CHART_SCRIPT = `
import sys
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
wb = Workbook()
ws = wb.active
ws.title = "DS"
ws.append(["STT", "Họ và tên", "Xếp loại"])
levels = ["Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ"]
for i in range(1, 31):
    ws.append([i, "Trần Thị %d" % i, levels[i % 3 if i % 5 else 1]])
ws["B2"].comment = Comment("Bí thư chi bộ", "Văn phòng")
chart = BarChart()
chart.add_data(Reference(ws, min_col=1, min_row=1, max_row=31), titles_from_data=True)
ws.add_chart(chart, "E2")
wb.save(sys.argv[1])
`;

/** Legal: 30 members, a chart and a comment, written by openpyxl (needs openpyxlPython). */
export function writeOpenpyxlChartWorkbook(path: string): void {
  execFileSync(openpyxlPython ?? "python3", ["-c", OPENPYXL_CHART_SCRIPT, path]);
}
