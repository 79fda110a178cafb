import { t, type Lang } from "../../i18n";
import type { Criteria } from "../criteria/schema";
import { criteriaLabel } from "../summary/criteria-label";
import { layoutReport, type TableColumn, type TableValue } from "../summary/layout";
import type { SheetSpec } from "../summary/spec";
import type { UnitInfo } from "../types";
import { isAccepted } from "./rules";
import type { CapScope, FileEntry, FileStatus, UnitTypeTotal } from "./types";
import { unitType } from "./unit-type";

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
  lang: Lang;
  date: Date;
}

/**
 * "Đơn vị đã nộp": one row per file (and per expected unit that sent none) with its unit, where
 * its figures came from, its status and its error and warning counts. Laid out like the summary
 * sheets, so it prints the same and carries a marker (kind "units").
 */
export function buildUnitsSheet(content: UnitsSheetContent): SheetSpec {
  const { entries, lang } = content;
  const col = (key: string, width: number, extra: Partial<TableColumn> = {}): TableColumn => ({
    header: t(lang, `rollup.col.${key}`),
    width,
    ...extra,
  });
  const columns: TableColumn[] = [
    { header: t(lang, "summary.col.index"), width: 5, align: "center" },
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
    e.unit ? t(lang, `rollup.type.${unitType(e.unit)}`) : "",
    e.source ? t(lang, `rollup.source.${e.source}`) : "",
    e.period,
    t(lang, `rollup.status.${e.status}`),
    e.errors,
    e.warnings,
    noteOf(e, lang),
  ]);
  const files = entries.filter((e) => e.file !== null).length;
  const accepted = entries.filter((e) => isAccepted(e.status)).length;
  const total: TableValue[] = [
    null,
    t(lang, "summary.totalRow"),
    null,
    null,
    null,
    null,
    t(lang, "rollup.total.accepted", { accepted, files }),
    entries.reduce((s, e) => s + e.errors, 0),
    entries.reduce((s, e) => s + e.warnings, 0),
    null,
  ];
  return layoutReport({
    kind: "units",
    name: UNITS_SHEET_NAME,
    title: t(lang, "rollup.title.units", { period: content.unit.period ?? content.date.getFullYear() }),
    subtitle: t(lang, "summary.subtitle", { criteria: criteriaLabel(content.criteria, lang) }),
    unit: content.unit,
    criteriaId: content.criteria.id,
    columns,
    rows,
    total,
    notes: notes(content),
    date: content.date,
    lang,
  });
}

function noteOf(e: FileEntry, lang: Lang): string {
  const notes: string[] = [];
  if (e.failure) notes.push(t(lang, `rollup.read.${e.failure.reason}`));
  if (e.capExceededBelow > 0) notes.push(t(lang, "rollup.note.capBelow", { count: e.capExceededBelow }));
  return notes.join(" ");
}

function notes(content: UnitsSheetContent): string[] {
  const { entries, lang } = content;
  const byStatus = STATUS_ORDER.flatMap((status) => {
    const count = entries.filter((e) => e.status === status).length;
    return count
      ? [t(lang, "rollup.note.statusItem", { status: t(lang, `rollup.status.${status}`), count })]
      : [];
  });
  const lines = [t(lang, "rollup.note.statuses", { list: byStatus.join("; ") })];
  if (content.unitTypes.length) {
    const list = content.unitTypes.map((u) =>
      t(lang, "rollup.note.typeItem", {
        type: t(lang, `rollup.type.${u.type}`),
        units: u.units,
        members: u.members,
      }),
    );
    lines.push(t(lang, "rollup.note.types", { list: list.join("; ") }));
  }
  lines.push(t(lang, `rollup.note.cap.${content.capScope}`));
  return lines;
}
