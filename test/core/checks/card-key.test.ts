import {
  cardKey,
  fitsPresetPattern,
  isPresetPattern,
  NOT_WHOLE,
  wholeCardKey,
} from "../../../src/core/checks/card-key";
import { CARD_NUMBER_PATTERN } from "../../../src/core/criteria/presets/hd21-2019";

/** Every text of length 0 to maxLength made of the given characters. */
function allTexts(chars: string, maxLength: number): string[] {
  const texts = [""];
  for (let start = 0, length = 1; length <= maxLength; length++) {
    const end = texts.length;
    for (let i = start; i < end; i++) for (const c of chars) texts.push(texts[i] + c);
    start = end;
  }
  return texts;
}

describe("wholeCardKey: one walk gives the key of a card of digits and dots", () => {
  it("gives one whole key for one card however it is dotted, the same as cardKey", () => {
    const key = wholeCardKey("10.100000");
    expect(key).not.toBe(NOT_WHOLE);
    expect(wholeCardKey("10.100.000")).toBe(key);
    expect(wholeCardKey("101.00000")).toBe(key);
    expect(wholeCardKey("10100000")).toBe(key);
    expect(cardKey("10.100000")).toBe(key);
  });

  it("keeps apart cards that differ by a leading zero or a digit", () => {
    expect(wholeCardKey("0123")).not.toBe(wholeCardKey("123"));
    expect(wholeCardKey("01.234567")).not.toBe(wholeCardKey("1.234567"));
    expect(wholeCardKey("10.100001")).not.toBe(wholeCardKey("10.100000"));
    expect(wholeCardKey("12345678901234")).not.toBe(wholeCardKey("12345678901235"));
  });

  it("keeps a card of up to 8 digits below 2^30, a small integer to V8", () => {
    expect(wholeCardKey("99.999.999")).toBeLessThan(2 ** 30);
    expect(wholeCardKey("00.000000")).toBeLessThan(2 ** 30);
    expect(wholeCardKey("999999999")).toBeGreaterThanOrEqual(2 ** 30);
  });

  it("has no whole key for other characters, more than 14 digits or a second dot in a short card", () => {
    expect(wholeCardKey("AB.123456")).toBe(NOT_WHOLE);
    expect(wholeCardKey("10 100000")).toBe(NOT_WHOLE);
    expect(wholeCardKey("123456789012345")).toBe(NOT_WHOLE);
    expect(wholeCardKey("1.2.3")).toBe(NOT_WHOLE);
    expect(cardKey("1.2.3")).toBe("12.3");
    expect(wholeCardKey("12345678901234")).not.toBe(NOT_WHOLE);
  });
});

describe("fitsPresetPattern: the presets' card pattern answered without running it", () => {
  const preset = new RegExp(CARD_NUMBER_PATTERN);

  it("agrees with the pattern on every text of digits and dots up to 12 characters", () => {
    // The answer depends on the length and the places of the dots, so "1" stands for any digit.
    const disagreements = allTexts("1.", 12)
      .filter((card) => wholeCardKey(card) !== NOT_WHOLE)
      .filter((card) => fitsPresetPattern(card, wholeCardKey(card)) !== preset.test(card));
    expect(disagreements).toEqual([]);
  });

  it("agrees with the pattern on cards of every digit", () => {
    const cards = ["01.234567", "98.765.432", "10.1.23456", "12.34567.8", "10.1000000", "1.0100000"];
    for (const card of cards) expect(fitsPresetPattern(card, wholeCardKey(card))).toBe(preset.test(card));
  });

  it("fits the cards the pattern accepts and not the ones it refuses", () => {
    expect(fitsPresetPattern("10.100.000", wholeCardKey("10.100.000"))).toBe(true);
    expect(fitsPresetPattern("10.100000", wholeCardKey("10.100000"))).toBe(true);
    expect(fitsPresetPattern("101.00000", wholeCardKey("101.00000"))).toBe(false);
    expect(fitsPresetPattern("10.1000000", wholeCardKey("10.1000000"))).toBe(false);
    expect(fitsPresetPattern("10.100000.", wholeCardKey("10.100000."))).toBe(false);
  });

  it("is used for the presets' pattern only", () => {
    expect(isPresetPattern(CARD_NUMBER_PATTERN)).toBe(true);
    expect(isPresetPattern(String.raw`^\d{2}\.\d{3}\.\d{3}$`)).toBe(false);
    expect(isPresetPattern(`${CARD_NUMBER_PATTERN} `)).toBe(false);
    expect(isPresetPattern(null)).toBe(false);
  });
});
