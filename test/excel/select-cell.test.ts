import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose package index
// pulls in an ES-module-only dependency that Jest (CommonJS here) cannot load: use the enum's file.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
import { ExcelPortError } from "../../src/excel/errors";
import { OfficeWorkbookPort } from "../../src/excel/port";
import { FakeExcelHost } from "../support/fake-excel/host";
import { FakeWorkbook } from "../support/fake-excel/workbook-model";

const globals = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

describe("with office-addin-mock, as Microsoft's unit-testing guide shows it", () => {
  test("selectCell activates the sheet and selects the address, through the global Excel.run", async () => {
    const calls: string[] = [];
    const MockData = {
      context: {
        workbook: {
          worksheets: {
            getItem: function (name: string) {
              calls.push(`getItem:${name}`);
              return {
                activate: () => calls.push("activate"),
                getRange: (address: string) => ({ select: () => calls.push(`select:${address}`) }),
              };
            },
          },
        },
      },
      run: async function (callback: (context: unknown) => Promise<void>) {
        await callback(this.context);
      },
    };
    const excelMock = new OfficeMockObject(MockData);
    globals.Excel = excelMock;
    globals.Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });

    await new OfficeWorkbookPort().selectCell("Danh sách ĐV", "H29");

    expect(calls).toEqual(["getItem:Danh sách ĐV", "activate", "select:H29"]);
  });

  test("an error from Excel becomes a message naming the sheet and the cell", async () => {
    const MockData = {
      context: {
        workbook: {
          worksheets: {
            getItem: function () {
              throw Object.assign(new Error("The requested resource doesn't exist."), {
                code: "ItemNotFound",
              });
            },
          },
        },
      },
      run: async function (callback: (context: unknown) => Promise<void>) {
        await callback(this.context);
      },
    };
    globals.Excel = new OfficeMockObject(MockData);
    globals.Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });

    const error = await new OfficeWorkbookPort().selectCell("Không có", "A1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelPortError);
    expect((error as Error).message).toContain("Không chuyển được đến ô A1 của trang “Không có”");
    expect(error).toMatchObject({ failure: "not-found", code: "ItemNotFound" });
  });
});

describe("with the fake host", () => {
  test("the sheet becomes active and the cell selected, in one sync", async () => {
    const host = new FakeExcelHost(
      FakeWorkbook.fromGrids([
        { name: "A", rows: [["a"]] },
        { name: "Danh sách ĐV", rows: [["b"]] },
      ]),
    );
    const port = new OfficeWorkbookPort({ run: host.excelRun, isSetSupported: host.isSetSupported });
    await port.selectCell("Danh sách ĐV", "H29");
    expect(host.workbook.activeSheet?.name).toBe("Danh sách ĐV");
    expect(host.workbook.selection).toEqual({ sheetId: host.workbook.sheets[1].id, address: "H29" });
    expect(host.syncCount).toBe(1);
  });

  test("a sheet that is gone: the selection does not move", async () => {
    const host = new FakeExcelHost(FakeWorkbook.fromGrids([{ name: "A", rows: [["a"]] }]));
    const port = new OfficeWorkbookPort({ run: host.excelRun, isSetSupported: host.isSetSupported });
    await expect(port.selectCell("Đã xoá", "A1")).rejects.toMatchObject({ failure: "not-found" });
    expect(host.workbook.selection).toBeNull();
  });
});
