import { isVietnameseSyllable } from "../../../src/core/text/syllable";

describe("isVietnameseSyllable", () => {
  it("accepts Vietnamese syllables, in NFC or NFD and any case", () => {
    for (const word of [
      "người",
      "nghiêng",
      "Trường",
      "quyết",
      "giữ",
      "khuya",
      "ĐẢNG",
      "chuyện",
      "xoong",
      "ở",
    ]) {
      expect(isVietnameseSyllable(word)).toBe(true);
      expect(isVietnameseSyllable(word.normalize("NFD"))).toBe(true);
    }
  });

  it("rejects mojibake and impossible spellings", () => {
    // TCVN3 and VNI words read as Latin-1, a huyền tone before a final t, two tones, no vowel.
    for (const word of ["Hoµn", "nhiÖm", "Ñoäc", "laäp", "tèt", "hoàá", "nghĩ̃", "str", "Müller", "vâ"]) {
      expect(isVietnameseSyllable(word)).toBe(false);
    }
  });
});
