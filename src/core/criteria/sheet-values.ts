import type { CellValue } from "../grid/types";
import { isCellError } from "../grid/types";
import { displayValue, numberValue, readNumber as readCellNumber } from "../grid/cell";
import type { IssueValue } from "../issues/issue";
import { foldCompact, nearest } from "../text";
import { LEVEL_KEYS, type LevelKey } from "./levels";
import { defaultLevelSpellings } from "./presets/spellings";
import type { TextKey } from "../text-key";
import type { Words } from "../words";

/**
 * Reading the value cells of the "Tiêu chí" sheet. Users type these by hand, so numbers may come as
 * text ("90", "0,5", "20%"), yes/no in either language, levels by key or by name. The words of every
 * language come from `words.inEveryLanguage`, so a sheet written in English reads back in Vietnamese.
 */

export function isBlankValue(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** The cell as it can be shown in an issue. */
export function issueValue(value: CellValue): IssueValue {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  return displayValue(value);
}

export function readText(value: CellValue): string {
  return isCellError(value) ? "" : displayValue(value).trim();
}

/** A number typed by hand: "90", "0,5", "20%" (the sign is dropped; the field says what it means). */
export function readNumber(value: CellValue): number | null {
  return numberValue(readCellNumber(value, { percentSign: true }));
}

const TRUE_WORDS = new Set(["co", "yes", "true", "x", "dung", "1"]);
const FALSE_WORDS = new Set(["khong", "no", "false", "sai", "0"]);

/** Whether the folded word is one of the texts of `key` in any language. */
function saysText(word: string, key: TextKey, words: Words): boolean {
  return words.inEveryLanguage(key).some((text) => foldCompact(text) === word);
}

export function readBoolean(value: CellValue, words: Words): boolean | null {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== "string") return null;
  const word = foldCompact(value);
  if (TRUE_WORDS.has(word) || saysText(word, "criteria.yes", words)) return true;
  if (FALSE_WORDS.has(word) || saysText(word, "criteria.no", words)) return false;
  return null;
}

/** Whether a section header says the section does not apply (its object is null). */
export function saysNotApplicable(value: CellValue, words: Words): boolean {
  if (value === false) return true;
  if (typeof value !== "string") return false;
  const word = foldCompact(value);
  return (
    saysText(word, "criteria.notApplies", words) ||
    ["khong", "no", "none", "na", "notapplicable"].includes(word)
  );
}

export function readList(value: CellValue): string[] {
  return readText(value)
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** Spellings by which a level may be typed: its key, its names in both languages, the usual spellings. */
function levelSpellings(words: Words): [string, LevelKey][] {
  const spellings = defaultLevelSpellings();
  return LEVEL_KEYS.flatMap((level): [string, LevelKey][] => [
    [level, level],
    ...words.inEveryLanguage(`level.${level}`).map((name): [string, LevelKey] => [name, level]),
    ...spellings[level].map((spelling): [string, LevelKey] => [spelling, level]),
  ]);
}

export function readLevel(value: CellValue, words: Words): { level: LevelKey } | { suggestion: string } {
  const text = readText(value);
  const compact = foldCompact(text);
  const spellings = levelSpellings(words);
  for (const [spelling, level] of spellings)
    if (foldCompact(spelling) === compact && compact !== "") return { level };
  const best = nearest(
    text,
    spellings.map(([spelling]) => spelling),
  );
  const level = spellings.find(([spelling]) => spelling === best?.candidate)?.[1] ?? LEVEL_KEYS[0];
  return { suggestion: level };
}

/** A choice typed as its key or as its label in either language. */
export function readChoice(
  value: CellValue,
  path: string,
  values: readonly string[],
  words: Words,
): string | null {
  const compact = foldCompact(readText(value));
  if (compact === "") return null;
  for (const choice of values) {
    const names = [choice, ...words.inEveryLanguage(`criteria.choice.${path}.${choice}`)];
    if (names.some((name) => foldCompact(name) === compact)) return choice;
  }
  return null;
}
