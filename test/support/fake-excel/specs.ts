import { encodeMarker, type SummaryKind } from "../../../src/core/summary/marker";
import type { SheetSpec, SpecCell } from "../../../src/core/summary/spec";

/**
 * Builds summary-like SheetSpecs for the port's tests: a title, a bordered table with a bold
 * header, and chibo's marker in a hidden column to the right (row 1), as the summary builder does.
 */
export interface TestSpecOptions {
  kind?: SummaryKind;
  unit?: string;
  /** Extra cells by [row, col]. */
  extra?: { row: number; col: number; cell: SpecCell }[];
}

export function testSpec(
  name: string,
  table: (string | number | null)[][],
  options: TestSpecOptions = {},
): SheetSpec {
  const width = Math.max(1, ...table.map((row) => row.length));
  const markerColumn = width;
  const cells: (SpecCell | undefined)[][] = [];
  cells.push([{ value: name, bold: true, horizontal: "center", fontSize: 14 }]);
  cells.push([]);
  table.forEach((row, r) => {
    cells.push(
      row.map((value) => ({
        value,
        border: true,
        bold: r === 0 ? true : undefined,
        numberFormat: typeof value === "number" && !Number.isInteger(value) ? "0.0" : undefined,
      })),
    );
  });
  const marker = encodeMarker({
    format: 1,
    kind: options.kind ?? "members",
    criteria: "test-criteria",
    unit: options.unit ?? "Chi bộ thử",
    parent: null,
    period: 2025,
    code: "0000000000000000",
    headerRow: 3,
    firstDataRow: 4,
    totalRow: 2 + table.length,
    markerColumn,
  });
  cells[0][markerColumn] = { value: marker };
  for (const { row, col, cell } of options.extra ?? []) {
    while (cells.length <= row) cells.push([]);
    cells[row][col] = cell;
  }
  return {
    name,
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: width - 1 }],
    columnWidths: Array.from({ length: width }, (_, i) => (i === 1 ? 30 : 12)),
    hiddenColumns: [markerColumn],
    page: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: [3, 3],
      printArea: `A1:${String.fromCharCode(64 + width)}${2 + table.length}`,
    },
    // The table header is on 0-based row 2: panes freeze below it.
    freezeRows: 2,
    rowHeights: [{ row: 3, points: 30 }],
  };
}
