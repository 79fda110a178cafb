import { columnLetter } from "../grid/address";
import type { UnitInfo } from "../types";
import { summaryCode } from "./integrity";
import { encodeMarker, encodeRowMarker, SUMMARY_FORMAT_VERSION, type SummaryKind } from "./marker";
import type { SheetSpec, SpecCell } from "./spec";
import type { Words } from "../words";

export type TableValue = string | number | null;

export interface TableColumn {
  /** Header text; a column with a `group` sits under a merged group header. */
  header: string;
  group?: string;
  width: number;
  /** Number format for numbers in this column ("0", "0.0"); text is always "@". */
  numberFormat?: string;
  align?: "left" | "center" | "right";
}

export interface ReportContent {
  kind: SummaryKind;
  name: string;
  title: string;
  subtitle: string;
  unit: UnitInfo;
  criteriaId: string;
  columns: TableColumn[];
  rows: TableValue[][];
  /** The total row (its first cells are usually "" and "Tổng cộng"). */
  total: TableValue[] | null;
  /** Lines printed under the table, before the signature block. */
  notes?: string[];
  /** Internal links by data row index and column: "'Sheet'!H29". */
  links?: Map<string, string>;
  date: Date;
  words: Words;
}

const BORDERED = { border: true, vertical: "middle" as const, wrap: true };

function text(value: string, extra: Partial<SpecCell> = {}): SpecCell {
  return { value, numberFormat: "@", ...extra };
}

/**
 * Lays out one printable report as a sheet spec (domain.md "Report conventions"): committee
 * above and unit top left, "ĐẢNG CỘNG SẢN VIỆT NAM" and the date top right, a centred title, the
 * table with its total row, notes, then "Nơi nhận" and the signature block. A4 landscape fitted
 * to the width. A hidden column right of the table carries chibo's marker and each row's numbers.
 */
export function layoutReport(content: ReportContent): SheetSpec {
  const { columns, words, unit } = content;
  const width = columns.length;
  const markerCol = width;
  const cells: (SpecCell | undefined)[][] = [];
  const merges: SheetSpec["merges"] = [];
  const put = (row: number, col: number, cell: SpecCell) => {
    while (cells.length <= row) cells.push([]);
    cells[row][col] = cell;
  };
  const leftSpan = Math.max(1, Math.min(4, Math.floor(width / 2)));
  const rightStart = Math.max(leftSpan, width - Math.max(3, Math.floor(width / 2)));
  const mergeRow = (row: number, left: number, right: number) => {
    if (right > left) merges.push({ top: row, left, bottom: row, right });
  };

  // Header block.
  put(0, 0, text((unit.parent ?? "").toLocaleUpperCase("vi"), { horizontal: "center" }));
  put(0, rightStart, text(words.text("summary.party"), { bold: true, horizontal: "center" }));
  put(1, 0, text(unit.name.toLocaleUpperCase("vi"), { bold: true, horizontal: "center" }));
  const dateParams = {
    day: content.date.getDate(),
    month: content.date.getMonth() + 1,
    year: content.date.getFullYear(),
  };
  put(
    1,
    rightStart,
    text(
      unit.place
        ? words.text("summary.dateLine", { ...dateParams, place: unit.place })
        : words.text("summary.dateLineNoPlace", dateParams),
      {
        italic: true,
        horizontal: "center",
      },
    ),
  );
  put(2, 0, text("*", { horizontal: "center" }));
  for (const row of [0, 1, 2]) mergeRow(row, 0, leftSpan - 1);
  for (const row of [0, 1]) mergeRow(row, rightStart, width - 1);
  put(4, 0, text(content.title, { bold: true, fontSize: TITLE_SIZE, horizontal: "center" }));
  put(5, 0, text(content.subtitle, { italic: true, horizontal: "center", wrap: true }));
  mergeRow(4, 0, width - 1);
  mergeRow(5, 0, width - 1);

  // Table header: one or two rows depending on groups.
  const headerTop = 7;
  const grouped = columns.some((c) => c.group);
  const headerBottom = grouped ? headerTop + 1 : headerTop;
  for (let c = 0; c < width; c++) {
    const column = columns[c];
    const headerCell = (value: string) =>
      text(value, { ...BORDERED, bold: true, horizontal: "center", fill: "FFE8EEF7" });
    if (!grouped) put(headerTop, c, headerCell(column.header));
    else if (!column.group) {
      put(headerTop, c, headerCell(column.header));
      put(headerBottom, c, headerCell(""));
      merges.push({ top: headerTop, left: c, bottom: headerBottom, right: c });
    } else {
      const groupStart = c === 0 || columns[c - 1].group !== column.group;
      if (groupStart) {
        let end = c;
        while (end + 1 < width && columns[end + 1].group === column.group) end++;
        put(headerTop, c, headerCell(column.group));
        for (let k = c + 1; k <= end; k++) put(headerTop, k, headerCell(""));
        mergeRow(headerTop, c, end);
      }
      put(headerBottom, c, headerCell(column.header));
    }
  }

  // Data rows and the total row.
  const firstDataRow = headerBottom + 1;
  const writeRow = (
    row: number,
    values: TableValue[],
    bold: boolean,
    links?: (col: number) => string | undefined,
  ) => {
    values.forEach((value, c) => {
      const column = columns[c];
      const link = links?.(c);
      // Each cell built in one literal (BORDERED's fields), not spread twice: a roll-up's tables
      // have a row per unit, thousands of them.
      const cell: SpecCell =
        typeof value === "number"
          ? {
              value,
              numberFormat: column?.numberFormat ?? "0",
              border: true,
              vertical: "middle",
              wrap: true,
              bold,
              horizontal: column?.align ?? "right",
            }
          : {
              value: value ?? "",
              numberFormat: "@",
              border: true,
              vertical: "middle",
              wrap: true,
              bold,
              horizontal: column?.align ?? "left",
            };
      if (link) cell.link = link;
      put(row, c, cell);
    });
    put(row, markerCol, text(encodeRowMarker(values)));
  };
  content.rows.forEach((values, i) =>
    writeRow(firstDataRow + i, values, false, (c) => content.links?.get(`${i}:${c}`)),
  );
  const totalRow = firstDataRow + content.rows.length;
  if (content.total) writeRow(totalRow, content.total, true);
  const tableEnd = content.total ? totalRow : totalRow - 1;

  // Notes and signature block: recipients left; right the collective that signs, the title, room
  // for the signature and a line for the signer's name.
  let row = tableEnd + 2;
  for (const note of content.notes ?? []) {
    put(row, 0, text(note, { italic: true, wrap: false }));
    row++;
  }
  row++;
  const signature = (at: number, value: string, extra: Partial<SpecCell> = {}) => {
    put(at, rightStart, text(value, { horizontal: "center", ...extra }));
    mergeRow(at, rightStart, width - 1);
  };
  put(row, 0, text(words.text("summary.recipients"), { bold: true, italic: true }));
  signature(row, words.text("summary.onBehalf", { unit: unitTitle(unit.name) }), { bold: true });
  put(
    row + 1,
    0,
    text(
      unit.parent
        ? words.text("summary.recipientUp", { parent: committeeOf(unit.parent) })
        : words.text("summary.recipientUpGeneric"),
    ),
  );
  signature(row + 1, words.text("summary.secretary"), { bold: true });
  put(row + 2, 0, text(words.text("summary.recipientFile")));
  signature(row + 5, words.text("summary.signerLine"));
  const lastPrinted = row + 5;

  // The marker, with the integrity code of every value of the table.
  const tableRows = content.total ? [...content.rows, content.total] : content.rows;
  const identity = {
    format: SUMMARY_FORMAT_VERSION,
    kind: content.kind,
    criteria: content.criteriaId,
    unit: unit.name,
    parent: unit.parent,
    period: unit.period,
    headerRow: headerTop + 1,
    firstDataRow: firstDataRow + 1,
    totalRow: content.total ? totalRow + 1 : 0,
    markerColumn: markerCol,
  };
  const code = summaryCode(identity, tableRows);
  put(0, markerCol, text(encodeMarker({ ...identity, code })));

  return {
    name: content.name,
    cells,
    merges,
    columnWidths: [...columns.map((c) => c.width), 12],
    hiddenColumns: [markerCol],
    page: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      // A unit of up to 30 cells prints on one page; longer tables flow onto more pages.
      ...(content.rows.length <= ONE_PAGE_ROWS ? { fitToHeight: 1 } : {}),
      printTitleRows: [headerTop + 1, headerBottom + 1],
      printArea: `A1:${columnLetter(width - 1)}${lastPrinted + 1}`,
    },
    freezeRows: headerBottom,
    font: { ...REPORT_FONT },
    rowHeights: wrappedRowHeights(cells, [...columns.map((c) => c.width), 12], merges),
  };
}

/** Times New Roman, 13 pt: the font and size of Vietnamese administrative documents. */
export const REPORT_FONT = { name: "Times New Roman", size: 13 } as const;
const TITLE_SIZE = 14;
/** Tables up to this many rows (a unit of up to 30 cells) are shrunk onto one page. */
const ONE_PAGE_ROWS = 30;
/** Points per line of 13 pt text, as LibreOffice and Excel space it, and the cell's padding. */
const LINE_POINTS = 17;
const ROW_PADDING = 3;
/**
 * Characters of 13 pt Times New Roman (bold, the widest) that fit in one column width unit: a unit
 * is a digit of the default 11 pt font (7 px); a Vietnamese letter of bold 13 pt Times is about 8.6 px.
 */
const CHARACTERS_PER_UNIT = 7 / 8.6;

/** Lines a text needs in a cell `width` units wide, wrapping at spaces as spreadsheet programs do. */
export function wrappedLines(value: string, width: number, fontSize: number = REPORT_FONT.size): number {
  const capacity = Math.max(1, Math.floor((width * CHARACTERS_PER_UNIT * REPORT_FONT.size) / fontSize) - 1);
  let lines = 0;
  for (const paragraph of value.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const length = word.length;
      if (used === 0) {
        used = length;
      } else if (used + 1 + length <= capacity) {
        used += 1 + length;
        continue;
      } else {
        lines++;
        used = length;
      }
      // A word longer than the line is broken across lines.
      while (used > capacity) {
        lines++;
        used -= capacity;
      }
    }
  }
  return Math.max(1, lines);
}

/**
 * Heights for rows whose wrapped cells need several lines: neither Excel nor LibreOffice grows a
 * row for wrapped text written by another program. A cell merged over several rows shares its
 * lines out among them: the last row it covers gets what the rows above do not give.
 */
function wrappedRowHeights(
  cells: (SpecCell | undefined)[][],
  widths: number[],
  merges: SheetSpec["merges"],
): { row: number; points: number }[] {
  const lineHeight = (size: number) => Math.ceil((LINE_POINTS * size) / REPORT_FONT.size);
  const needed = new Map<number, number>();
  const tall: { top: number; bottom: number; points: number }[] = [];
  cells.forEach((line, row) => {
    line.forEach((cell, col) => {
      if (!cell?.wrap || typeof cell.value !== "string" || !cell.value) return;
      const merge = merges.find((m) => m.top === row && m.left === col);
      let width = 0;
      for (let c = col; c <= (merge ? merge.right : col); c++) width += widths[c] ?? 10;
      const size = cell.fontSize ?? REPORT_FONT.size;
      const points = wrappedLines(cell.value, width, size) * lineHeight(size) + ROW_PADDING;
      if (merge && merge.bottom > row) tall.push({ top: row, bottom: merge.bottom, points });
      else needed.set(row, Math.max(needed.get(row) ?? 0, points));
    });
  });
  const single = lineHeight(REPORT_FONT.size) + ROW_PADDING;
  for (const { top, bottom, points } of tall) {
    let above = 0;
    for (let r = top; r < bottom; r++) above += needed.get(r) ?? single;
    needed.set(bottom, Math.max(needed.get(bottom) ?? single, points - above));
  }
  return [...needed.entries()]
    .filter(([, points]) => points > single)
    .sort(([a], [b]) => a - b)
    .map(([row, points]) => ({ row, points: Math.min(409, points) }));
}

/** The committee that receives a report: "Đảng bộ phường X" is led by "Đảng ủy phường X". */
export function committeeOf(parent: string): string {
  return parent.replace(/^\s*đảng bộ/iu, "Đảng ủy");
}

/** "T/M CHI BỘ" / "T/M ĐẢNG ỦY": the collective that signs, from the unit's name. */
function unitTitle(name: string): string {
  const upper = name.toLocaleUpperCase("vi");
  if (upper.startsWith("ĐẢNG BỘ")) return "ĐẢNG ỦY";
  if (upper.startsWith("CHI BỘ")) return "CHI BỘ";
  return upper || "CẤP ỦY";
}
