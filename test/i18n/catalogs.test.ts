import { ISSUE_CODES } from "../../src/core/issues/codes";
import { makeIssue } from "../../src/core/issues/issue";
import { catalog, figureText, fillTemplate, issueMessage, type TextKey } from "../../src/i18n";

const vi = catalog("vi");
const en = catalog("en");

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

describe("message catalogs", () => {
  it("give every issue code a Vietnamese and an English message with the same placeholders", () => {
    for (const code of ISSUE_CODES) {
      expect(vi.issues[code]).toBeTruthy();
      expect(en.issues[code]).toBeTruthy();
      expect([code, placeholders(en.issues[code])]).toEqual([code, placeholders(vi.issues[code])]);
    }
  });

  it("give every wording variant the same keys in both languages, for a known code, with the same placeholders", () => {
    expect(Object.keys(en.issueVariants).sort()).toEqual(Object.keys(vi.issueVariants).sort());
    for (const key of Object.keys(vi.issueVariants)) {
      expect(ISSUE_CODES).toContain(key.split("#")[0]);
      expect([key, placeholders(en.issueVariants[key])]).toEqual([key, placeholders(vi.issueVariants[key])]);
    }
  });

  it("pick a variant by the issue's variant parameter, else the code's own text", () => {
    const remedied = makeIssue("discipline-level", {
      sheet: "S",
      params: { variant: "remedied", name: "A" },
    });
    expect(issueMessage(remedied, "vi")).toBe(
      vi.issueVariants["discipline-level#remedied"].replace("{name}", "A").replace(/\{\w+\}/g, (m) => m),
    );
    const plain = makeIssue("discipline-level", { sheet: "S", params: { variant: "no-such", name: "A" } });
    expect(issueMessage(plain, "en")).toContain("must be rated");
  });

  it("have the same text keys in both languages, with the same placeholders", () => {
    expect(Object.keys(en.text).sort()).toEqual(Object.keys(vi.text).sort());
    for (const key of Object.keys(vi.text) as TextKey[])
      expect([key, placeholders(en.text[key])]).toEqual([key, placeholders(vi.text[key])]);
  });

  it("leave a missing parameter visible instead of guessing it", () => {
    expect(fillTemplate("{a} và {b}", { a: 1 })).toBe("1 và {b}");
  });

  it("write decimals with a comma in Vietnamese only", () => {
    expect(figureText(78.3, "vi")).toBe("78,3");
    expect(figureText(2025, "vi")).toBe("2025");
    expect(figureText(78.3, "en")).toBe("78.3");
  });

  it("localize measured figures in messages but never a card number", () => {
    const attendance = makeIssue("attendance-low", {
      sheet: "S",
      cell: "G15",
      params: { rate: "78.3", min: 90, comparison: "≥" },
    });
    expect(issueMessage(attendance, "vi")).toContain("78,3%");
    expect(issueMessage(attendance, "en")).toContain("78.3%");
    const duplicate = makeIssue("duplicate-member", {
      sheet: "S",
      cell: "E21",
      value: "14.922291",
      params: { name: "A", what: "số thẻ", firstCell: "E13" },
    });
    expect(issueMessage(duplicate, "vi")).toContain("“14.922291”");
  });
});
