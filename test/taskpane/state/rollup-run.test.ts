import ExcelJS from "exceljs";
import type { FileProgress } from "../../../src/core/rollup";
import { foldText } from "../../../src/core/text";
import { parseExpectedFile, runRollup, type RollupInput } from "../../../src/taskpane/state/rollup-run";
import { readWorkbookBytes } from "../../../src/taskpane/xlsx-loader";
import { countMembers, generateUnit, unitWorkbook } from "../../support/generate-units";
import { DATE } from "../../core/rollup/helpers";
import { VI } from "../../support/words";

const noPause = () => Promise.resolve();
const encode = (text: string) => new TextEncoder().encode(text);

describe("running a roll-up file by file", () => {
  const units = [1, 2, 3].map((i) =>
    generateUnit({ name: `Chi bộ Tổ dân phố số ${i}`, parent: "Đảng bộ phường Đồng Tâm", seed: i }),
  );
  let inputs: RollupInput[];
  beforeAll(async () => {
    const books = await Promise.all(
      units.map((u, i) => unitWorkbook(u, (["level-text", "level-marks", "three-columns"] as const)[i], i)),
    );
    inputs = [
      { name: "don-vi-1.xlsx", bytes: async () => books[0] },
      { name: "hong.xlsx", bytes: async () => encode("PK\u0003\u0004 not a zip") },
      { name: "da-xoa.xlsx", bytes: () => Promise.reject(new Error("NotFoundError: the file was moved")) },
      { name: "don-vi-2.xlsx", bytes: async () => books[1] },
      { name: "don-vi-3.xlsx", bytes: async () => books[2] },
    ];
  });

  it("reports each file in order as it is read, and consolidates the readable ones", async () => {
    const events: string[] = [];
    const read: FileProgress[] = [];
    const outcome = await runRollup(
      inputs,
      { words: VI, readGrids: readWorkbookBytes, date: DATE, unit: "Đảng bộ phường Đồng Tâm" },
      {
        onReading: (i) => events.push(`reading ${i}`),
        onRead: (i, p) => {
          events.push(`read ${i}`);
          read.push(p);
        },
      },
      noPause,
    );
    expect(events).toEqual(inputs.flatMap((_, i) => [`reading ${i}`, `read ${i}`]));
    // Names typed in capitals are read back in sentence case: compare them folded.
    expect(read.map((p) => [p.file, foldText(p.unit), p.status, p.failure?.reason ?? null])).toEqual([
      ["don-vi-1.xlsx", foldText(units[0].name), "raw", null],
      ["hong.xlsx", "", "unreadable", "corrupt"],
      ["da-xoa.xlsx", "", "unreadable", "not-found"],
      ["don-vi-2.xlsx", foldText(units[1].name), "raw", null],
      ["don-vi-3.xlsx", foldText(units[2].name), "raw", null],
    ]);
    expect(read[1].errors).toBeGreaterThan(0);

    const direct = countMembers(units);
    const members = outcome.analysis.results.members;
    expect(members?.total).toBe(direct.total);
    expect(members?.notClassified).toBe(direct.notClassified);
    expect(outcome.analysis.units.map((u) => foldText(u.unit))).toEqual(units.map((u) => foldText(u.name)));
    expect(outcome.analysis.unit.name).toBe("Đảng bộ phường Đồng Tâm");
    expect(outcome.hasErrors).toBe(true);
  });

  it("lets the page paint between files", async () => {
    let pauses = 0;
    await runRollup(
      inputs.slice(0, 2),
      { words: VI, readGrids: readWorkbookBytes, date: DATE },
      { onReading: () => undefined, onRead: () => undefined },
      async () => {
        pauses++;
      },
    );
    expect(pauses).toBe(3);
  });
});

describe("reading the list of expected units", () => {
  const neverRead = () => Promise.reject(new Error("not a workbook"));

  it("reads a text file, one unit a line", async () => {
    const parsed = await parseExpectedFile(
      "don-vi.txt",
      encode("\uFEFF# Đảng bộ phường\nChi bộ Tổ dân phố số 1\r\n\nChi bộ Tổ dân phố số 2\n"),
      neverRead,
    );
    expect(parsed).toEqual({
      ok: true,
      expected: { unit: null, names: ["Chi bộ Tổ dân phố số 1", "Chi bộ Tổ dân phố số 2"] },
    });
  });

  it("reads a JSON list naming the consolidating unit", async () => {
    const parsed = await parseExpectedFile(
      "don-vi.json",
      encode(JSON.stringify({ unit: "Đảng bộ phường Đồng Tâm", units: ["Chi bộ A", "Chi bộ B"] })),
      neverRead,
    );
    expect(parsed).toEqual({
      ok: true,
      expected: { unit: "Đảng bộ phường Đồng Tâm", names: ["Chi bộ A", "Chi bộ B"] },
    });
  });

  it("reads a workbook listing the units under a header", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Danh sách");
    ws.getCell("A1").value = "ĐẢNG BỘ PHƯỜNG ĐỒNG TÂM";
    ws.getCell("A3").value = "STT";
    ws.getCell("B3").value = "Tên đơn vị";
    ws.getCell("B4").value = "Chi bộ Tổ dân phố số 1";
    ws.getCell("B5").value = "Chi bộ Tổ dân phố số 2";
    const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const parsed = await parseExpectedFile("Danh sach.xlsx", bytes, readWorkbookBytes);
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.expected.names).toEqual(["Chi bộ Tổ dân phố số 1", "Chi bộ Tổ dân phố số 2"]);
  });

  it("says why a list cannot be used", async () => {
    expect(await parseExpectedFile("trong.txt", encode("\n# chỉ có ghi chú\n"), neverRead)).toEqual({
      ok: false,
      detail: "no unit names",
    });
    expect((await parseExpectedFile("hong.json", encode("[1, 2"), neverRead)).ok).toBe(false);
    await expect(
      parseExpectedFile("hong.xlsx", encode("không phải sổ"), readWorkbookBytes),
    ).rejects.toMatchObject({
      name: "XlsxReadError",
      reason: "not-xlsx",
    });
  });
});
