import { LevelMatcher } from "../../../src/core/criteria/level-matcher";
import type { Criteria } from "../../../src/core/criteria/schema";
import { preset } from "../../support/grids";

const QD366 = preset("qd366-2025");
const matcher = new LevelMatcher(QD366);

describe("LevelMatcher.read", () => {
  it("reads every accepted spelling of the criteria as its level", () => {
    for (const level of ["HTXSNV", "HTTNV", "HTNV", "KHTNV"] as const) {
      for (const spelling of QD366.levels[level])
        expect(matcher.read(spelling)).toEqual({ kind: "level", level });
    }
  });

  it("ignores case, extra spaces, punctuation and Unicode composition", () => {
    expect(matcher.read("hoàn thành TỐT nhiệm vụ")).toEqual({ kind: "level", level: "HTTNV" });
    expect(matcher.read("  Hoàn   thành  tốt\tnhiệm vụ. ")).toEqual({ kind: "level", level: "HTTNV" });
    expect(matcher.read("Hoàn thành tốt nhiệm vụ".normalize("NFD"))).toEqual({
      kind: "level",
      level: "HTTNV",
    });
    expect(matcher.read("H.T.T.N.V")).toEqual({ kind: "level", level: "HTTNV" });
    expect(matcher.read("htxs nv")).toEqual({ kind: "level", level: "HTXSNV" });
  });

  it("does not ignore diacritics: a missing or wrong tone is a misspelling, with a suggestion", () => {
    expect(matcher.read("Hoàn thành tôt nhiệm vụ")).toEqual({
      kind: "unknown",
      suggestion: "Hoàn thành tốt nhiệm vụ",
      difference: "tôt → tốt",
    });
    expect(matcher.read("Hoan thanh tot nhiem vu")).toMatchObject({
      kind: "unknown",
      suggestion: "Hoàn thành tốt nhiệm vụ",
    });
    expect(matcher.read("Hoàn thành xuất sắc nhiệm vũ")).toEqual({
      kind: "unknown",
      suggestion: "Hoàn thành xuất sắc nhiệm vụ",
      difference: "vũ → vụ",
    });
  });

  it("says a level typed without any diacritic is that, instead of naming every word", () => {
    for (const typed of ["Hoan thanh tot nhiem vu", "HOAN THANH TOT NHIEM VU.", "khong  hoan thanh nhiem vu"])
      expect(matcher.read(typed)).toEqual({
        kind: "unknown",
        suggestion: typed.startsWith("k") ? "Không hoàn thành nhiệm vụ" : "Hoàn thành tốt nhiệm vụ",
        unaccented: true,
      });
    // One diacritic typed, or a typo: the words to change are named, each on its own.
    expect(matcher.read("Hoàn thanh tốt nhiem vụ")).toEqual({
      kind: "unknown",
      suggestion: "Hoàn thành tốt nhiệm vụ",
      difference: "thanh → thành, nhiem → nhiệm",
    });
    // No word right: the suggestion alone, no list of every word.
    expect(matcher.read("Hoan thanh tot nhiem vuu")).toEqual({
      kind: "unknown",
      suggestion: "Hoàn thành tốt nhiệm vụ",
    });
  });

  it("suggests the nearest spelling for other misspellings", () => {
    expect(matcher.read("Hoàn thàng tốt nhiệm vụ")).toEqual({
      kind: "unknown",
      suggestion: "Hoàn thành tốt nhiệm vụ",
      difference: "thàng → thành",
    });
    expect(matcher.read("HTXNV")).toMatchObject({ kind: "unknown" });
  });

  it("reads the not-classified texts as such", () => {
    expect(matcher.read("Không xếp loại")).toEqual({ kind: "not-classified" });
    expect(matcher.read("không đánh giá, xếp loại")).toEqual({ kind: "not-classified" });
  });

  it("reads empty text and punctuation alone as blank", () => {
    expect(matcher.read("")).toEqual({ kind: "blank" });
    expect(matcher.read("  ")).toEqual({ kind: "blank" });
    expect(matcher.read("-")).toEqual({ kind: "blank" });
  });

  it("accepts only the criteria's own spellings", () => {
    const strict: Criteria = { ...QD366, levels: { ...QD366.levels, HTXSNV: ["HTXSNV"] } };
    const strictMatcher = new LevelMatcher(strict);
    expect(strictMatcher.read("HTXSNV")).toEqual({ kind: "level", level: "HTXSNV" });
    expect(strictMatcher.read("Xuất sắc")).toMatchObject({ kind: "unknown" });
    expect(matcher.read("Xuất sắc")).toEqual({ kind: "level", level: "HTXSNV" });
  });
});

describe("the spellings people type (issue 8)", () => {
  it.each([
    ["HTXS", "HTXSNV"],
    ["HTXSNV.", "HTXSNV"],
    ["Xuất sắc", "HTXSNV"],
    ["htt", "HTTNV"],
    ["Tốt", "HTTNV"],
    ["TỐT.", "HTTNV"],
    ["HT", "HTNV"],
    ["Hoàn thành", "HTNV"],
    ["Hoàn thành\nnhiệm vụ", "HTNV"],
    ["  HT  NV ; ", "HTNV"],
    ["KHT", "KHTNV"],
    ["Không hoàn thành", "KHTNV"],
    ["Không\r\nhoàn thành NV", "KHTNV"],
  ])("reads “%s” as %s", (text, level) => {
    expect(matcher.read(text)).toEqual({ kind: "level", level });
  });

  it.each([
    "Miễn sinh hoạt",
    "Miễn công tác và sinh hoạt đảng",
    "Đình chỉ sinh hoạt",
    "Mới kết nạp",
    "Chưa đủ 6 tháng",
    "không xếp loại.",
  ])("reads the reason “%s” in the level column as not classified", (text) => {
    expect(matcher.read(text)).toEqual({ kind: "not-classified" });
  });

  it("tells the canonical spellings (key, full name, “NV”) from the short ones", () => {
    expect(matcher.isCanonical("HTTNV")).toBe(true);
    expect(matcher.isCanonical("hoàn thành tốt nhiệm vụ")).toBe(true);
    expect(matcher.isCanonical("Hoàn thành tốt NV")).toBe(true);
    expect(matcher.isCanonical("Tốt")).toBe(false);
    expect(matcher.isCanonical("HTT")).toBe(false);
  });

  it("still reports a text that is no level, naming the exact difference", () => {
    expect(matcher.read("Hoàn thành tôt")).toMatchObject({ kind: "unknown", difference: "tôt → tốt" });
    expect(matcher.read("Rất tốt")).toMatchObject({ kind: "unknown" });
  });
});

describe("LevelMatcher.headerLevel", () => {
  it("tells the level a column header names, for “x” columns", () => {
    expect(matcher.headerLevel("Hoàn thành xuất sắc nhiệm vụ")).toBe("HTXSNV");
    expect(matcher.headerLevel("KHTNV")).toBe("KHTNV");
    expect(matcher.headerLevel("Không xếp loại")).toBe("none");
  });

  it("names no level for other headers or misspelt ones", () => {
    expect(matcher.headerLevel("Xếp loại")).toBeNull();
    expect(matcher.headerLevel("Hoàn thành tôt nhiệm vụ")).toBeNull();
  });
});

describe("LevelMatcher.of", () => {
  it("makes one matcher per criteria set, and another for another set", () => {
    expect(LevelMatcher.of(QD366)).toBe(LevelMatcher.of(QD366));
    const other: Criteria = { ...QD366, levels: { ...QD366.levels, HTNV: ["Loại C"] } };
    expect(LevelMatcher.of(other)).not.toBe(LevelMatcher.of(QD366));
    expect(LevelMatcher.of(other).read("Loại C")).toEqual({ kind: "level", level: "HTNV" });
    expect(LevelMatcher.of(QD366).read("Loại C").kind).toBe("unknown");
  });

  it("still reads right after more distinct texts than it remembers", () => {
    const shared = LevelMatcher.of(QD366);
    // Texts of punctuation and spaces only: distinct, and quick to read (blank).
    const marks = " .,;:_()/-";
    const blank = (i: number) => [...i.toString(10).padStart(5, "0")].map((d) => marks[Number(d)]).join("");
    for (let i = 0; i < 12_000; i++) expect(shared.read(blank(i))).toEqual({ kind: "blank" });
    expect(shared.read("Nguyễn Văn An").kind).toBe("unknown");
    expect(shared.read("HTTNV")).toEqual({ kind: "level", level: "HTTNV" });
    expect(shared.read("Hoàn thành tôt nhiệm vụ").kind).toBe("unknown");
  });
});
