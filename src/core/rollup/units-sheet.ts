import type { Criteria } from "../criteria/schema";
import { criteriaLabel } from "../summary/criteria-label";
import { layoutReport, type TableColumn, type TableValue } from "../summary/layout";
import type { SheetSpec } from "../summary/spec";
import type { UnitInfo } from "../types";
import { isAccepted } from "./rules";
import type { CapScope, FileEntry, FileStatus, UnitTypeTotal } from "./types";
import { unitType } from "./unit-type";
import type { Words } from "../words";

/** The sheet listing every file received (fixed name, like the summary sheets). */
export const UNITS_SHEET_NAME = "Đơn vị đã nộp";

const STATUS_ORDER: readonly FileStatus[] = [
  "submitted",
  "raw",
  "unreadable",
  "no-data",
  "duplicate",
  "other-period",
  "missing",
];

export interface UnitsSheetContent {
  entries: readonly FileEntry[];
  /** The consolidating unit. */
  unit: UnitInfo;
  criteria: Criteria;
  capScope: CapScope;
  unitTypes: readonly UnitTypeTotal[];
  words: Words;
  date: Date;
}

/**
 * "Đơn vị đã nộp": one row per file (and per expected unit that sent none) with its unit, where
 * its figures came from, its status and its error and warning counts. Laid out like the summary
 * sheets, so it prints the same and carries a marker (kind "units").
 */
export function buildUnitsSheet(content: UnitsSheetContent): SheetSpec {
  const { entries, words } = content;
  const col = (key: string, width: number, extra: Partial<TableColumn> = {}): TableColumn => ({
    header: words.text(`rollup.col.${key}`),
    width,
    ...extra,
  });
  const columns: TableColumn[] = [
    { header: words.text("summary.col.index"), width: 5, align: "center" },
    col("file", 28),
    col("unit", 30),
    col("type", 13),
    col("source", 16),
    col("period", 7, { align: "center" }),
    col("status", 16),
    col("errors", 7),
    col("warnings", 9),
    col("notes", 36),
  ];
  const rows: TableValue[][] = entries.map((e, i) => [
    i + 1,
    e.file ?? "",
    e.unit,
    e.unit ? words.text(`rollup.type.${unitType(e.unit)}`) : "",
    e.source ? words.text(`rollup.source.${e.source}`) : "",
    e.period,
    words.text(`rollup.status.${e.status}`),
    e.errors,
    e.warnings,
    noteOf(e, words),
  ]);
  const files = entries.filter((e) => e.file !== null).length;
  const accepted = entries.filter((e) => isAccepted(e.status)).length;
  const total: TableValue[] = [
    null,
    words.text("summary.totalRow"),
    null,
    null,
    null,
    null,
    words.text("rollup.total.accepted", { accepted, files }),
    entries.reduce((s, e) => s + e.errors, 0),
    entries.reduce((s, e) => s + e.warnings, 0),
    null,
  ];
  return layoutReport({
    kind: "units",
    name: UNITS_SHEET_NAME,
    title: words.text("rollup.title.units", { period: content.unit.period ?? content.date.getFullYear() }),
    subtitle: words.text("summary.subtitle", { criteria: criteriaLabel(content.criteria, words) }),
    unit: content.unit,
    criteriaId: content.criteria.id,
    columns,
    rows,
    total,
    notes: notes(content),
    date: content.date,
    words,
  });
}

function noteOf(e: FileEntry, words: Words): string {
  const notes: string[] = [];
  if (e.failure) notes.push(words.text(`rollup.read.${e.failure.reason}`));
  if (e.capExceededBelow > 0) notes.push(words.text("rollup.note.capBelow", { count: e.capExceededBelow }));
  return notes.join(" ");
}

function notes(content: UnitsSheetContent): string[] {
  const { entries, words } = content;
  const byStatus = STATUS_ORDER.flatMap((status) => {
    const count = entries.filter((e) => e.status === status).length;
    return count
      ? [words.text("rollup.note.statusItem", { status: words.text(`rollup.status.${status}`), count })]
      : [];
  });
  const lines = [words.text("rollup.note.statuses", { list: byStatus.join("; ") })];
  if (content.unitTypes.length) {
    const list = content.unitTypes.map((u) =>
      words.text("rollup.note.typeItem", {
        type: words.text(`rollup.type.${u.type}`),
        units: u.units,
        members: u.members,
      }),
    );
    lines.push(words.text("rollup.note.types", { list: list.join("; ") }));
  }
  lines.push(words.text(`rollup.note.cap.${content.capScope}`));
  return lines;
}
