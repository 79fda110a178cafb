import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose package index
// pulls in an ES-module-only dependency that Jest (CommonJS here) cannot load: use the enum's file.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
import { ExcelPortError } from "../../src/excel/errors";
import { SETTING_KEYS, WorkbookSettings, type SettingsStore } from "../../src/excel/settings";
import { FakeSettings } from "../support/fake-excel/settings";
import { FakeWorkbook } from "../support/fake-excel/workbook-model";

const globals = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  delete globals.Office;
});

test("mappings and the criteria id are saved into the workbook and read back when it is reopened", async () => {
  const workbook = FakeWorkbook.fromGrids([{ name: "DS", rows: [["a"]] }]);
  const settings = new WorkbookSettings(new FakeSettings(workbook));
  await settings.saveMapping("Danh sách ĐV", {
    kind: "members",
    headerRows: [6, 7],
    columns: { name: "B", level: "H" },
  });
  await settings.saveCriteriaId("qd366-2025");
  expect(workbook.settings[SETTING_KEYS.criteriaId]).toBe("qd366-2025");

  const reopened = new WorkbookSettings(new FakeSettings(workbook));
  await expect(reopened.load()).resolves.toEqual({
    mappings: { "Danh sách ĐV": { kind: "members", headerRows: [6, 7], columns: { name: "B", level: "H" } } },
    criteriaId: "qd366-2025",
  });

  await reopened.saveMapping("Danh sách ĐV", null);
  await expect(new WorkbookSettings(new FakeSettings(workbook)).load()).resolves.toEqual({
    mappings: {},
    criteriaId: "qd366-2025",
  });
});

test("a workbook without settings, or with settings of the wrong shape, reads as empty", async () => {
  const workbook = FakeWorkbook.fromGrids([{ name: "DS", rows: [["a"]] }]);
  await expect(new WorkbookSettings(new FakeSettings(workbook)).load()).resolves.toEqual({
    mappings: {},
    criteriaId: null,
  });
  workbook.settings = { [SETTING_KEYS.mappings]: ["not", "a", "map"], [SETTING_KEYS.criteriaId]: 42 };
  await expect(new WorkbookSettings(new FakeSettings(workbook)).load()).resolves.toEqual({
    mappings: {},
    criteriaId: null,
  });
  workbook.settings = { [SETTING_KEYS.mappings]: { good: { kind: "members" }, bad: "x" } };
  await expect(new WorkbookSettings(new FakeSettings(workbook)).load()).resolves.toEqual({
    mappings: { good: { kind: "members" } },
    criteriaId: null,
  });
});

test("a failed save rejects with a message, and the document keeps its earlier settings", async () => {
  const workbook = FakeWorkbook.fromGrids([{ name: "DS", rows: [["a"]] }]);
  const store = new FakeSettings(workbook);
  store.failNextSave = true;
  const error = await new WorkbookSettings(store).saveCriteriaId("x").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ExcelPortError);
  expect((error as Error).message).toContain("Không lưu được thiết lập vào sổ tính");
  expect(workbook.settings).toEqual({});
});

test("with office-addin-mock: the default store is Office.context.document.settings", async () => {
  const saved: Record<string, unknown> = {};
  const pending: Record<string, unknown> = {};
  const OfficeMockData = {
    context: {
      document: {
        settings: {
          get: (name: string) => (name in saved ? saved[name] : null),
          set: (name: string, value: unknown) => {
            pending[name] = value;
          },
          saveAsync: (callback: (result: { status: string }) => void) => {
            Object.assign(saved, pending);
            callback({ status: "succeeded" });
          },
        },
      },
    },
  };
  globals.Office = new OfficeMockObject(OfficeMockData);
  const settings = new WorkbookSettings();
  await settings.saveCriteriaId("hd21-2019");
  expect(saved[SETTING_KEYS.criteriaId]).toBe("hd21-2019");
  await expect(settings.load()).resolves.toEqual({ mappings: {}, criteriaId: "hd21-2019" });
});

test("a store that fails with an Office error code reports it", async () => {
  const store: SettingsStore = {
    get: () => null,
    set: () => undefined,
    saveAsync: (callback) =>
      callback?.({ status: "failed", error: { code: 5001, message: "An internal error has occurred." } }),
  };
  await expect(new WorkbookSettings(store, "en").save({ mappings: {}, criteriaId: null })).rejects.toThrow(
    "Could not save the settings in the workbook. Excel reported an error (5001).",
  );
});
