import type { CellValue, Grid } from "../grid/types";
import type { SheetSpec } from "./spec";

/**
 * chibo's summary sheets carry a marker in a hidden column to the right of the printed table:
 * row 1 holds the sheet's identity, each data row holds its original numbers. Plain cell text
 * survives a save in Excel and LibreOffice and is readable by every port.
 */
export const MARKER_PREFIX = "chibo-summary:";
export const ROW_MARKER_PREFIX = "chibo-row:";
/** 2: the integrity code covers every field of the marker (see integrity.ts). */
export const SUMMARY_FORMAT_VERSION = 2;

export type SummaryKind = "members" | "collectives" | "meetings" | "check" | "units";

export interface SummaryMarker {
  format: number;
  kind: SummaryKind;
  criteria: string;
  unit: string;
  parent: string | null;
  period: number | null;
  /** Integrity code of the table's numbers, see integrity.ts. */
  code: string;
  /** 1-based rows of the table: header, first data row, total row. */
  headerRow: number;
  firstDataRow: number;
  totalRow: number;
  /** 0-based column holding the marker. */
  markerColumn: number;
  /** The version of chibo that wrote the sheet, when the front end gave it (see withAppVersion). */
  app?: string;
}

export function encodeMarker(marker: SummaryMarker): string {
  return MARKER_PREFIX + JSON.stringify(marker);
}

export function decodeMarker(value: CellValue | undefined): SummaryMarker | null {
  if (typeof value !== "string" || !value.startsWith(MARKER_PREFIX)) return null;
  try {
    const parsed: unknown = JSON.parse(value.slice(MARKER_PREFIX.length));
    if (!isMarker(parsed)) return null;
    return parsed;
  } catch {
    return null;
  }
}

function isMarker(value: unknown): value is SummaryMarker {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.format === "number" &&
    typeof v.kind === "string" &&
    typeof v.criteria === "string" &&
    typeof v.unit === "string" &&
    typeof v.code === "string" &&
    typeof v.markerColumn === "number" &&
    typeof v.firstDataRow === "number" &&
    typeof v.totalRow === "number" &&
    (v.app === undefined || typeof v.app === "string")
  );
}

/** Finds the marker in the first row of a grid. */
export function findMarker(grid: Grid): SummaryMarker | null {
  const first = grid.rows[0];
  if (!first) return null;
  for (const value of first) {
    const marker = decodeMarker(value);
    if (marker) return marker;
  }
  return null;
}

/** Whether a sheet is one of chibo's own (only those may ever be replaced). */
export function isChiboSheet(grid: Grid): boolean {
  return findMarker(grid) !== null;
}

export function encodeRowMarker(values: readonly (string | number | null)[]): string {
  return ROW_MARKER_PREFIX + JSON.stringify(values);
}

export function decodeRowMarker(value: CellValue | undefined): (string | number | null)[] | null {
  if (typeof value !== "string" || !value.startsWith(ROW_MARKER_PREFIX)) return null;
  try {
    const parsed: unknown = JSON.parse(value.slice(ROW_MARKER_PREFIX.length));
    if (!Array.isArray(parsed)) return null;
    return parsed.map((v) => (typeof v === "number" || typeof v === "string" ? v : null));
  } catch {
    return null;
  }
}

/**
 * Adds the version of chibo that writes the sheets to the marker of each of ours. Core knows no
 * version: the front end (pane, CLI) passes it in as data just before writing. Other sheets, and
 * the integrity code (computed from the table's numbers), are left as they are.
 */
export function withAppVersion(specs: readonly SheetSpec[], app: string): SheetSpec[] {
  return specs.map((spec) => {
    const first = spec.cells[0];
    const col = first?.findIndex((cell) => decodeMarker(cell?.value ?? undefined) !== null) ?? -1;
    if (!first || col < 0) return spec;
    const cell = first[col];
    const marker = decodeMarker(cell?.value ?? undefined);
    if (!cell || !marker) return spec;
    const row = first.slice();
    row[col] = { ...cell, value: encodeMarker({ ...marker, app }) };
    return { ...spec, cells: [row, ...spec.cells.slice(1)] };
  });
}
