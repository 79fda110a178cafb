import { toA1 } from "../grid/address";
import type { IssueCode } from "../issues/codes";
import type { IssueSink } from "../issues/issue";
import { statedCount, type TableSum } from "../recognize/extent";
import { levelMarkColumns } from "../recognize/mapping";
import type { RecognizedTable } from "../recognize/table";
import { foldText } from "../text";
import type { RatedRow } from "../extract/rated-rows";
import { readNumber } from "../grid/cell";

/** Issue codes this check can emit. */
export const EMITS: readonly IssueCode[] = ["count-mismatch"];

/**
 * A list grouped by cell states its figures in three places: the count in a section heading
 * ("Chi bộ ấp 1 (25 đảng viên)"), the subtotal under each section ("Cộng: 25", with the marks
 * counted per level) and the grand total. Each is checked against the records it covers, at its cell.
 * `what` is the label the user wrote on that row.
 */
export function checkSubtotals(table: RecognizedTable, rows: Iterable<RatedRow>, sink: IssueSink): void {
  // Rows by number, made only where a sum has level marks to count.
  let byRow: Map<number, RatedRow> | null = null;
  const sheet = table.info.name;
  const mismatch = (r: number, col: number, what: string, stated: number, computed: number): void =>
    sink.add("count-mismatch", {
      sheet,
      cell: toA1(r, col),
      row: r + 1,
      value: stated,
      params: { what, stated, computed },
    });

  for (const section of table.extent.sectionList) {
    if (section.stated && section.stated.value !== section.records.length)
      mismatch(
        section.row,
        section.stated.col,
        section.heading,
        section.stated.value,
        section.records.length,
      );
  }
  const marks = levelMarkColumns(table.columns);
  const markCols = new Set(marks.map((m) => m.col));
  for (const sum of table.extent.sums) {
    const label = labelOf(table, sum);
    const count = statedRecordCount(table, sum, markCols);
    if (count && count.value !== sum.records.length)
      mismatch(sum.row, count.col, label.text, count.value, sum.records.length);
    if (marks.length === 0) continue;
    byRow ??= new Map(Array.from(rows, (row) => [row.row, row]));
    const rowsByNumber = byRow;
    const covered = sum.records.map((r) => rowsByNumber.get(r)).filter((x): x is RatedRow => x !== undefined);
    for (const mark of marks) {
      const reading = readNumber(table.text.raw(sum.row, mark.col));
      if (reading.kind !== "number" && reading.kind !== "text-number") continue;
      const computed = covered.filter((row) =>
        mark.level === "none" ? row.status === "not-classified" : row.level === mark.level,
      ).length;
      if (reading.value !== computed)
        mismatch(sum.row, mark.col, `${label.text} (${mark.level})`, reading.value, computed);
    }
  }
}

function labelOf(table: RecognizedTable, sum: TableSum): { text: string; col: number } {
  const line = table.text.grid.rows[sum.row] ?? [];
  for (let c = 0; c < line.length; c++) {
    const value = table.text.raw(sum.row, c);
    if (typeof value === "string" && value.trim()) return { text: table.text.text(sum.row, c), col: c };
  }
  return { text: "", col: 0 };
}

/**
 * The number of records a subtotal or total states: a whole number in a cell that is not a level
 * mark column ("Cộng | 25"), else in its label ("Cộng: 25 đồng chí").
 */
function statedRecordCount(
  table: RecognizedTable,
  sum: TableSum,
  markCols: Set<number>,
): { value: number; col: number } | null {
  const label = labelOf(table, sum);
  const line = table.text.grid.rows[sum.row] ?? [];
  const skip = new Set(markCols);
  for (const [field, col] of table.columns)
    if (field.startsWith("levelCount:") || field.startsWith("levelPercent:") || field === "score")
      skip.add(col);
  for (let c = 0; c < line.length; c++) {
    if (skip.has(c) || c === label.col) continue;
    const raw = table.text.raw(sum.row, c);
    if (typeof raw === "number" && Number.isInteger(raw) && raw >= 0) return { value: raw, col: c };
    if (typeof raw === "string") {
      const value = statedCount(foldText(raw)) ?? (/^\d+$/.test(raw.trim()) ? Number(raw.trim()) : null);
      if (value !== null) return { value, col: c };
    }
  }
  const inLabel = statedCount(foldText(label.text));
  return inLabel !== null ? { value: inLabel, col: label.col } : null;
}
