import ExcelJS from "exceljs";
import type { Analysis } from "../../../src/core/types";
import { buildSummarySheets } from "../../../src/core/summary/build";
import { specValues } from "../../../src/core/summary/spec";
import { sheetValues } from "./reference";
import { VI } from "../../support/words";

/**
 * Checks a saved workbook's summary sheets against the analysis: every number the summary specs
 * built from the analysis hold is in the saved sheet at the same cell. `names` maps each requested
 * sheet name to the name it was written under.
 */
export async function expectSummaryMatches(
  bytes: Uint8Array,
  analysis: Analysis,
  names: Record<string, string>,
): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const specs = buildSummarySheets(analysis, { words: VI });
  expect(Object.keys(names).sort()).toEqual(specs.map((s) => s.name).sort());
  let numbers = 0;
  for (const spec of specs) {
    const ws = book.getWorksheet(names[spec.name]);
    expect(ws).toBeDefined();
    const saved = sheetValues(ws as ExcelJS.Worksheet);
    const expected = specValues(spec);
    expected.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value !== "number") return;
        numbers++;
        expect({ cell: [spec.name, r, c], value: saved[r]?.[c] }).toEqual({ cell: [spec.name, r, c], value });
      }),
    );
  }
  expect(numbers).toBeGreaterThan(0);
  // The members' figures of the analysis itself are in the members' summary sheet.
  const members = analysis.results.members;
  if (members) {
    const memberSpec = specs.find((s) => specValues(s).some((row) => row.includes(members.total)));
    expect(memberSpec).toBeDefined();
    const numbersOnSheet = new Set(
      sheetValues(book.getWorksheet(names[(memberSpec as { name: string }).name]) as ExcelJS.Worksheet)
        .flat()
        .filter((v): v is number => typeof v === "number"),
    );
    for (const value of [
      members.total,
      members.assessed,
      ...Object.values(members.levels).map((l) => l.count),
    ]) {
      expect(numbersOnSheet).toContain(value);
    }
  }
}
