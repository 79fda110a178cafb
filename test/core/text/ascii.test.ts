import { hasNonAscii } from "../../../src/core/text";

describe("hasNonAscii", () => {
  it("finds a Vietnamese letter with a diacritic, đ, or any other character beyond ASCII", () => {
    for (const text of ["Hoàn thành", "đ", "tô\u0301t", "“x”", "😀"])
      expect([text, hasNonAscii(text)]).toEqual([text, true]);
  });

  it("finds none in a text typed without diacritics", () => {
    for (const text of ["Hoan thanh tot nhiem vu", "", "HTTNV.", "\u007f"])
      expect([text, hasNonAscii(text)]).toEqual([text, false]);
  });
});
