import { gridWidth } from "../grid/types";
import { foldText } from "../text";
import type { SheetText } from "./sheet-text";
import { headerWords } from "./match";

export interface DataExtent {
  /** 0-based rows holding data, blank rows left out. */
  rows: number[];
  /** 0-based row of the "Tổng cộng" row, if any. */
  totalRow: number | null;
  /** 0-based row where the "Nơi nhận" / signature block starts, if any. */
  footerRow: number | null;
  /** Section headings inside the table ("Chi bộ Tổ dân phố số 1"), by the data rows they govern. */
  sections: Map<number, string>;
}

const TOTAL = /^(tong cong|tong so)\b|^(cong|tong)$/;
const FOOTER = /^(noi nhan|t m |tm |k t |kt |thay mat|bi thu|nguoi lap|xac nhan|ky ten)/;
const SECTION = /^((chi bo|dang bo|to dang)\b|[ivx]{1,4}\s)/;
const ROMAN_INDEX = /^[ivx]{1,4}$/;

/** Finds where the data of a table lies: from the first data row to the totals or the signature block. */
export function findDataExtent(
  text: SheetText,
  firstDataRow: number,
  lastDataRow: number | null,
  keyColumns: number[],
): DataExtent {
  const width = Math.min(gridWidth(text.grid), 200);
  const end =
    lastDataRow !== null ? Math.min(lastDataRow, text.grid.rows.length - 1) : text.grid.rows.length - 1;
  const rows: number[] = [];
  const sections = new Map<number, string>();
  let totalRow: number | null = null;
  let footerRow: number | null = null;
  let section: string | null = null;
  const probeColumns = Math.min(width, 4);
  for (let r = firstDataRow; r <= end; r++) {
    const line = text.grid.rows[r];
    if (!line || line.length === 0) continue;
    let filled = 0;
    let firstText = "";
    for (let c = 0; c < line.length; c++) {
      const value = line[c];
      if (value === null || value === undefined || (typeof value === "string" && value.trim() === ""))
        continue;
      filled++;
      if (!firstText && typeof value === "string")
        firstText = MARKER_INITIAL.test(value) ? headerWords(text.leadingWords(r, c)) : "-";
    }
    if (filled === 0) continue;
    if (lastDataRow === null) {
      if (
        FOOTER.test(firstText) &&
        !keyColumns.some((c) => text.text(r, c) && headerWords(text.leadingWords(r, c)) !== firstText)
      ) {
        footerRow = r;
        break;
      }
      if (isTotalRow(text, r, probeColumns)) {
        totalRow = r;
        break;
      }
    }
    const keyFilled = keyColumns.some((c) => text.text(r, c) !== "");
    if (!keyFilled) {
      if (filled === 1 && SECTION.test(firstText)) section = textOfFirst(text, r, line.length);
      continue;
    }
    // "I | Chi bộ Thôn 1" and nothing else: a heading numbered in the index column, named in the key column.
    if (filled === 2 && ROMAN_INDEX.test(firstText)) {
      const heading = keyColumns.map((c) => text.text(r, c)).find((t) => t !== "") ?? "";
      if (SECTION.test(headerWords(foldText(heading)))) {
        section = heading;
        continue;
      }
    }
    rows.push(r);
    if (section) sections.set(r, section);
  }
  if (totalRow !== null && footerRow === null) {
    for (let r = totalRow + 1; r <= end; r++) {
      for (let c = 0; c < width; c++) {
        if (FOOTER.test(headerWords(text.folded(r, c)))) {
          footerRow = r;
          break;
        }
      }
      if (footerRow !== null) break;
    }
  }
  return { rows, totalRow, footerRow, sections };
}

/** First letters of the words that open a total, signature or section row (T/M, Tổng, Cộng, Nơi nhận, Bí thư, Chi bộ, Đảng bộ, I, V; § and ® are Đ and đ in TCVN3). */
const MARKER_INITIAL = /^\s*[-*(]?\s*[tcnbxkivTCNBXKIV\u0110\u0111\u00a7\u00ae]/;

function isTotalRow(text: SheetText, row: number, probeColumns: number): boolean {
  for (let c = 0; c < probeColumns; c++) {
    const raw = text.raw(row, c);
    if (typeof raw !== "string" || !MARKER_INITIAL.test(raw)) continue;
    const words = headerWords(text.leadingWords(row, c));
    if (words && TOTAL.test(words) && writtenAsTotal(text.text(row, c))) return true;
  }
  return false;
}

/** With its accents, "Tổng cộng" is told from a name such as "Tống Công Minh"; text typed without accents cannot tell. */
const TOTAL_WITH_ACCENTS = /^(tổng cộng|tổng số)(?![\p{L}\p{M}])|^(cộng|tổng)[^\p{L}\p{N}]*$/u;

function writtenAsTotal(cell: string): boolean {
  const lower = cell.trim().toLocaleLowerCase("vi");
  return !/[\u0080-\uffff]/.test(lower) || TOTAL_WITH_ACCENTS.test(lower);
}

function textOfFirst(text: SheetText, row: number, width: number): string {
  for (let c = 0; c < width; c++) {
    const value = text.text(row, c);
    if (value) return value;
  }
  return "";
}
