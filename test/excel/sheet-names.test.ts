import {
  isCandidateFor,
  numberedName,
  planFinalNames,
  sheetNameKey,
  temporaryNames,
  TEMP_SHEET_PREFIX,
} from "../../src/excel/sheet-names";

test("names compare without case and without regard to Unicode composition", () => {
  expect(sheetNameKey("TH ĐẢNG VIÊN")).toBe(sheetNameKey("th đảng viên"));
  expect(sheetNameKey("Đảng".normalize("NFD"))).toBe(sheetNameKey("Đảng"));
});

test("alternative names stay within 31 characters", () => {
  expect(numberedName("TH Đảng viên", 2)).toBe("TH Đảng viên (2)");
  const long = "Tổng hợp kết quả xếp loại đảng viên";
  expect(numberedName(long, 12).length).toBeLessThanOrEqual(31);
  expect(numberedName(long, 12).endsWith(" (12)")).toBe(true);
});

test("which existing sheets could be ours for a requested name", () => {
  expect(isCandidateFor("TH Đảng viên", "TH Đảng viên")).toBe(true);
  expect(isCandidateFor("th đảng viên (3)", "TH Đảng viên")).toBe(true);
  expect(isCandidateFor("TH Đảng viên (1)", "TH Đảng viên")).toBe(false);
  expect(isCandidateFor("TH Đảng viên cũ", "TH Đảng viên")).toBe(false);
  expect(isCandidateFor("TH Tổ chức đảng", "TH Đảng viên")).toBe(false);
});

test("our sheets are replaced under their names; a user's sheet keeps its name and ours moves on", () => {
  expect(planFinalNames(["A", "B"], [])).toEqual({ finalNames: ["A", "B"], toDelete: [] });
  expect(planFinalNames(["A"], [{ name: "a", ours: true }])).toEqual({ finalNames: ["A"], toDelete: ["a"] });
  expect(planFinalNames(["A"], [{ name: "A", ours: false }])).toEqual({
    finalNames: ["A (2)"],
    toDelete: [],
  });
  expect(
    planFinalNames(
      ["A"],
      [
        { name: "A", ours: false },
        { name: "A (2)", ours: false },
        { name: "A (3)", ours: true },
      ],
    ),
  ).toEqual({ finalNames: ["A (3)"], toDelete: ["A (3)"] });
});

test("temporary names are unique and collide with nothing", () => {
  const existing = [`${TEMP_SHEET_PREFIX}000000-1`, "DS"];
  const names = temporaryNames(existing, 3, () => 0);
  expect(names).toEqual([
    `${TEMP_SHEET_PREFIX}000000-2`,
    `${TEMP_SHEET_PREFIX}000000-3`,
    `${TEMP_SHEET_PREFIX}000000-4`,
  ]);
  expect(names.every((name) => name.length <= 31)).toBe(true);
});
