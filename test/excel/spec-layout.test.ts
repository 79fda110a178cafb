import type { SheetSpec } from "../../src/core/summary/spec";
import { charactersToPoints, layoutSpec, styleBoxes } from "../../src/excel/spec-layout";

function spec(cells: SheetSpec["cells"], extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: "T",
    cells,
    merges: [],
    columnWidths: [],
    hiddenColumns: [],
    page: { orientation: "portrait", paperSize: "A4", fitToWidth: true },
    ...extra,
  };
}

test("every text cell gets the text format, whatever the spec says; other cells keep theirs", () => {
  const layout = layoutSpec(
    spec([
      [
        { value: "=1+1" },
        { value: "0912", numberFormat: "0" },
        { value: 14.3, numberFormat: "0.0" },
        { value: null },
      ],
      [{ value: 3 }],
    ]),
  );
  expect(layout.numberFormats).toEqual([
    ["@", "@", "0.0", "General"],
    ["General", "General", "General", "General"],
  ]);
  expect(layout.values).toEqual([
    ["=1+1", "0912", 14.3, ""],
    [3, "", "", ""],
  ]);
  expect(layout.rows).toBe(2);
  expect(layout.columns).toBe(4);
});

test("a bordered table becomes one box; different styles stay apart", () => {
  const cell = { value: "x", border: true };
  const boxes = styleBoxes([
    [{ value: "T", bold: true }],
    [cell, cell, cell],
    [cell, cell, cell],
    [cell, cell, { value: "y", border: true, bold: true }],
  ]);
  expect(boxes).toEqual([
    { box: { top: 0, left: 0, bottom: 0, right: 0 }, style: { bold: true } },
    { box: { top: 1, left: 0, bottom: 2, right: 2 }, style: { border: true } },
    { box: { top: 3, left: 0, bottom: 3, right: 1 }, style: { border: true } },
    { box: { top: 3, left: 2, bottom: 3, right: 2 }, style: { bold: true, border: true } },
  ]);
  expect(styleBoxes([[{ value: "plain" }, undefined]])).toEqual([]);
});

test("links, widths in points, hidden columns and merges widen the layout", () => {
  const layout = layoutSpec(
    spec(
      [
        [
          { value: "Xem", link: "'DS'!H29" },
          { value: 24, link: "'DS'!H30" },
        ],
      ],
      {
        merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
        columnWidths: [10, 0, 30],
        hiddenColumns: [6, 5],
      },
    ),
  );
  expect(layout.columns).toBe(5);
  expect(layout.links).toEqual([
    { row: 0, col: 0, reference: "'DS'!H29", text: "Xem" },
    { row: 0, col: 1, reference: "'DS'!H30", text: null },
  ]);
  expect(layout.columnWidths).toEqual([
    { col: 0, points: charactersToPoints(10) },
    { col: 2, points: charactersToPoints(30) },
  ]);
  expect(layout.hiddenColumns).toEqual([5, 6]);
  expect(charactersToPoints(8.43)).toBeCloseTo(48, 0); // Excel's default column: 64 px, 48 pt
});
