import { foldCompact, foldText } from "../../../src/core/text/fold";

/** Every vowel with every tone, lower and upper case, written decomposed: base, shape mark, tone mark. */
const BASES: ReadonlyArray<[decomposed: string, ascii: string]> = [
  ["a", "a"],
  ["a\u0306", "a"],
  ["a\u0302", "a"],
  ["e", "e"],
  ["e\u0302", "e"],
  ["i", "i"],
  ["o", "o"],
  ["o\u0302", "o"],
  ["o\u031b", "o"],
  ["u", "u"],
  ["u\u031b", "u"],
  ["y", "y"],
];
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

const LETTERS = BASES.flatMap(([base, ascii]) =>
  TONES.flatMap((tone) => [
    { nfd: base + tone, ascii },
    { nfd: base.toUpperCase() + tone, ascii },
  ]),
);

describe("foldText", () => {
  it("folds each of the 144 vowel letters alike from NFC and NFD to its ASCII base", () => {
    expect(LETTERS).toHaveLength(144);
    for (const { nfd, ascii } of LETTERS) {
      const nfc = nfd.normalize("NFC");
      expect(foldText(nfc)).toBe(ascii);
      expect(foldText(nfd)).toBe(ascii);
    }
  });

  it("maps đ and Đ to d", () => {
    expect(foldText("Đảng ủy ĐỒNG TÂM đ")).toBe("dang uy dong tam d");
  });

  it("gives one result for NFC and NFD sentences, ignoring case and spacing", () => {
    const nfc = "Hoàn thành xuất sắc nhiệm vụ".normalize("NFC");
    const nfd = "  HOÀN\u00a0thành\txuất sắc   NHIỆM vụ ".normalize("NFD");
    expect(nfd).not.toBe(nfc);
    expect(foldText(nfd)).toBe(foldText(nfc));
    expect(foldText(nfc)).toBe("hoan thanh xuat sac nhiem vu");
  });

  it("ignores invisible characters: soft hyphen, zero-width space, byte order mark", () => {
    expect(foldText("\ufeffHoàn tha\u00adnh\u200b tô\ufefft")).toBe("hoan thanh tot");
  });

  it("keeps different words different", () => {
    expect(foldText("Hoàn thành nhiệm vụ")).not.toBe(foldText("Hoàn thành tốt nhiệm vụ"));
    expect(foldText("HTNV")).not.toBe(foldText("HTTNV"));
  });

  it("keeps punctuation and digits, and returns folded ASCII as it is", () => {
    expect(foldText("Số thẻ: 10.447431")).toBe("so the: 10.447431");
    const folded = "httnv 2025";
    expect(foldText(folded)).toBe(folded);
  });
});

describe("foldCompact", () => {
  it("folds abbreviations typed in many ways to one form", () => {
    for (const typed of ["HTT NV", "H.T.T.N.V", "httnv", " H T T N V ", "HTT-NV", "htt\u00a0nv."]) {
      expect(foldCompact(typed)).toBe("httnv");
    }
    expect(foldCompact("Không HTNV")).toBe("khonghtnv");
  });

  it("keeps letters and digits apart from what it removes", () => {
    expect(foldCompact("HT NV")).not.toBe(foldCompact("HTT NV"));
    expect(foldCompact("Số 3, tổ 12")).toBe("so3to12");
  });
});
