import { editDistance, nearest } from "../../../src/core/text/suggest";

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("sitting", "kitten")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("httnv", "htttnv")).toBe(1);
  });

  it("is zero only for equal strings", () => {
    expect(editDistance("htnv", "htnv")).toBe(0);
    expect(editDistance("htnv", "khtnv")).toBeGreaterThan(0);
  });
});

describe("nearest", () => {
  const levels = ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"];

  it("suggests the closest candidate, comparing folded texts", () => {
    expect(nearest("Hoàn thàng tốt nhiệm vụ", levels)).toEqual({ candidate: levels[1], distance: 1 });
    expect(nearest("  HOA\u0300N THA\u0300NH NHIỆM VỤ", levels)).toEqual({
      candidate: levels[2],
      distance: 0,
    });
  });

  it("prefers the first of equally close candidates", () => {
    expect(nearest("ab", ["ac", "ad"])).toEqual({ candidate: "ac", distance: 1 });
  });

  it("has no suggestion without candidates", () => {
    expect(nearest("HTTNV", [])).toBeNull();
  });
});
