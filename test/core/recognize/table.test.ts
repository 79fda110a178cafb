import type { CellValue } from "../../../src/core/grid/types";
import { LevelMatcher } from "../../../src/core/criteria/level-matcher";
import { encodeMarker, SUMMARY_FORMAT_VERSION } from "../../../src/core/summary/marker";
import { grid, markedSheet, memberSheet, recognize, titleRows } from "../../support/grids";

const MEMBERS = [
  { name: "Nguyễn Văn An", birthYear: 1970, card: "01.234567", level: "HTTNV" },
  { name: "Trần Thị Bình", birthYear: 1980, card: "01.234568", level: "HTXSNV" },
];

/** Headers no synonym knows: only an explicit mapping can read this sheet. */
const ODD_SHEET = grid("Lạ", [
  ["Thông tin", "Người", "Đánh giá cuối"],
  [1, "Nguyễn Văn An", "HTTNV"],
  [2, "Trần Thị Bình", "HTNV"],
  [3, "Lê Văn Cường", "HTXSNV"],
]);

describe("recognizeSheet", () => {
  it("says what it guessed: kind, header rows, data rows and columns (1-based, letters)", () => {
    const table = recognize(memberSheet({ members: MEMBERS, after: [[null, "Tổng cộng"]] }));
    expect(table.info).toMatchObject({
      name: "Danh sách",
      kind: "members",
      headerRows: [6],
      firstDataRow: 7,
      lastDataRow: 8,
      columns: { index: "A", name: "B", birthYear: "C", cardNumber: "D", level: "E", notes: "F" },
      confidence: 1,
      mapped: false,
    });
    expect(table.info.encoding).toBeUndefined();
    expect(table.extent.totalRow).toBe(8);
    expect(table.issues).toEqual([]);
  });

  it("starts the data under a numbering row", () => {
    const rows: CellValue[][] = [
      ...titleRows(),
      ["STT", "Họ và tên", "Xếp loại"],
      ["(1)", "(2)", "(3)"],
      [1, "Nguyễn Văn An", "HTTNV"],
    ];
    expect(recognize(grid("S", rows)).info).toMatchObject({ headerRows: [6], firstDataRow: 8 });
  });

  it("recognizes a marked list with its two header rows", () => {
    const table = recognize(markedSheet([{ name: "Nguyễn Văn An", marks: [1] }]));
    expect(table.info.kind).toBe("members");
    expect(table.info.headerRows).toEqual([6, 7]);
    expect(table.info.columns).toMatchObject({ "levelMark:HTXSNV": "D", "levelMark:none": "H", notes: "I" });
  });

  it("reports a column claimed twice as duplicate-column at the header cell of the other one", () => {
    const rows: CellValue[][] = [
      ["STT", "Họ và tên", "Xếp loại", "Ghi chú", "Ghi chú"],
      [1, "Nguyễn Văn An", "HTTNV"],
    ];
    const table = recognize(grid("S", rows));
    expect(table.issues).toHaveLength(1);
    expect(table.issues[0]).toMatchObject({
      code: "duplicate-column",
      cell: "E1",
      params: { field: "notes", first: "D", second: "E", used: "D" },
    });
  });

  it("notes the legacy encoding of the sheet", () => {
    const rows: CellValue[][] = [
      ["STT", "Hä vµ tªn", "XÕp lo¹i"],
      [1, "Ph¹m Thu S¬n", "Hoµn thµnh tèt nhiÖm vô"],
    ];
    const table = recognize(
      grid("DS", rows, { fonts: { B1: ".VnTime", C1: ".VnTime", B2: ".VnTime", C2: ".VnTime" } }),
    );
    expect(table.info.kind).toBe("members");
    expect(table.info.encoding).toBe("tcvn3");
    expect(table.text.text(1, 1)).toBe("Phạm Thu Sơn");
  });

  it("leaves a sheet it cannot read as unknown, with no confidence", () => {
    const table = recognize(ODD_SHEET);
    expect(table.info.kind).toBe("unknown");
    expect(table.info.confidence).toBe(0);
    expect(table.extent.rows).toEqual([]);
  });

  it("knows chibo's own summary sheets and criteria sheets by their marker", () => {
    const marker = encodeMarker({
      format: SUMMARY_FORMAT_VERSION,
      kind: "members",
      criteria: "qd366-2025",
      unit: "Chi bộ 3",
      parent: null,
      period: 2025,
      code: "0",
      headerRow: 8,
      firstDataRow: 10,
      totalRow: 11,
      markerColumn: 16,
    });
    const summary = recognize(
      grid("TH Đảng viên", [
        ["ĐẢNG BỘ", null, marker],
        ["STT", "Họ và tên", "Xếp loại"],
      ]),
    );
    expect(summary.info.kind).toBe("chibo-summary");
    const criteria = recognize(
      grid("Tiêu chí", [["TIÊU CHÍ", null, 'chibo-criteria:{"format":1,"id":"x"}']]),
    );
    expect(criteria.info.kind).toBe("criteria");
    // A look-alike that is not our marker is read like any sheet.
    const fake = recognize(
      grid("S", [
        ["chibo-summary:not json", "Họ và tên", "Xếp loại"],
        [1, "Nguyễn Văn An", "HTTNV"],
      ]),
    );
    expect(fake.info.kind).toBe("members");
  });

  describe("explicit mappings", () => {
    it("reads a sheet it could not guess when told kind, header and columns", () => {
      const table = recognize(ODD_SHEET, undefined, {
        kind: "members",
        headerRows: [1],
        columns: { name: "B", level: "C" },
      });
      expect(table.info).toMatchObject({
        kind: "members",
        mapped: true,
        confidence: 1,
        headerRows: [1],
        firstDataRow: 2,
        lastDataRow: 4,
        columns: { name: "B", level: "C" },
      });
    });

    it("wins over the guess for the columns it names, keeping the guessed others", () => {
      const rows: CellValue[][] = [
        ["STT", "Họ và tên", "Xếp loại", "Kết luận cuối cùng", "Ghi chú"],
        [1, "An", "HTTNV", "HTNV"],
      ];
      const guessed = recognize(grid("S", rows));
      const mapped = recognize(grid("S", rows), undefined, { columns: { level: "D" } });
      expect(guessed.info.columns.level).toBe("C");
      expect(mapped.info.columns).toMatchObject({ level: "D", name: "B", notes: "E" });
      expect(mapped.info.mapped).toBe(true);
    });

    it("wins over the guessed kind", () => {
      const sheet = memberSheet({ members: MEMBERS });
      expect(recognize(sheet, undefined, { kind: "collectives", columns: { unitName: "B" } }).info.kind).toBe(
        "collectives",
      );
    });

    it("limits the data rows to the rows it gives", () => {
      const table = recognize(ODD_SHEET, undefined, {
        kind: "members",
        headerRows: [1],
        firstDataRow: 3,
        lastDataRow: 3,
        columns: { name: "B", level: "C" },
      });
      expect(table.extent.rows).toEqual([2]);
      expect(table.info).toMatchObject({ firstDataRow: 3, lastDataRow: 3 });
    });

    it("ignores column letters that are not letters", () => {
      const sheet = memberSheet({ members: MEMBERS });
      const table = recognize(sheet, undefined, { columns: { level: "5" } });
      expect(table.info.columns.level).toBe("E");
    });

    it("does not report duplicate columns once the user has mapped the columns", () => {
      const rows: CellValue[][] = [
        ["STT", "Họ và tên", "Xếp loại", "Ghi chú", "Ghi chú"],
        [1, "An", "HTTNV"],
      ];
      expect(recognize(grid("S", rows), undefined, { columns: { notes: "E" } }).issues).toEqual([]);
    });
  });

  describe("a row that opens like a signature in a list without numbers", () => {
    const sheetWith = (level: string) =>
      memberSheet({
        fields: ["name", "level", "notes"],
        members: [
          { name: "Nguyễn Văn An", level: "HTTNV" },
          { name: "Bí thư Trần Văn Hải", level },
        ],
        after: [[null, null, null]],
      });

    it("is a member when its level column holds a level or a mark", () => {
      for (const level of ["Hoàn thành tốt nhiệm vụ", "htxs nv", "x"]) {
        const table = recognize(sheetWith(level));
        expect(table.extent.footerRow).toBeNull();
        expect(table.extent.rows).toHaveLength(2);
      }
    });

    it("is the signature block when its level column holds any other text, which is not read as a level", () => {
      const read = jest.spyOn(LevelMatcher.prototype, "read");
      try {
        const table = recognize(sheetWith("T/M CHI BỘ"));
        expect(table.extent.footerRow).toBe(table.extent.rows[0] + 1);
        expect(table.extent.rows).toHaveLength(1);
        // Reading it would search for the nearest level spelling to suggest, for nothing.
        expect(read).not.toHaveBeenCalledWith("T/M CHI BỘ");
      } finally {
        read.mockRestore();
      }
    });
  });
});
