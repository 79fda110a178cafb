import { foldText } from "./fold";
import { isVietnameseSyllable } from "./syllable";

/** Words that begin a place, not a person ("Xã Tân Phú", "Huyện Châu Thành"). */
const PLACE_WORDS = new Set([
  "xa",
  "huyen",
  "tinh",
  "thon",
  "ap",
  "phuong",
  "quan",
  "thi",
  "thanh",
  "to",
  "khu",
]);

/**
 * Whether a text reads like a person's full name ("Nguyễn Văn An", "TRẦN THỊ HOA", "Y Bih Niê"):
 * two to six capitalised words of letters, not beginning like a place, at least one of them a
 * Vietnamese syllable (names of other peoples need not all be). A register's continuation lines hold
 * other things in the name column ("(Bí danh: An)", a place, a date), which this tells apart.
 */
export function looksLikePersonName(text: string): boolean {
  const words = text.normalize("NFC").trim().split(/\s+/u);
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((word) => /^\p{Lu}[\p{L}'’-]*$/u.test(word))) return false;
  if (PLACE_WORDS.has(foldText(words[0]))) return false;
  return words.some((word) => isVietnameseSyllable(word));
}
