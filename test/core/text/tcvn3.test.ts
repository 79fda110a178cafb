import { decodeLegacy } from "../../../src/core/text/legacy";

/**
 * The TCVN3 (VN3) codes written out byte by byte from the standard's chart, independently of
 * the decoder's table: per vowel, the letter without tone, then huyền, hỏi, ngã, sắc, nặng.
 */
const TCVN3_VOWELS: ReadonlyArray<[decomposedBase: string, codes: string]> = [
  ["a", "a\xb5\xb6\xb7\xb8\xb9"],
  ["a\u0306", "\xa8\xbb\xbc\xbd\xbe\xc6"],
  ["a\u0302", "\xa9\xc7\xc8\xc9\xca\xcb"],
  ["e", "e\xcc\xce\xcf\xd0\xd1"],
  ["e\u0302", "\xaa\xd2\xd3\xd4\xd5\xd6"],
  ["i", "i\xd7\xd8\xdc\xdd\xde"],
  ["o", "o\xdf\xe1\xe2\xe3\xe4"],
  ["o\u0302", "\xab\xe5\xe6\xe7\xe8\xe9"],
  ["o\u031b", "\xac\xea\xeb\xec\xed\xee"],
  ["u", "u\xef\xf1\xf2\xf3\xf4"],
  ["u\u031b", "\xad\xf5\xf6\xf7\xf8\xf9"],
  ["y", "y\xfa\xfb\xfc\xfd\xfe"],
];
/** No tone, huyền, hỏi, ngã, sắc, nặng: the order of the chart. */
const TONE_MARKS = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
/** The capitals without tone, 0xA1–0xA7, and đ at 0xAE. */
const TCVN3_OTHERS: ReadonlyArray<[code: string, letter: string]> = [
  ["\xa1", "A\u0306"],
  ["\xa2", "A\u0302"],
  ["\xa3", "E\u0302"],
  ["\xa4", "O\u0302"],
  ["\xa5", "O\u031b"],
  ["\xa6", "U\u031b"],
  ["\xa7", "\u0110"],
  ["\xae", "\u0111"],
];

const pairs = TCVN3_VOWELS.flatMap(([base, codes]) =>
  TONE_MARKS.map((mark, tone) => ({ code: codes[tone], base, mark })),
);

describe("TCVN3 decoding", () => {
  it("covers the 72 vowel letters with 66 distinct non-ASCII codes", () => {
    expect(pairs).toHaveLength(72);
    const nonAscii = pairs.filter((p) => p.code.charCodeAt(0) > 0x7f).map((p) => p.code);
    expect(new Set(nonAscii).size).toBe(66);
  });

  it("decodes every vowel with every tone to NFC Unicode", () => {
    for (const { code, base, mark } of pairs) {
      const expected = (base + mark).normalize("NFC");
      expect(decodeLegacy(code, "tcvn3")).toBe(expected);
      expect(decodeLegacy(`x${code}y`, "tcvn3")).toBe(`x${expected}y`);
    }
  });

  it("decodes the capitals without tone and đ", () => {
    for (const [code, letter] of TCVN3_OTHERS) {
      expect(decodeLegacy(code, "tcvn3")).toBe(letter.normalize("NFC"));
    }
  });

  it("draws every letter as a capital in a capitals font (.VnTimeH)", () => {
    for (const { code, base, mark } of pairs) {
      expect(decodeLegacy(code, "tcvn3", { capitals: true })).toBe(
        (base.toUpperCase() + mark).normalize("NFC"),
      );
    }
    expect(decodeLegacy("b\xb8o c\xb8o", "tcvn3", { capitals: true })).toBe("BÁO CÁO");
    expect(decodeLegacy("b\xb8o c\xb8o", "tcvn3")).toBe("báo cáo");
  });

  it("decodes the examples of domain.md", () => {
    expect(decodeLegacy("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3")).toBe(
      "Cộng hoà xã hội chủ nghĩa Việt Nam",
    );
    expect(decodeLegacy("§¶ng bé Tr\u00adêng", "tcvn3")).toBe("Đảng bộ Trường");
  });

  it("leaves ASCII, codes VN3 does not assign and Unicode beyond Latin-1 alone", () => {
    const kept = "Tổ 12 (HTTNV) \xb0 \xba \xbf \xff";
    expect(decodeLegacy(kept, "tcvn3")).toBe(kept);
  });
});
