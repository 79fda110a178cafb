import { toA1 } from "../grid/address";
import type { IssueCode } from "../issues/codes";
import type { IssueSink } from "../issues/issue";
import { rowCounts } from "../recognize/extent";
import type { RecognizedTable } from "../recognize/table";
import { looksLikePersonName } from "../text/person-name";

/** Issue codes this check can emit. */
export const EMITS: readonly IssueCode[] = [
  "row-unread",
  "table-continues",
  "table-empty",
  "unnumbered-member",
];

const LISTS = new Set(["members", "collectives"]);

/**
 * Nothing vanishes: a row under the header that is none of record, continuation, section, subtotal,
 * total, note or signature is reported where it is; records found past the place the table seemed to
 * end are reported (they are read, not dropped); a list of which no row could be read is an error.
 * An unread row that carries a number in the index column looks like a record, so it is an error:
 * a clerk must never get exit code 0 while members were left out.
 */
export function checkRowAccounting(table: RecognizedTable, sink: IssueSink): void {
  const { extent, text, info } = table;
  const indexCol = table.columns.get("index");
  for (const r of extent.roles.rowsWith("unread")) {
    const line = text.grid.rows[r] ?? [];
    let first = 0;
    while (first < line.length && text.text(r, first) === "") first++;
    const numbered = indexCol !== undefined && /^\d+\.?$/.test(text.text(r, indexCol));
    const shown: string[] = [];
    for (let c = 0; c < line.length && shown.length < 4; c++)
      if (text.text(r, c)) shown.push(text.text(r, c));
    sink.add("row-unread", {
      sheet: info.name,
      cell: toA1(r, first),
      row: r + 1,
      value: shown.join(" | "),
      severity: numbered ? "error" : "warning",
      params: { row: r + 1, value: shown.join(" | ") },
    });
  }
  checkNamedContinuations(table, sink);
  for (const start of extent.continuedBlocks) {
    let count = 0;
    for (const r of extent.rows) if (r >= start) count++;
    const end = extent.footerRow ?? extent.totalRow ?? start;
    const keyCol = [...table.columns.values()][0] ?? 0;
    sink.add("table-continues", {
      sheet: info.name,
      cell: toA1(start, table.columns.get("name") ?? table.columns.get("unitName") ?? keyCol),
      row: start + 1,
      params: { row: start + 1, end: end + 1, count },
    });
  }
  if (LISTS.has(info.kind) && extent.rows.length === 0) {
    const counts = rowCounts(extent);
    sink.add("table-empty", {
      sheet: info.name,
      params: { sheet: info.name, kind: info.kind, skipped: counts.skipped },
    });
  }
}

/**
 * In a numbered member list, a row with no number and no level continues the member above (the
 * register, Mẫu 7-HSĐV, writes one member over several rows). When such a row holds a person's
 * name in the name column, a clerk more likely forgot the number and the level of a member: it
 * stays a continuation (the counts do not guess) but is pointed out at its name cell. A register's
 * own continuation lines hold no name there ("(Bí danh: …)", places and dates), so they are quiet.
 */
function checkNamedContinuations(table: RecognizedTable, sink: IssueSink): void {
  const nameCol = table.columns.get("name");
  if (table.info.kind !== "members" || nameCol === undefined) return;
  for (const r of table.extent.continuations.keys()) {
    const name = table.text.text(r, nameCol);
    if (!looksLikePersonName(name)) continue;
    sink.add("unnumbered-member", {
      sheet: table.info.name,
      cell: toA1(r, nameCol),
      row: r + 1,
      value: name,
      params: { row: r + 1, name },
    });
  }
}
