import type { Grid } from "../core/grid/types";
import { MAX_COL, MAX_ROW, parseCellRef } from "./cell-ref";
import { XlsxReadError } from "./errors";
import { SheetBuilder, type ReadBudget } from "./grid-builder";
import { cellValue } from "./ooxml-cell";
import { scanCellRun, type CellRunContext, type CellRunState } from "./ooxml-cell-run";
import type { CellStyles } from "./ooxml-parts";
import { byteOrderMark, ByteXmlCursor } from "./xml-bytes";

export interface SheetContext {
  readonly strings: readonly string[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
  readonly budget: ReadBudget;
}

/**
 * One worksheet's XML as a grid, cell values read the way the ExcelJS reference reader reads
 * them (test/support/exceljs/cell-value.ts): shared and inline strings (rich text as its plain
 * text), numbers, booleans, errors as { error }, a formula as its cached result (null without
 * one), a number in a date format as a Date at UTC midnight of the day shown (1904 date system
 * when the workbook says so), a number that is not finite as the text "NaN". Plain cells are
 * read by the fast path (ooxml-cell-run.ts); this scanner reads the rest and goes back to the
 * fast path after each. Both read the part's UTF-8 bytes, never decoded as a whole.
 */
export function readSheetXml(xml: Uint8Array, part: string, name: string, context: SheetContext): Grid {
  const { strings, styles, date1904 } = context;
  const builder = new SheetBuilder(name, context.budget, (style) =>
    style >= 0 && style < styles.fontName.length ? styles.fontName[style] : styles.defaultFont,
  );
  // The part's UTF-8 bytes are read as they are: no text is decoded but the values that are text.
  const cursor = new ByteXmlCursor(xml, part, byteOrderMark(xml));
  let row = -1;
  let col = -1;
  let style = -1;
  let type = "";
  let formula = false;
  let value: string | null = null;
  let inline: string | null = null;
  let inInline = false;
  let phonetic = false;
  let inCell = false;
  const attributes: { r: string | null; s: string | null; t: string | null } = { r: null, s: null, t: null };
  const run: CellRunState = { row: -1, col: -1 };
  const runContext: CellRunContext = { strings, styles, date1904, builder };
  const fastPath = (): void => {
    run.row = row;
    run.col = col;
    cursor.seek(scanCellRun(xml, cursor.position, run, runContext));
    row = run.row;
    col = run.col;
  };

  const finishCell = (): void => {
    inCell = false;
    const cell = cellValue(type, formula, value, inline, style, strings, styles, date1904);
    if (cell !== null) builder.add(row, col, cell, style);
  };

  while (cursor.next()) {
    const tag = cursor.name;
    if (cursor.closing) {
      switch (tag) {
        case "c":
          if (inCell) {
            finishCell();
            fastPath();
          }
          break;
        case "v":
          if (inCell) value = (value ?? "") + cursor.text();
          break;
        case "f":
          if (inCell && cursor.text() !== "") formula = true;
          break;
        case "t":
          if (inInline && !phonetic) inline = (inline ?? "") + cursor.text();
          break;
        case "is":
          inInline = false;
          break;
        case "rPh":
          phonetic = false;
          break;
      }
      continue;
    }
    switch (tag) {
      case "row": {
        const r = cursor.attr("r");
        row = r === null ? row + 1 : parseInt(r, 10) - 1;
        if (!(row >= 0 && row <= MAX_ROW))
          throw new XlsxReadError("corrupt", `${part}: row ${r} is outside a sheet`);
        col = -1;
        if (!inCell) fastPath();
        break;
      }
      case "c": {
        cursor.cellAttributes(attributes);
        const ref = attributes.r;
        if (ref !== null) {
          const at = parseCellRef(ref);
          if (at === null) throw new XlsxReadError("corrupt", `${part}: “${ref}” is not a cell address`);
          row = at.row;
          col = at.col;
        } else {
          col++;
          if (row < 0) row = 0;
        }
        if (col > MAX_COL) throw new XlsxReadError("corrupt", `${part}: a cell is beyond the last column`);
        const s = attributes.s;
        style = s === null ? -1 : parseInt(s, 10) || 0;
        type = attributes.t ?? "";
        formula = false;
        value = null;
        inline = null;
        inCell = true;
        if (cursor.selfClosing) finishCell();
        break;
      }
      case "f":
        // A shared formula's later cells carry only <f t="shared" si="…"/>.
        if (inCell && cursor.attr("t") === "shared") formula = true;
        break;
      case "is":
        if (!cursor.selfClosing) inInline = true;
        break;
      case "rPh":
        if (!cursor.selfClosing) phonetic = true;
        break;
      case "sheetData":
        if (!inCell && !cursor.selfClosing) fastPath();
        break;
      case "mergeCell": {
        const ref = cursor.attr("ref") ?? "";
        const [from, to] = ref.split(":");
        const a = parseCellRef(from ?? "");
        const b = to === undefined ? a : parseCellRef(to);
        if (a && b)
          builder.addMerge({
            top: Math.min(a.row, b.row),
            left: Math.min(a.col, b.col),
            bottom: Math.max(a.row, b.row),
            right: Math.max(a.col, b.col),
          });
        break;
      }
    }
  }
  return builder.finish();
}
