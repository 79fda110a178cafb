import type { RecognizedTable } from "../recognize/table";
import { foldText } from "../text";
import type { UnitInfo } from "../types";

const UNIT_WORDS = /^(chi bo|dang bo|dang uy|to chuc co so dang|ban chap hanh)/;
const DATE_LINE = /^(.+?),\s*ng[aà]y\b/i;
const YEAR = /\bn[aă]m\s+(\d{4})\b/i;

/** Words of unit names that are common nouns; the others are proper names and keep their capital. */
const COMMON_WORDS = new Set(
  "chi bộ đảng ủy uỷ tổ dân phố phường xã thôn bản ấp khu xóm số thành huyện tỉnh quận thị trấn khối cơ quan sở trường công ty cổ phần doanh nghiệp ban và các của".split(
    " ",
  ),
);

/**
 * "ĐẢNG BỘ PHƯỜNG ĐỒNG TÂM" → "Đảng bộ phường Đồng Tâm": titles are typed in capitals for print;
 * names read better with capitals only on the first word and on proper names.
 */
export function sentenceCase(text: string): string {
  if (text !== text.toLocaleUpperCase("vi")) return text;
  return text
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((word, i) =>
      i === 0 || !COMMON_WORDS.has(word) ? word.charAt(0).toLocaleUpperCase("vi") + word.slice(1) : word,
    )
    .join(" ");
}

/**
 * Reads the unit, the committee above, the place and the year from the title rows of the
 * recognized sheets (top-left block: committee above, then unit; top right: "place, ngày …").
 */
export function readUnitInfo(tables: readonly RecognizedTable[]): UnitInfo {
  let name: string | null = null;
  let parent: string | null = null;
  let place: string | null = null;
  let period: number | null = null;
  for (const table of tables) {
    const limit = table.header ? table.header.rows[0] : Math.min(6, table.text.grid.rows.length);
    const lines: string[] = [];
    for (let r = 0; r < limit; r++) {
      const row = table.text.grid.rows[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const text = table.text.text(r, c);
        if (!text) continue;
        if (!lines.includes(text)) lines.push(text);
        if (place === null) {
          const date = DATE_LINE.exec(text);
          if (date) place = date[1].trim();
        }
        if (period === null) {
          const year = YEAR.exec(text);
          if (
            year &&
            (/^[^,]*\bn[aă]m\s+\d{4}\s*$/i.test(text) ||
              /\b(xep loai|danh gia|sinh hoat|tong hop|ket qua)/.test(table.text.folded(r, c)))
          )
            period = Number(year[1]);
        }
      }
    }
    if (name === null) {
      const unitLines = lines.filter((line) => UNIT_WORDS.test(foldText(line)));
      if (unitLines.length >= 2) {
        parent = sentenceCase(unitLines[0]);
        name = sentenceCase(unitLines[1]);
      } else if (unitLines.length === 1) name = sentenceCase(unitLines[0]);
    }
  }
  return { name: name ?? "", parent, period, place };
}
