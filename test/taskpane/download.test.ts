import { resultFileName } from "../../src/taskpane/download";

describe("the downloaded file's name", () => {
  it("adds a suffix before the extension so the original is never overwritten", () => {
    expect(resultFileName("chi-bo-tdp-so-3-2025.xlsx", "chibo")).toBe("chi-bo-tdp-so-3-2025 (chibo).xlsx");
    expect(resultFileName("SO LIEU.XLSX", "chibo")).toBe("SO LIEU (chibo).xlsx");
  });

  it("gives a name without an extension one", () => {
    expect(resultFileName("so-lieu", "chibo")).toBe("so-lieu (chibo).xlsx");
  });
});
