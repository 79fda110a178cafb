import type { Grid } from "../../src/core/grid/types";
import { FakeExcelHost, type FakeHostOptions } from "../support/fake-excel/host";
import { installFakeOffice } from "../support/fake-excel/install";
import { FakeWorkbook } from "../support/fake-excel/workbook-model";
import type { FakeRequestContext } from "../support/fake-excel/context";

/** The fake host must behave like Office.js, or the port's tests prove nothing. */

const DEFAULT_GRIDS: Grid[] = [
  {
    name: "DS",
    rows: [
      ["STT", "Họ và tên"],
      [1, "Nguyễn Văn A"],
    ],
  },
];

function host(grids: Grid[] = DEFAULT_GRIDS, options: FakeHostOptions = {}): FakeExcelHost {
  return new FakeExcelHost(FakeWorkbook.fromGrids(grids), options);
}

test("reading a property that was not loaded throws PropertyNotLoaded, as Excel does", async () => {
  const fake = host();
  await fake.run(async (context: FakeRequestContext) => {
    const range = context.workbook.worksheets.getItem("DS").getRange("A1:B2");
    expect(() => range.values).toThrow(
      "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
    );
    range.load("values");
    expect(() => range.values).toThrow(/not available/); // loaded but not yet synced
    await context.sync();
    expect(range.values).toEqual([
      ["STT", "Họ và tên"],
      [1, "Nguyễn Văn A"],
    ]);
    expect(() => range.address).toThrow(/'address' is not available/);
  });
});

test("writes are queued and reach the workbook only on sync", async () => {
  const fake = host();
  await fake.run(async (context: FakeRequestContext) => {
    context.workbook.worksheets.getItem("DS").getRange("C1").values = [["Ghi chú"]];
    expect(fake.workbook.sheets[0].cell(0, 2)).toBeUndefined();
    await context.sync();
    expect(fake.workbook.sheets[0].cell(0, 2)?.value).toBe("Ghi chú");
  });
  expect(fake.syncCount).toBe(1);
});

test("a failed sync applies none of its writes", async () => {
  const fake = host();
  const before = fake.workbook.canonicalDump();
  fake.failSync(1);
  await expect(
    fake.run(async (context: FakeRequestContext) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("DS").getRange("A1").values = [["changed"]];
      sheets.add("Mới");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "GeneralException" });
  expect(fake.workbook.canonicalDump()).toBe(before);
  expect(fake.syncs[0].error).toBe("GeneralException");
});

test("an error in the middle of a batch undoes the whole batch", async () => {
  const fake = host();
  const before = fake.workbook.canonicalDump();
  await expect(
    fake.run(async (context: FakeRequestContext) => {
      const sheets = context.workbook.worksheets;
      sheets.add("Tạm");
      sheets.add("ds"); // names are compared without case: ItemAlreadyExists
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  expect(fake.workbook.canonicalDump()).toBe(before);
});

test("text written into a General cell that looks like a formula becomes a formula; into a text cell it stays text", async () => {
  const fake = host();
  await fake.run(async (context: FakeRequestContext) => {
    const sheet = context.workbook.worksheets.getItem("DS");
    sheet.getRange("D1").values = [["=1+1"]];
    const text = sheet.getRange("D2");
    text.numberFormat = [["@"]];
    text.values = [["=1+1"]];
    await context.sync();
  });
  const sheet = fake.workbook.sheets[0];
  expect(sheet.cell(0, 3)?.formula).toBe("=1+1");
  expect(sheet.cell(1, 3)).toMatchObject({ value: "=1+1", numberFormat: "@" });
  expect(sheet.cell(1, 3)?.formula).toBeUndefined();
});

test("the 5 MB limit of Excel on the web: a response over it fails with ResponsePayloadSizeLimitExceeded", async () => {
  const rows = Array.from({ length: 2000 }, (_, i) => [i, "x".repeat(3000)]);
  const fake = host([{ name: "Lớn", rows }]);
  await expect(
    fake.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("Lớn").getRange("A1:B2000").load("values");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });

  const desktop = host([{ name: "Lớn", rows }], { payloadLimit: null });
  await desktop.run(async (context: FakeRequestContext) => {
    const range = context.workbook.worksheets.getItem("Lớn").getRange("A1:B2000");
    range.load("values");
    await context.sync();
    expect(range.values).toHaveLength(2000);
  });
});

test("a request over the limit fails with RequestPayloadSizeLimitExceeded", async () => {
  const fake = host();
  const big = Array.from({ length: 2000 }, () => ["y".repeat(3000)]);
  await expect(
    fake.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("DS").getRange("A1:A2000").values = big;
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  expect(fake.workbook.sheets[0].cell(5, 0)).toBeUndefined();
});

test("null objects: isNullObject after a sync, for a missing sheet and an empty used range", async () => {
  const fake = host([
    { name: "DS", rows: [["a"]] },
    { name: "Trống", rows: [] },
  ]);
  await fake.run(async (context: FakeRequestContext) => {
    const sheets = context.workbook.worksheets;
    const missing = sheets.getItemOrNullObject("Không có");
    const present = sheets.getItemOrNullObject("ds");
    const empty = sheets.getItem("Trống").getUsedRangeOrNullObject(true);
    const usedOfEmpty = sheets.getItem("Trống").getUsedRange(true);
    usedOfEmpty.load("address");
    expect(() => missing.isNullObject).toThrow(/not available/);
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
    expect(empty.isNullObject).toBe(true);
    expect(usedOfEmpty.address).toBe("Trống!A1");
  });
});

test("getItem of a missing sheet fails the sync with ItemNotFound", async () => {
  const fake = host();
  await expect(
    fake.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("Không có").load("name");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ItemNotFound" });
});

test("APIs newer than the host's requirement set fail with ApiNotFound", async () => {
  const fake = host(undefined, { apiVersion: "1.7" });
  expect(fake.isSetSupported("ExcelApi", "1.7")).toBe(true);
  expect(fake.isSetSupported("ExcelApi", "1.9")).toBe(false);
  await expect(
    fake.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("DS").getRange("A1").getMergedAreasOrNullObject().load("address");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ApiNotFound" });
});

test("renaming onto an existing name fails; deleting the last visible sheet fails", async () => {
  const fake = host([
    { name: "A", rows: [["1"]] },
    { name: "B", rows: [["2"]] },
  ]);
  await expect(
    fake.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("B").name = "a";
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  await fake.run(async (context: FakeRequestContext) => {
    context.workbook.worksheets.getItem("B").delete();
    await context.sync();
  });
  await expect(
    fake.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("A").delete();
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidOperation" });
  expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["A"]);
});

test("merged areas and cell properties come back after a sync; more than 512 merged areas fail", async () => {
  const fake = host([
    {
      name: "DS",
      rows: [["Tiêu đề"], ["x"]],
      merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
      fonts: { A1: ".VnTimeH" },
    },
  ]);
  await fake.run(async (context: FakeRequestContext) => {
    const sheet = context.workbook.worksheets.getItem("DS");
    const areas = sheet.getRange().getMergedAreasOrNullObject();
    areas.load("address");
    const props = sheet.getRange("A1:A2").getCellProperties({ format: { font: { name: true } } });
    await context.sync();
    expect(areas.address).toBe("DS!A1:D1");
    expect(props.value).toEqual([
      [{ format: { font: { name: ".VnTimeH" } } }],
      [{ format: { font: { name: "Calibri" } } }],
    ]);
  });
  const many = Array.from({ length: 600 }, (_, i) => ({ top: i, left: 0, bottom: i, right: 1 }));
  const crowded = host([{ name: "DS", rows: [["x"]], merges: many }]);
  await expect(
    crowded.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("DS").getRange().getMergedAreasOrNullObject().load("address");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "GeneralException" });
});

test("cell edit mode makes every sync fail with InvalidOperationInCellEditMode", async () => {
  const fake = host();
  fake.cellEditMode = true;
  await expect(
    fake.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.load("items/name");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
});

test("installFakeOffice defines Office and Excel globals that office.js code can use", async () => {
  const globals: Record<string, unknown> = {};
  const { host: fake, uninstall } = installFakeOffice(
    globals,
    FakeWorkbook.fromGrids([{ name: "DS", rows: [["a"]] }]),
    {
      displayLanguage: "en-US",
      apiVersion: "1.9",
    },
  );
  const office = globals.Office as typeof Office;
  const excel = globals.Excel as typeof Excel;
  expect(office.context.displayLanguage).toBe("en-US");
  expect(office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
  expect(office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
  expect(excel.ErrorCodes.invalidOperationInCellEditMode).toBe("InvalidOperationInCellEditMode");
  const names = await excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((sheet) => sheet.name);
  });
  expect(names).toEqual(["DS"]);
  expect(fake.syncCount).toBe(1);
  await expect(office.onReady()).resolves.toMatchObject({ host: "Excel" });
  uninstall();
  expect(globals.Office).toBeUndefined();
});
