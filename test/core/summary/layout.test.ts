import { summaryCode } from "../../../src/core/summary/integrity";
import { layoutReport, type ReportContent } from "../../../src/core/summary/layout";
import { decodeMarker, decodeRowMarker } from "../../../src/core/summary/marker";
import type { SheetSpec, SpecCell } from "../../../src/core/summary/spec";
import { EN, VI } from "../../support/words";

function content(patch: Partial<ReportContent> = {}): ReportContent {
  return {
    kind: "members",
    name: "TH Đảng viên",
    title: "TỔNG HỢP KẾT QUẢ NĂM 2025",
    subtitle: "(Tiêu chí: qd366-2025)",
    unit: {
      name: "Chi bộ Tổ dân phố số 3",
      parent: "Đảng bộ phường Đồng Tâm",
      period: 2025,
      place: "Đồng Tâm",
    },
    criteriaId: "qd366-2025",
    columns: [
      { header: "TT", width: 5, align: "center" },
      { header: "Đơn vị", width: 30 },
      { header: "Số lượng", group: "HTXSNV", width: 8 },
      { header: "Tỷ lệ %", group: "HTXSNV", width: 8, numberFormat: "0.0" },
    ],
    rows: [
      [1, "=Chi bộ 1", 3, 15.1],
      [2, "+84 Chi bộ", 2, 10],
    ],
    total: [null, "Tổng cộng", 5, 12.6],
    date: new Date(2025, 11, 20),
    words: VI,
    ...patch,
  };
}

const cell = (spec: SheetSpec, row: number, col: number): SpecCell | undefined => spec.cells[row]?.[col];

/** 0-based row whose first column holds `text`. */
function rowWith(spec: SheetSpec, text: string, col = 0): number {
  return spec.cells.findIndex((line) => line[col]?.value === text);
}

describe("layoutReport: header block", () => {
  const spec = layoutReport(content());

  it("puts the committee above and the unit top left, in capitals, the unit in bold", () => {
    expect(cell(spec, 0, 0)?.value).toBe("ĐẢNG BỘ PHƯỜNG ĐỒNG TÂM");
    expect(cell(spec, 1, 0)).toMatchObject({ value: "CHI BỘ TỔ DÂN PHỐ SỐ 3", bold: true });
    expect(cell(spec, 2, 0)?.value).toBe("*");
  });

  it("puts the party's name and the place and date top right", () => {
    expect(cell(spec, 0, 2)).toMatchObject({ value: "ĐẢNG CỘNG SẢN VIỆT NAM", bold: true });
    expect(cell(spec, 1, 2)).toMatchObject({ value: "Đồng Tâm, ngày 20 tháng 12 năm 2025", italic: true });
    expect(spec.merges).toContainEqual({ top: 0, left: 2, bottom: 0, right: 3 });
  });

  it("centres the title and subtitle across the table", () => {
    expect(cell(spec, 4, 0)).toMatchObject({
      value: "TỔNG HỢP KẾT QUẢ NĂM 2025",
      bold: true,
      horizontal: "center",
    });
    expect(cell(spec, 5, 0)?.value).toBe("(Tiêu chí: qd366-2025)");
    expect(spec.merges).toContainEqual({ top: 4, left: 0, bottom: 4, right: 3 });
    expect(spec.merges).toContainEqual({ top: 5, left: 0, bottom: 5, right: 3 });
  });

  it("writes a date line without a place, and no committee, where they are unknown", () => {
    const bare = layoutReport(
      content({ unit: { name: "Chi bộ 3", parent: null, period: null, place: null } }),
    );
    expect(cell(bare, 0, 0)?.value).toBe("");
    expect(cell(bare, 1, 2)?.value).toBe("Ngày 20 tháng 12 năm 2025");
  });

  it("writes the English texts in English", () => {
    const en = layoutReport(content({ words: EN }));
    expect(cell(en, 0, 2)?.value).toBe("COMMUNIST PARTY OF VIETNAM");
    expect(cell(en, 1, 2)?.value).toBe("Đồng Tâm, 20/12/2025");
  });
});

describe("layoutReport: table", () => {
  const spec = layoutReport(content());

  it("writes a group header over its columns and merges the others down two rows", () => {
    expect(cell(spec, 7, 2)?.value).toBe("HTXSNV");
    expect(cell(spec, 8, 2)?.value).toBe("Số lượng");
    expect(cell(spec, 8, 3)?.value).toBe("Tỷ lệ %");
    expect(cell(spec, 7, 1)?.value).toBe("Đơn vị");
    expect(spec.merges).toContainEqual({ top: 7, left: 2, bottom: 7, right: 3 });
    expect(spec.merges).toContainEqual({ top: 7, left: 1, bottom: 8, right: 1 });
    expect(spec.page.printTitleRows).toEqual([8, 9]);
    expect(spec.freezeRows).toBe(8);
  });

  it("uses one header row when no column has a group", () => {
    const flat = layoutReport(
      content({ columns: content().columns.map((c) => ({ ...c, group: undefined })) }),
    );
    expect(cell(flat, 7, 2)?.value).toBe("Số lượng");
    expect(cell(flat, 8, 1)?.value).toBe("=Chi bộ 1");
    expect(flat.page.printTitleRows).toEqual([8, 8]);
  });

  it("writes numbers with the column's format and text as text, even text that looks like a formula", () => {
    expect(cell(spec, 9, 2)).toMatchObject({ value: 3, numberFormat: "0", border: true });
    expect(cell(spec, 9, 3)).toMatchObject({ value: 15.1, numberFormat: "0.0" });
    expect(cell(spec, 9, 1)).toMatchObject({ value: "=Chi bộ 1", numberFormat: "@" });
    expect(cell(spec, 10, 1)).toMatchObject({ value: "+84 Chi bộ", numberFormat: "@" });
  });

  it("writes the total row in bold under the data", () => {
    expect(cell(spec, 11, 1)).toMatchObject({ value: "Tổng cộng", bold: true });
    expect(cell(spec, 11, 2)).toMatchObject({ value: 5, bold: true });
    expect(cell(spec, 10, 2)?.bold).toBe(false);
  });

  it("links data cells where asked", () => {
    const linked = layoutReport(content({ links: new Map([["1:1", "'Danh sách'!E9"]]) }));
    expect(cell(linked, 10, 1)?.link).toBe("'Danh sách'!E9");
    expect(cell(linked, 9, 1)?.link).toBeUndefined();
  });
});

describe("layoutReport: signature block and page", () => {
  const spec = layoutReport(content({ notes: ["Ghi chú: số liệu đến ngày 15/12."] }));

  it("puts notes under the table, then “Nơi nhận” left and T/M … BÍ THƯ right", () => {
    const note = rowWith(spec, "Ghi chú: số liệu đến ngày 15/12.");
    const recipients = rowWith(spec, "Nơi nhận:");
    expect(note).toBeGreaterThan(11);
    expect(recipients).toBeGreaterThan(note);
    expect(cell(spec, recipients, 2)?.value).toBe("T/M CHI BỘ");
    expect(cell(spec, recipients + 1, 0)?.value).toBe("- Đảng ủy phường Đồng Tâm (b/c),");
    expect(cell(spec, recipients + 1, 2)?.value).toBe("BÍ THƯ");
    expect(cell(spec, recipients + 2, 0)?.value).toBe("- Lưu.");
  });

  it("signs for the committee of a đảng bộ, and sends up generically without a parent", () => {
    const ward = layoutReport(
      content({ unit: { name: "Đảng bộ phường Đồng Tâm", parent: null, period: 2025, place: null } }),
    );
    const recipients = rowWith(ward, "Nơi nhận:");
    expect(cell(ward, recipients, 2)?.value).toBe("T/M ĐẢNG ỦY");
    expect(cell(ward, recipients + 1, 0)?.value).toBe("- Cấp ủy cấp trên (b/c),");
  });

  it("prints on A4 landscape, fitted to the width, the whole report but not the marker column", () => {
    expect(spec.page).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: true });
    const area = /^A1:([A-Z]+)(\d+)$/.exec(spec.page.printArea ?? "");
    expect(area?.[1]).toBe("D");
    expect(Number(area?.[2])).toBeGreaterThanOrEqual(rowWith(spec, "Nơi nhận:") + 3);
  });

  it("gives wrapped long texts the height of their lines", () => {
    const long = layoutReport(content({ subtitle: "Một dòng chú thích rất dài ".repeat(8) }));
    expect(long.rowHeights).toContainEqual({ row: 5, points: expect.any(Number) });
    expect(spec.rowHeights?.some((h) => h.row === 5)).toBe(false);
  });
});

describe("layoutReport: marker", () => {
  const made = content();
  const spec = layoutReport(made);

  it("keeps a hidden column right of the table for the marker", () => {
    expect(spec.hiddenColumns).toEqual([4]);
    expect(spec.columnWidths).toHaveLength(5);
  });

  it("identifies the sheet: kind, criteria, unit, period and where the table is", () => {
    expect(decodeMarker(cell(spec, 0, 4)?.value ?? null)).toMatchObject({
      kind: "members",
      criteria: "qd366-2025",
      unit: "Chi bộ Tổ dân phố số 3",
      parent: "Đảng bộ phường Đồng Tâm",
      period: 2025,
      headerRow: 8,
      firstDataRow: 10,
      totalRow: 12,
      markerColumn: 4,
    });
  });

  it("carries the integrity code of the table's values, and each row's own values", () => {
    const marker = decodeMarker(cell(spec, 0, 4)?.value ?? null);
    const table = [...made.rows, made.total ?? []];
    if (!marker) throw new Error("no marker");
    expect(marker.code).toBe(summaryCode(marker, table));
    expect(decodeRowMarker(cell(spec, 9, 4)?.value ?? null)).toEqual([1, "=Chi bộ 1", 3, 15.1]);
    expect(decodeRowMarker(cell(spec, 11, 4)?.value ?? null)).toEqual([null, "Tổng cộng", 5, 12.6]);
  });

  it("has no total row in the marker where the report has none", () => {
    const noTotal = layoutReport(content({ total: null }));
    expect(decodeMarker(cell(noTotal, 0, 4)?.value ?? null)?.totalRow).toBe(0);
    expect(cell(noTotal, 11, 1)).toBeUndefined();
  });
});
