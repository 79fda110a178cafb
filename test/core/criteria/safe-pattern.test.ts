import { MAX_TESTED_LENGTH, patternProblem, safeTester } from "../../../src/core/criteria/safe-pattern";

describe("patternProblem: only patterns with a known bound run", () => {
  it.each([
    ["^\\d{2}\\.\\d{6}$"],
    ["^[0-9]+$"],
    ["^\\d+\\.\\d+$"],
    ["^(\\d{2})?\\d+$"],
    ["^(?:\\d{1,3}\\.)?\\d{6}$"],
    ["^([A-Z]{2}-)?\\d+$"],
    ["[(]+"],
    ["^(?:\\d{2}\\.){2}\\d{4}$"],
  ])("accepts %s", (source) => {
    expect(patternProblem(source)).toBeNull();
  });

  it.each([
    ["^(\\d+|\\d+\\.?)+$", "nested-repeat"],
    ["(a+)+$", "nested-repeat"],
    ["^(a|ab)*$", "nested-repeat"],
    ["^(?:\\d{1,3}){1,9}$", "nested-repeat"],
    ["(\\d)\\1", "backreference"],
    ["(?<d>\\d)\\k<d>", "backreference"],
    ["^(?=\\d)\\d+$", "lookaround"],
    ["(?<!x)\\d", "lookaround"],
    ["\\d*\\d*\\d*\\d*x", "too-many-repeats"],
    ["^(\\d+$", "invalid"],
    ["\\d".repeat(101), "too-long"],
  ])("refuses %s (%s)", (source, problem) => {
    expect(patternProblem(source)).toBe(problem);
  });
});

describe("safeTester", () => {
  it("tests cards with a safe pattern and refuses text longer than a card", () => {
    const test = safeTester("^\\d{2}\\.\\d{6}$");
    expect(test?.("12.345678")).toBe(true);
    expect(test?.("12345678")).toBe(false);
    const digits = safeTester("^\\d+$");
    expect(digits?.("1".repeat(MAX_TESTED_LENGTH))).toBe(true);
    expect(digits?.("1".repeat(MAX_TESTED_LENGTH + 1))).toBe(false);
  });

  it("gives no tester for a refused pattern, so it never runs", () => {
    expect(safeTester("^(\\d+|\\d+\\.?)+$")).toBeNull();
    expect(safeTester(null)).toBeNull();
  });
});
