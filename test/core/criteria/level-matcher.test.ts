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
    });
    expect(matcher.read("Hoan thanh tot nhiem vu")).toEqual({
      kind: "unknown",
      suggestion: "Hoàn thành tốt nhiệm vụ",
    });
    expect(matcher.read("Hoàn thành xuất sắc nhiệm vũ")).toEqual({
      kind: "unknown",
      suggestion: "Hoàn thành xuất sắc nhiệm vụ",
    });
  });

  it("suggests the nearest spelling for other misspellings", () => {
    expect(matcher.read("Hoàn thàng tốt nhiệm vụ")).toEqual({
      kind: "unknown",
      suggestion: "Hoàn thành tốt nhiệm vụ",
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
