import { formatNumber, formatPercent } from "../../src/i18n";

describe("numbers as the user's language writes them", () => {
  it("uses a decimal comma and dot thousands in Vietnamese", () => {
    expect(formatPercent(14.3, "vi")).toBe("14,3%");
    expect(formatNumber(3812, "vi")).toBe("3.812");
    expect(formatNumber(1234567.25, "vi", { decimals: 2 })).toBe("1.234.567,25");
  });

  it("uses a decimal point and comma thousands in English", () => {
    expect(formatPercent(14.3, "en")).toBe("14.3%");
    expect(formatNumber(3812, "en")).toBe("3,812");
  });

  it("rounds to the decimals asked for", () => {
    expect(formatPercent(100, "vi")).toBe("100,0%");
    expect(formatPercent(85.25, "vi", 0)).toBe("85%");
  });
});
