import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SUMMARY_SHEET_NAMES } from "../../src/core/summary/build";
import { createBrowserIO } from "../../src/taskpane/browser-io";
import type { KeyValueStore } from "../../src/taskpane/state/ui-state";

const SAMPLE = resolve(__dirname, "../../../shared/samples/chi-bo-tdp-so-3-2025.xlsx");

function memoryStore(): KeyValueStore {
  const data = new Map<string, string>();
  return { getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

function sampleFile(name = "chi-bo-tdp-so-3-2025.xlsx"): File {
  return new File([readFileSync(SAMPLE)], name);
}

describe("browser mode I/O", () => {
  it("reads the sheets of a file the user opened", async () => {
    const io = createBrowserIO(memoryStore(), "chibo");
    expect(await io.openFile?.(sampleFile())).toEqual({
      name: "chi-bo-tdp-so-3-2025.xlsx",
      size: expect.any(Number),
    });
    const grids = await io.readSheets();
    expect(grids.map((g) => g.name)).toEqual(expect.arrayContaining(["Danh sách ĐV", "Sinh hoạt 2025"]));
  });

  it("has nothing to read before a file is opened", async () => {
    const io = createBrowserIO(memoryStore(), "chibo");
    await expect(io.readSheets()).rejects.toThrow();
    expect(await io.loadSettings()).toEqual({ mappings: {}, criteriaId: null });
  });

  it("refuses a file that is not a workbook, with the reason", async () => {
    const io = createBrowserIO(memoryStore(), "chibo");
    await expect(io.openFile?.(new File(["không phải sổ"], "ghi-chu.xlsx"))).rejects.toMatchObject({
      name: "XlsxReadError",
      reason: "not-xlsx",
    });
  });

  it("remembers the user's choices under the file's name", async () => {
    const store = memoryStore();
    const first = createBrowserIO(store, "chibo");
    await first.openFile?.(sampleFile());
    const settings = { mappings: { "Danh sách ĐV": { kind: "members" as const } }, criteriaId: "hd21-2019" };
    await first.saveSettings(settings);

    const again = createBrowserIO(store, "chibo");
    await again.openFile?.(sampleFile());
    expect(await again.loadSettings()).toEqual(settings);

    const other = createBrowserIO(store, "chibo");
    await other.openFile?.(sampleFile("another name.xlsx"));
    expect(await other.loadSettings()).toEqual({ mappings: {}, criteriaId: null });
  });

  it("writes sheets into the opened workbook", async () => {
    const io = createBrowserIO(null, "chibo");
    await io.openFile?.(sampleFile());
    const result = await io.writeSheets([
      {
        name: SUMMARY_SHEET_NAMES.check,
        cells: [[{ value: "chibo" }]],
        merges: [],
        columnWidths: [10],
        hiddenColumns: [],
        page: { orientation: "portrait", paperSize: "A4", fitToWidth: true },
      },
    ]);
    expect(result.written).toEqual([
      { requested: SUMMARY_SHEET_NAMES.check, actual: SUMMARY_SHEET_NAMES.check },
    ]);
    expect((await io.readSheets()).map((g) => g.name)).toContain(SUMMARY_SHEET_NAMES.check);
  });
});
