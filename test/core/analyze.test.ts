import { analyzeWorkbook } from "../../src/core/analyze";
import { validateCriteria } from "../../src/core/criteria-schema";
import { largestRemainderPercents } from "../../src/core/compute/shares";
import { LEVEL_KEYS } from "../../src/core/criteria/levels";
import type { CapRule, Criteria } from "../../src/core/criteria/schema";
import { KEY_COL } from "../../src/core/criteria/sheet-layout";
import { criteriaToSheetSpec } from "../../src/core/criteria/sheet-write";
import type { CellValue, Grid } from "../../src/core/grid/types";
import type { Issue } from "../../src/core/issues";
import { specValues } from "../../src/core/summary/spec";
import {
  collectiveSheet,
  grid,
  memberSheet,
  preset,
  reportedSheet,
  titleRows,
  type MemberLine,
} from "../support/grids";
import { VI } from "../support/words";

/** Eight members of one cell: 1 HTXSNV, 5 HTTNV, 1 HTNV, 1 not classified (new member). */
function cleanMembers(): MemberLine[] {
  return [
    { name: "Nguyễn Văn An", birthYear: 1970, card: "01.000001", level: "HTXSNV" },
    { name: "Trần Thị Bình", birthYear: 1975, card: "01.000002", level: "HTTNV" },
    { name: "Lê Văn Cường", birthYear: 1980, card: "01.000003", level: "Hoàn thành tốt nhiệm vụ" },
    { name: "Phạm Thị Dung", birthYear: 1982, card: "01.000004", level: "HTTNV" },
    { name: "Hoàng Văn Em", birthYear: 1990, card: "01.000005", level: "HTT NV" },
    { name: "Vũ Thị Giang", birthYear: 1991, card: "01.000006", level: "HTTNV" },
    { name: "Đỗ Văn Hà", birthYear: 1960, card: "01.000007", level: "HTNV" },
    {
      name: "Bùi Thị Khánh",
      birthYear: 2000,
      card: null,
      level: "Không xếp loại",
      notes: "Mới kết nạp chưa đủ 6 tháng",
    },
  ];
}

const COUNTS: [number, number, number, number] = [1, 5, 1, 0];

function members(lines: MemberLine[] = cleanMembers(), year = 2025): Grid {
  return memberSheet({ name: "Danh sách", members: lines, title: titleRows({ year }) });
}

function errors(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => i.severity === "error");
}

describe("analyzeWorkbook end to end", () => {
  it("reads a clean member list: unit, sheets, counts and shares, no issue", () => {
    const analysis = analyzeWorkbook([members()], { words: VI });
    expect(analysis.criteria.id).toBe("qd366-2025");
    expect(analysis.unit).toEqual({
      name: "Chi bộ tổ dân phố số 3",
      parent: "Đảng bộ phường Đồng Tâm",
      period: 2025,
      place: "Đồng Tâm",
    });
    expect(analysis.sheets).toMatchObject([
      { name: "Danh sách", kind: "members", headerRows: [6], firstDataRow: 7, lastDataRow: 14 },
    ]);
    expect(analysis.issues).toEqual([]);
    const percents = largestRemainderPercents(COUNTS, 1);
    const result = analysis.results.members;
    expect(result).toMatchObject({ total: 8, assessed: 7, notClassified: 1, unrecognized: 0 });
    LEVEL_KEYS.forEach((level, i) =>
      expect(result?.levels[level]).toEqual({ count: COUNTS[i], percent: percents[i] }),
    );
    expect(result?.cap).toMatchObject({ limit: 1, actual: 1, exceeded: false });
    expect(analysis.units).toEqual([
      { unit: "Chi bộ tổ dân phố số 3", members: result, collectives: null, meetings: null },
    ]);
  });

  it("reports the mistakes planted in a member list at their cells", () => {
    const lines = cleanMembers();
    lines[1] = { ...lines[1], card: "01.000001" }; // a card given twice
    lines[2] = { ...lines[2], level: "Hoàn thàng tốt nhiệm vụ" }; // a misspelt level
    lines[3] = { ...lines[3], notes: "Bị kỷ luật cảnh cáo" }; // disciplined, still HTTNV
    lines[4] = { ...lines[4], level: "HTXSNV" }; // 2 HTXSNV for 3 HTTNV: the cap is 0
    const analysis = analyzeWorkbook([members(lines)], { words: VI });
    expect(analysis.issues.map((i) => [i.code, i.cell])).toEqual([
      ["duplicate-member", "D8"],
      ["invalid-level", "E9"],
      ["discipline-level", "E10"],
      ["cap-exceeded", null],
    ]);
    expect(analysis.results.members).toMatchObject({ total: 8, assessed: 6, unrecognized: 1 });
    expect(analysis.results.members?.cap).toMatchObject({ limit: 0, actual: 2, exceeded: true });
  });

  it("checks a reported summary against the member list it was made from", () => {
    const percents = largestRemainderPercents(COUNTS, 1);
    const right = { content: "Đảng viên", total: 8, assessed: 7, counts: COUNTS, percents };
    expect(analyzeWorkbook([members(), reportedSheet([right])], { words: VI }).issues).toEqual([]);
    const wrong = analyzeWorkbook([members(), reportedSheet([{ ...right, total: 9 }])], { words: VI });
    expect(wrong.issues).toMatchObject([
      {
        code: "cross-sheet-mismatch",
        sheet: "Báo cáo",
        cell: "C8",
        params: { stated: 9, computed: 8, otherSheet: "Danh sách" },
      },
    ]);
  });

  it("judges by the rules of the workbook's year", () => {
    expect(analyzeWorkbook([members(cleanMembers(), 2022)], { words: VI }).criteria.id).toBe("hd21-2019");
    expect(analyzeWorkbook([members(cleanMembers(), 2024)], { words: VI }).criteria.id).toBe("qd124-2023");
    expect(
      analyzeWorkbook([memberSheet({ members: cleanMembers(), title: [] })], { words: VI }).criteria.id,
    ).toBe("qd366-2025");
  });

  it("uses the criteria it is given over the year's", () => {
    expect(analyzeWorkbook([members()], { words: VI, criteria: preset("hd21-2019") }).criteria.id).toBe(
      "hd21-2019",
    );
  });

  it("reports a workbook with no table it can read, and a sheet it cannot read", () => {
    const prose = grid("Ghi chép", [["Ghi chép họp chi bộ"], ["Nội dung: triển khai nghị quyết"]]);
    const alone = analyzeWorkbook([prose], { words: VI });
    // The workbook-wide issue comes first.
    expect(alone.issues).toMatchObject([
      { code: "header-not-found", sheet: null, severity: "error" },
      { code: "unknown-sheet", sheet: "Ghi chép" },
    ]);
    const beside = analyzeWorkbook([members(), prose], { words: VI });
    expect(beside.issues).toMatchObject([{ code: "unknown-sheet", sheet: "Ghi chép", severity: "info" }]);
    expect(errors(beside.issues)).toEqual([]);
  });

  it("tells a sheet of a few notes from a long one it cannot read, by its filled rows", () => {
    const notes = (filled: number) =>
      grid(
        "Ghi chép",
        Array.from({ length: filled }, (_, i) => [`Ghi chép ${i + 1}`]).flatMap((row) => [row, [null, ""]]),
      );
    const codes = (filled: number) =>
      analyzeWorkbook([members(), notes(filled)], { words: VI })
        .issues.filter((issue) => issue.sheet === "Ghi chép")
        .map((issue) => issue.code);
    expect(codes(4)).toEqual(["unknown-sheet"]);
    expect(codes(5)).toEqual(["header-not-found"]);
    expect(codes(2000)).toEqual(["header-not-found"]);
    expect(codes(0)).toEqual([]);
  });

  it("reports a TCVN3 list as legacy-encoded and reads it decoded", () => {
    const legacy = grid(
      "DS",
      [
        ...titleRows(),
        ["STT", "Hä vµ tªn", "XÕp lo¹i"],
        [1, "Ph¹m Thu S¬n", "Hoµn thµnh tèt nhiÖm vô"],
        [2, "Vâ H÷u S¬n", "Hoµn thµnh nhiÖm vô"],
      ],
      {
        fonts: { B6: ".VnTimeH", C6: ".VnTimeH", B7: ".VnTime", C7: ".VnTime", B8: ".VnTime", C8: ".VnTime" },
      },
    );
    const analysis = analyzeWorkbook([legacy], { words: VI });
    expect(analysis.sheets[0]).toMatchObject({ kind: "members", encoding: "tcvn3" });
    expect(analysis.issues).toMatchObject([
      {
        code: "legacy-encoding",
        sheet: "DS",
        severity: "warning",
        params: { sample: "Hä vµ tªn", decoded: "HỌ VÀ TÊN" },
      },
    ]);
    expect(analysis.results.members?.levels.HTTNV.count).toBe(1);
    expect(analysis.results.members?.levels.HTNV.count).toBe(1);
  });

  it("reports an error value once, though two checks see it", () => {
    const lines = cleanMembers();
    lines[0] = { ...lines[0], level: { error: "#N/A" } };
    const analysis = analyzeWorkbook([members(lines)], { words: VI });
    expect(analysis.issues.filter((i) => i.code === "formula-error")).toMatchObject([{ cell: "E7" }]);
  });
});

describe("analyzeWorkbook with mapping overrides", () => {
  /** Headers no synonym knows. */
  const odd = grid("Lạ", [
    ...titleRows(),
    ["Thông tin", "Người", "Đánh giá cuối"],
    [1, "Nguyễn Văn An", "HTTNV"],
    [2, "Trần Thị Bình", "HTNV"],
  ]);

  it("reads a sheet it could not guess when the mapping says how", () => {
    const guessed = analyzeWorkbook([odd], { words: VI });
    expect(guessed.sheets[0].kind).toBe("unknown");
    expect(guessed.results.members).toBeUndefined();
    expect(errors(guessed.issues).map((i) => i.code)).toContain("header-not-found");
    const mapped = analyzeWorkbook([odd], {
      words: VI,
      mappings: { Lạ: { kind: "members", headerRows: [6], columns: { name: "B", level: "C" } } },
    });
    expect(mapped.sheets[0]).toMatchObject({ kind: "members", mapped: true, confidence: 1 });
    expect(mapped.results.members).toMatchObject({ total: 2, assessed: 2 });
    expect(mapped.issues).toEqual([]);
  });

  it("lets the mapping's column win over the guessed one", () => {
    const rows: CellValue[][] = [
      ...titleRows(),
      ["STT", "Họ và tên", "Xếp loại", "Kết luận cuối cùng"],
      [1, "Nguyễn Văn An", "HTXSNV", "HTTNV"],
      [2, "Trần Thị Bình", "HTXSNV", "HTTNV"],
    ];
    const sheet = grid("Danh sách", rows);
    expect(analyzeWorkbook([sheet], { words: VI }).results.members?.levels.HTXSNV.count).toBe(2);
    const mapped = analyzeWorkbook([sheet], {
      words: VI,
      mappings: { "Danh sách": { columns: { level: "D" } } },
    });
    expect(mapped.results.members?.levels.HTXSNV.count).toBe(0);
    expect(mapped.results.members?.levels.HTTNV.count).toBe(2);
    expect(mapped.sheets[0].columns.level).toBe("D");
  });

  it("applies a mapping only to the sheet it names", () => {
    const mapped = analyzeWorkbook([odd], {
      words: VI,
      mappings: { "Sheet khác": { kind: "members", columns: { name: "B", level: "C" } } },
    });
    expect(mapped.sheets[0].kind).toBe("unknown");
  });
});

describe("analyzeWorkbook with a “Tiêu chí” sheet", () => {
  /** Hướng dẫn 21 with the cap counted on everyone assessed, as some committees do. */
  const ownRules: Criteria = {
    ...preset("hd21-2019"),
    id: "chi-bo-rieng",
    cap: { ...(preset("hd21-2019").cap as CapRule), denominator: "ASSESSED" },
  };

  function criteriaGrid(criteria: Criteria): { name: string; rows: CellValue[][] } {
    const spec = criteriaToSheetSpec(criteria, VI);
    return { name: spec.name, rows: specValues(spec) };
  }

  /** 2 HTXSNV, 5 HTTNV, 3 HTNV: over 20% of HTTNV (limit 1), within 20% of those assessed (limit 2). */
  const lines: MemberLine[] = [
    ...["HTXSNV", "HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTNV", "HTNV", "HTNV"].map(
      (level, i) => ({
        name: `Đảng viên ${i + 1}`,
        level,
      }),
    ),
  ];

  it("uses the criteria written in the workbook", () => {
    const analysis = analyzeWorkbook([criteriaGrid(ownRules), members(lines)], {
      words: VI,
      validateCriteria,
    });
    expect(analysis.criteria.id).toBe("chi-bo-rieng");
    expect(analysis.sheets[0].kind).toBe("criteria");
    expect(analysis.results.members?.cap).toMatchObject({
      denominator: "ASSESSED",
      limit: 2,
      exceeded: false,
    });
    expect(analysis.issues).toEqual([]);
  });

  it("judges by the year's preset without the sheet", () => {
    const analysis = analyzeWorkbook([members(lines)], { words: VI });
    expect(analysis.criteria.id).toBe("qd366-2025");
    expect(analysis.issues.map((i) => i.code)).toEqual(["cap-exceeded"]);
  });

  it("reports an edited criteria sheet that cannot be read at its cell, and falls back to the preset", () => {
    const broken = criteriaGrid(ownRules);
    const row = broken.rows.findIndex((line) => line[KEY_COL] === "cap.ratio");
    broken.rows[row][1] = "hai mươi";
    const analysis = analyzeWorkbook([broken, members(lines)], { words: VI, validateCriteria });
    expect(analysis.criteria.id).toBe("qd366-2025");
    expect(analysis.issues[0]).toMatchObject({
      code: "invalid-number",
      sheet: "Tiêu chí",
      cell: `B${row + 1}`,
    });
  });

  it("is not read without the schema: a caller that leaves it out is told, not passed over", () => {
    expect(() => analyzeWorkbook([criteriaGrid(ownRules), members(lines)], { words: VI })).toThrow(
      /"Tiêu chí" holds criteria: validateCriteria/,
    );
  });

  it("gives way to criteria passed by the caller", () => {
    expect(
      analyzeWorkbook([criteriaGrid(ownRules), members(lines)], { words: VI, criteria: preset("qd124-2023") })
        .criteria.id,
    ).toBe("qd124-2023");
  });
});

describe("analyzeWorkbook issue order", () => {
  it("orders issues by sheet as in the workbook, then by row", () => {
    const lines = cleanMembers();
    lines[5] = { ...lines[5], level: "HTXNV" }; // row 12, found while reading levels
    lines[1] = { ...lines[1], card: "01.000001" }; // row 8, found later by the card check
    const second = memberSheet({
      name: "Danh sách 2",
      fields: ["index", "name", "level", "notes", "notes"],
      members: [{ name: "Ngô Văn Long", level: "HTNV" }],
    });
    const analysis = analyzeWorkbook([members(lines), second], { words: VI });
    const sheets = ["Danh sách", "Danh sách 2"];
    // Issues of the whole sheet (the cap, a duplicate header) come after its rows.
    expect(analysis.issues.map((i) => [i.sheet, i.code, i.row ?? null])).toEqual([
      ["Danh sách", "duplicate-member", 8],
      ["Danh sách", "invalid-level", 12],
      ["Danh sách", "cap-exceeded", null],
      ["Danh sách 2", "duplicate-column", null],
    ]);
    // Reversing the sheets puts the second sheet's issues first (the cap over both lists is judged on the first).
    const reversed = analyzeWorkbook([second, members(lines)], { words: VI });
    expect(reversed.issues.map((i) => [i.sheet, i.code])).toEqual([
      [sheets[1], "duplicate-column"],
      [sheets[1], "cap-exceeded"],
      [sheets[0], "duplicate-member"],
      [sheets[0], "invalid-level"],
    ]);
  });
});

describe("analyzeWorkbook units", () => {
  /** Chi bộ 1: 1 HTXSNV, 3 HTTNV; Chi bộ 2: 2 HTTNV, 1 HTNV. The ward keeps the cap (1 of 5). */
  const cellLines: MemberLine[] = [
    { name: "Nguyễn Văn An", cell: "Chi bộ 1", level: "HTXSNV" },
    { name: "Trần Thị Bình", cell: "Chi bộ 1", level: "HTTNV" },
    { name: "Lê Văn Cường", cell: "Chi bộ 1", level: "HTTNV" },
    { name: "Đinh Văn Lâm", cell: "Chi bộ 1", level: "HTTNV" },
    { name: "Phạm Thị Dung", cell: "Chi bộ 2", level: "HTNV" },
    { name: "Hoàng Văn Em", cell: "Chi bộ 2", level: "HTTNV" },
    { name: "Mai Thị Ngọc", cell: "Chi bộ 2", level: "HTTNV" },
  ];
  const wardList = memberSheet({
    name: "Đảng viên",
    fields: ["index", "name", "cell", "level"],
    members: cellLines,
    title: titleRows({ parent: "ĐẢNG BỘ THÀNH PHỐ", unit: "ĐẢNG BỘ PHƯỜNG ĐỒNG TÂM" }),
  });

  it("gives one unit per cell where the member list has a “Chi bộ” column", () => {
    const cells = collectiveSheet([
      { name: "Chi bộ 1", members: 4, level: "HTXSNV" },
      { name: "Chi bộ 2", members: 3, level: "HTTNV" },
    ]);
    // Under Quy định 366 one HTXSNV cell of one HTTNV would break the collectives' cap: rules of 2019 here.
    const analysis = analyzeWorkbook([wardList, cells], { words: VI, criteria: preset("hd21-2019") });
    expect(analysis.units.map((u) => u.unit)).toEqual(["Chi bộ 1", "Chi bộ 2"]);
    expect(analysis.units[0].members).toMatchObject({
      total: 4,
      levels: { HTXSNV: { count: 1 }, HTTNV: { count: 3 } },
    });
    expect(analysis.units[1].members).toMatchObject({
      total: 3,
      levels: { HTNV: { count: 1 }, HTTNV: { count: 2 } },
    });
    expect(analysis.units[0].collectives?.levels.HTXSNV.count).toBe(1);
    expect(analysis.units[1].collectives?.levels.HTTNV.count).toBe(1);
    expect(analysis.results.members?.total).toBe(7);
    expect(analysis.issues).toEqual([]);
  });

  it("cross-checks each cell's member count and top level against the member list", () => {
    const cells = collectiveSheet([
      { name: "Chi bộ 1", members: 5, level: "HTTNV" },
      { name: "Chi bộ 2", members: 3, level: "HTXSNV" },
    ]);
    const analysis = analyzeWorkbook([wardList, cells], { words: VI, criteria: preset("hd21-2019") });
    expect(analysis.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["cross-sheet-mismatch", "Xếp loại chi bộ", "C7"],
      ["collective-level-conflict", "Xếp loại chi bộ", "D8"],
    ]);
  });

  it("gives one unit, the workbook's, where members are not split by cell", () => {
    const analysis = analyzeWorkbook([members()], { words: VI });
    expect(analysis.units.map((u) => u.unit)).toEqual(["Chi bộ tổ dân phố số 3"]);
    const oneCell = memberSheet({
      name: "Đảng viên",
      fields: ["index", "name", "cell", "level"],
      members: cellLines.map((line) => ({ ...line, cell: "Chi bộ 1" })),
    });
    expect(analyzeWorkbook([oneCell], { words: VI }).units).toHaveLength(1);
  });

  it("checks the cap per cell where the criteria's scope says so", () => {
    // With one more HTXSNV in Chi bộ 2: 1 of 3 HTTNV in Chi bộ 1 and 1 of 2 in Chi bộ 2 (limit 0 each);
    // the ward, 2 of 5 (limit 1).
    const perCell: Criteria = {
      ...preset("qd366-2025"),
      cap: { ...(preset("qd366-2025").cap as CapRule), scope: "cell" },
    };
    const lines = [...cellLines, { name: "Vũ Thị Giang", cell: "Chi bộ 2", level: "HTXSNV" }];
    const list = memberSheet({
      name: "Đảng viên",
      fields: ["index", "name", "cell", "level"],
      members: lines,
    });
    const byUnit = analyzeWorkbook([list], { words: VI, criteria: preset("qd366-2025") });
    const byCell = analyzeWorkbook([list], { words: VI, criteria: perCell });
    expect(
      byUnit.issues.filter((i) => i.code === "cap-exceeded").map((i) => i.params.denominatorCount),
    ).toEqual([5]);
    expect(
      byCell.issues.filter((i) => i.code === "cap-exceeded").map((i) => i.params.denominatorCount),
    ).toEqual([3, 2]);
  });
});
