import type { Severity } from "./issues/codes";
import type { Issue } from "./issues/issue";
import type { TextKey } from "./text-key";

/** The figures and the user's own text a text is filled with ("{period}", "{unit}"). */
export type TextParams = Readonly<Record<string, string | number>>;

/**
 * The words core needs for what it writes (summary sheets, the "Tiêu chí" sheet, roll-up notes),
 * handed in by the front end: core names a text by key and gives its figures; the words and the way
 * a language writes numbers stay at the edge (the front end makes one of these per language).
 */
export interface Words {
  /** A text by key, its {placeholders} filled from `params`. */
  text(key: TextKey, params?: TextParams): string;
  /** The same text in every language chibo speaks, to read back what a user or an earlier run wrote in any of them. */
  inEveryLanguage(key: TextKey, params?: TextParams): string[];
  /** An issue as a sentence. */
  issueMessage(issue: Issue): string;
  /** "Lỗi", "Cảnh báo", "Thông tin". */
  severity(severity: Severity): string;
}
