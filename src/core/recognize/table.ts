import type { LevelMatcher } from "../criteria/level-matcher";
import { isCriteriaSheet } from "../criteria/sheet-layout";
import { shapeOf } from "../kinds/shapes";
import { columnIndex, columnLetter } from "../grid/address";
import type { Grid } from "../grid/types";
import { makeIssue, type Issue } from "../issues/issue";
import { findMarker } from "../summary/marker";
import type { FieldName, SheetInfo, SheetKind, SheetMapping } from "../types";
import { emptyExtent as blankExtent, findDataExtent, rowCounts, type DataExtent } from "./extent";
import { findHeader, headerTexts, type HeaderBlock } from "./header";
import { mapColumns } from "./mapping";
import { SheetText } from "./sheet-text";
import type { IssueCode } from "../issues/codes";

/** The issue codes this file can emit (checked against the catalog and the texts by test/core/issue-codes.test.ts). */
export const EMITS: readonly IssueCode[] = ["duplicate-column"];

/** A sheet as recognized: its kind, header, column mapping and data rows, with text access. */
export interface RecognizedTable {
  info: SheetInfo;
  text: SheetText;
  header: HeaderBlock | null;
  columns: Map<FieldName, number>;
  extent: DataExtent;
  /** Structure issues found while recognizing. */
  issues: Issue[];
}

/** Recognizes one sheet; an explicit mapping wins over every guess it covers. */
export function recognizeSheet(grid: Grid, levels: LevelMatcher, mapping?: SheetMapping): RecognizedTable {
  const text = new SheetText(grid);
  const issues: Issue[] = [];
  const emptyExtent: DataExtent = blankExtent();
  const baseInfo = (kind: SheetKind): SheetInfo => ({
    name: grid.name,
    kind,
    headerRows: [],
    firstDataRow: null,
    lastDataRow: null,
    columns: {},
    confidence: 1,
    mapped: false,
    ...(text.encoding ? { encoding: text.encoding } : {}),
  });
  if (findMarker(grid))
    return {
      info: baseInfo("chibo-summary"),
      text,
      header: null,
      columns: new Map(),
      extent: emptyExtent,
      issues,
    };
  if (isCriteriaSheet(grid))
    return {
      info: baseInfo("criteria"),
      text,
      header: null,
      columns: new Map(),
      extent: emptyExtent,
      issues,
    };

  const header = mapping?.headerRows?.length
    ? headerFromMapping(text, mapping.headerRows)
    : findHeader(text, levels);
  const guessed = header
    ? mapColumns(header, levels)
    : { kind: "unknown" as SheetKind, columns: new Map<FieldName, number>(), duplicates: [], confidence: 0 };
  const columns = new Map(guessed.columns);
  let kind: SheetKind = guessed.kind;
  const mapped = Boolean(mapping && (mapping.kind || mapping.columns || mapping.headerRows));
  if (mapping?.kind) kind = mapping.kind;
  for (const [field, letters] of Object.entries(mapping?.columns ?? {})) {
    const col = columnIndex(letters ?? "");
    if (col >= 0) columns.set(field as FieldName, col);
  }
  if (!mapping?.columns) {
    for (const duplicate of guessed.duplicates) {
      issues.push(
        makeIssue("duplicate-column", {
          sheet: grid.name,
          cell: header
            ? `${columnLetter(duplicate.others[0])}${header.rows[header.rows.length - 1] + 1}`
            : null,
          column: duplicate.field,
          params: {
            field: duplicate.field,
            first: columnLetter(Math.min(duplicate.used, ...duplicate.others)),
            second: columnLetter(Math.max(duplicate.used, ...duplicate.others)),
            used: columnLetter(duplicate.used),
          },
        }),
      );
    }
  }
  if (!header && !mapping?.firstDataRow) {
    return {
      info: { ...baseInfo("unknown"), confidence: 0 },
      text,
      header: null,
      columns,
      extent: emptyExtent,
      issues,
    };
  }
  const headerBottom = header ? header.rows[header.rows.length - 1] : -1;
  const firstDataRow =
    mapping?.firstDataRow !== undefined
      ? mapping.firstDataRow - 1
      : header?.numberingRow !== null && header?.numberingRow !== undefined
        ? header.numberingRow + 1
        : headerBottom + 1;
  const lastDataRow = mapping?.lastDataRow !== undefined ? mapping.lastDataRow - 1 : null;
  const keyColumns = (shapeOf(kind)?.keyFields ?? [])
    .map((f) => columns.get(f))
    .filter((c): c is number => c !== undefined);
  const list = kind === "members" || kind === "collectives";
  const extent =
    kind === "unknown"
      ? emptyExtent
      : findDataExtent(text, firstDataRow, lastDataRow, keyColumns.length ? keyColumns : [0], {
          indexColumn: columns.get("index"),
          list,
          recordColumns: list ? recordColumnsOf(columns) : [],
          isRating: (value) => isRating(value, levels),
        });
  const info: SheetInfo = {
    ...baseInfo(kind),
    headerRows: header ? header.rows.map((r) => r + 1) : [],
    firstDataRow: extent.rows.length ? extent.rows[0] + 1 : null,
    lastDataRow: extent.rows.length ? extent.rows[extent.rows.length - 1] + 1 : null,
    columns: Object.fromEntries([...columns].map(([field, col]) => [field, columnLetter(col)])),
    confidence: mapped ? 1 : lessSureWhenRowsUnplaced(guessed.confidence, extent),
    mapped,
    ...(kind === "unknown" ? {} : { bodyRow: firstDataRow + 1, rows: rowCounts(extent) }),
    ...(extent.sectionList.length
      ? {
          sections: extent.sectionList.map((s) => ({
            name: s.name,
            row: s.row + 1,
            records: s.records.length,
          })),
        }
      : {}),
  };
  return { info, text, header, columns, extent, issues };
}

/**
 * Whether a text in a level column is a rating: a mark, or a level as the criteria spell it. The
 * matcher accepts nothing fuzzy, so only a text whose compact form is a level's spelling can read
 * as a level: any other ("T/M CHI BỘ" written over the level columns) is not read, since reading
 * it would look for the nearest spelling to suggest, which only a misspelt level needs.
 */
function isRating(value: string, levels: LevelMatcher): boolean {
  if (/^[x×✓✔]$/i.test(value.trim())) return true;
  const spelt = levels.headerLevel(value);
  return spelt !== null && spelt !== "none" && levels.read(value).kind === "level";
}

/** A guess that left rows unread, or found records past the table's end, is less sure: say so. */
function lessSureWhenRowsUnplaced(confidence: number, extent: DataExtent): number {
  const unread = extent.roles.some("unread");
  const penalty = (unread ? 0.15 : 0) + (extent.continuedBlocks.length ? 0.15 : 0);
  return Math.max(0, Math.round((confidence - penalty) * 100) / 100);
}

/** The columns whose filling makes a row of a list a record: its level text and level marks. */
function recordColumnsOf(columns: Map<FieldName, number>): number[] {
  const cols: number[] = [];
  for (const [field, col] of columns)
    if (
      field === "level" ||
      field === "selfLevel" ||
      field === "proposedLevel" ||
      field.startsWith("levelMark:")
    )
      cols.push(col);
  return cols;
}

function headerFromMapping(text: SheetText, headerRows: number[]): HeaderBlock {
  const rows = headerRows.map((r) => r - 1).filter((r) => r >= 0);
  let width = 0;
  for (const r of rows) width = Math.max(width, text.grid.rows[r]?.length ?? 0);
  return { rows, texts: headerTexts(text, rows, width), numberingRow: null };
}
