import { decodeLegacy } from "../../../src/core/text/legacy";

/**
 * VNI spellings written out byte by byte, independently of the decoder's tables: per vowel, the
 * letter without tone, then sắc, huyền, hỏi, ngã, nặng, as base letter plus mark byte(s).
 */
const VNI_LOWER: ReadonlyArray<[decomposedBase: string, spellings: string[]]> = [
  ["a", ["a", "a\xf9", "a\xf8", "a\xfb", "a\xf5", "a\xef"]],
  ["a\u0306", ["a\xea", "a\xe9", "a\xe8", "a\xfa", "a\xfc", "a\xeb"]],
  ["a\u0302", ["a\xe2", "a\xe1", "a\xe0", "a\xe5", "a\xe3", "a\xe4"]],
  ["e", ["e", "e\xf9", "e\xf8", "e\xfb", "e\xf5", "e\xef"]],
  ["e\u0302", ["e\xe2", "e\xe1", "e\xe0", "e\xe5", "e\xe3", "e\xe4"]],
  ["i", ["i", "\xed", "\xec", "\xe6", "\xf3", "\xf2"]],
  ["o", ["o", "o\xf9", "o\xf8", "o\xfb", "o\xf5", "o\xef"]],
  ["o\u0302", ["o\xe2", "o\xe1", "o\xe0", "o\xe5", "o\xe3", "o\xe4"]],
  ["o\u031b", ["\xf4", "\xf4\xf9", "\xf4\xf8", "\xf4\xfb", "\xf4\xf5", "\xf4\xef"]],
  ["u", ["u", "u\xf9", "u\xf8", "u\xfb", "u\xf5", "u\xef"]],
  ["u\u031b", ["\xf6", "\xf6\xf9", "\xf6\xf8", "\xf6\xfb", "\xf6\xf5", "\xf6\xef"]],
  ["y", ["y", "y\xf9", "y\xf8", "y\xfb", "y\xf5", "\xee"]],
];
const VNI_UPPER: ReadonlyArray<[decomposedBase: string, spellings: string[]]> = [
  ["A", ["A", "A\xd9", "A\xd8", "A\xdb", "A\xd5", "A\xcf"]],
  ["A\u0306", ["A\xca", "A\xc9", "A\xc8", "A\xda", "A\xdc", "A\xcb"]],
  ["A\u0302", ["A\xc2", "A\xc1", "A\xc0", "A\xc5", "A\xc3", "A\xc4"]],
  ["E", ["E", "E\xd9", "E\xd8", "E\xdb", "E\xd5", "E\xcf"]],
  ["E\u0302", ["E\xc2", "E\xc1", "E\xc0", "E\xc5", "E\xc3", "E\xc4"]],
  ["I", ["I", "\xcd", "\xcc", "\xc6", "\xd3", "\xd2"]],
  ["O", ["O", "O\xd9", "O\xd8", "O\xdb", "O\xd5", "O\xcf"]],
  ["O\u0302", ["O\xc2", "O\xc1", "O\xc0", "O\xc5", "O\xc3", "O\xc4"]],
  ["O\u031b", ["\xd4", "\xd4\xd9", "\xd4\xd8", "\xd4\xdb", "\xd4\xd5", "\xd4\xcf"]],
  ["U", ["U", "U\xd9", "U\xd8", "U\xdb", "U\xd5", "U\xcf"]],
  ["U\u031b", ["\xd6", "\xd6\xd9", "\xd6\xd8", "\xd6\xdb", "\xd6\xd5", "\xd6\xcf"]],
  ["Y", ["Y", "Y\xd9", "Y\xd8", "Y\xdb", "Y\xd5", "\xce"]],
];
/** No tone, sắc, huyền, hỏi, ngã, nặng. */
const TONE_MARKS = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

function expectTable(table: ReadonlyArray<[string, string[]]>): void {
  for (const [base, spellings] of table) {
    spellings.forEach((spelling, tone) => {
      const expected = (base + TONE_MARKS[tone]).normalize("NFC");
      expect(decodeLegacy(spelling, "vni")).toBe(expected);
      expect(decodeLegacy(`t${spelling}n`, "vni")).toBe(`t${expected}n`);
    });
  }
}

describe("VNI decoding", () => {
  it("decodes every lower-case vowel with every tone", () => {
    expect(VNI_LOWER.flatMap(([, s]) => s)).toHaveLength(72);
    expectTable(VNI_LOWER);
  });

  it("decodes every capital vowel with every tone", () => {
    expectTable(VNI_UPPER);
  });

  it("decodes đ, Đ and the examples of domain.md", () => {
    expect(decodeLegacy("\xf1\xd1", "vni")).toBe("đĐ");
    expect(decodeLegacy("Ñoäc laäp - Töï do - Haïnh phuùc", "vni")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(decodeLegacy("Tröôøng", "vni")).toBe("Trường");
    expect(decodeLegacy("ÑAÛNG COÄNG SAÛN VIEÄT NAM", "vni")).toBe("ĐẢNG CỘNG SẢN VIỆT NAM");
  });

  it("keeps mark bytes that follow no vowel, and ASCII", () => {
    expect(decodeLegacy("b\xf9 (HTTNV) 12", "vni")).toBe("b\xf9 (HTTNV) 12");
    expect(decodeLegacy("ua\xea", "vni")).toBe("uă");
    expect(decodeLegacy("u\xea", "vni")).toBe("u\xea");
  });
});
