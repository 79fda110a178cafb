/**
 * Card-number patterns come from criteria sets users write (a JSON file, a "Tiêu chí" sheet in a
 * submitted workbook), and JavaScript's regular expressions backtrack: `^(\d+|\d+\.?)+$` takes
 * forever on a 30-digit text. So only a subset with a known bound is accepted (checked when the
 * set is read): no repeated group that itself repeats or branches, no backreference, no
 * lookaround, at most MAX_REPEATS open-ended repeats, a short source; and the text tested is
 * capped at MAX_TESTED_LENGTH characters. With k ≤ 3 open-ended repeats and no nesting the
 * backtracking is bounded by about n^k steps for n ≤ 40.
 */
export const MAX_PATTERN_LENGTH = 200;
export const MAX_REPEATS = 3;
export const MAX_TESTED_LENGTH = 40;

export type PatternProblem =
  "too-long" | "invalid" | "nested-repeat" | "backreference" | "lookaround" | "too-many-repeats";

interface Group {
  repeats: boolean;
  branches: boolean;
}

/** Why a pattern is refused, or null when it is safe to run. */
export function patternProblem(source: string): PatternProblem | null {
  if (source.length > MAX_PATTERN_LENGTH) return "too-long";
  try {
    new RegExp(source);
  } catch {
    return "invalid";
  }
  const stack: Group[] = [{ repeats: false, branches: false }];
  let openEnded = 0;
  let i = 0;
  /**
   * Reads a quantifier at i, if any: whether it may repeat more than once, whether the count varies
   * (a fixed count such as {2} adds no ambiguity), and whether it varies widely (open-ended).
   */
  const quantifier = (): { many: boolean; variable: boolean; wide: boolean } | null => {
    const ch = source[i];
    let result: { many: boolean; variable: boolean; wide: boolean } | null = null;
    if (ch === "*" || ch === "+") {
      result = { many: true, variable: true, wide: true };
      i++;
    } else if (ch === "?") {
      result = { many: false, variable: true, wide: false };
      i++;
    } else if (ch === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (m) {
        const min = Number(m[1]);
        const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
        result = { many: max > 1, variable: max !== min, wide: max - min > 10 };
        i += m[0].length;
      }
    }
    if (result && source[i] === "?") i++; // lazy: same bound
    return result;
  };
  while (i < source.length) {
    const ch = source[i];
    let atomEnd = false;
    let closed: Group | null = null;
    if (ch === "\\") {
      const next = source[i + 1] ?? "";
      if (/[1-9]/.test(next) || next === "k") return "backreference";
      i += 2;
      atomEnd = true;
    } else if (ch === "[") {
      i++;
      if (source[i] === "^") i++;
      if (source[i] === "]") i++;
      while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
      i++;
      atomEnd = true;
    } else if (ch === "(") {
      if (
        source.startsWith("(?=", i) ||
        source.startsWith("(?!", i) ||
        source.startsWith("(?<=", i) ||
        source.startsWith("(?<!", i)
      )
        return "lookaround";
      if (source.startsWith("(?:", i)) i += 3;
      else if (source.startsWith("(?<", i)) i = source.indexOf(">", i) + 1;
      else i++;
      stack.push({ repeats: false, branches: false });
      continue;
    } else if (ch === ")") {
      closed = stack.pop() ?? null;
      i++;
      atomEnd = true;
    } else if (ch === "|") {
      stack[stack.length - 1].branches = true;
      i++;
      continue;
    } else {
      i++;
      atomEnd = true;
    }
    if (!atomEnd) continue;
    const q = quantifier();
    const parent = stack[stack.length - 1];
    if (closed) {
      if (q?.many && (closed.repeats || closed.branches)) return "nested-repeat";
      if (closed.repeats || q?.variable) parent.repeats = true;
    } else if (q?.variable) parent.repeats = true;
    if (q?.wide && ++openEnded > MAX_REPEATS) return "too-many-repeats";
  }
  return null;
}

/** A tester for a pattern that passed patternProblem; null for one that did not (it was reported when read). */
export function safeTester(source: string | null): ((text: string) => boolean) | null {
  if (source === null || patternProblem(source) !== null) return null;
  const pattern = new RegExp(source);
  return (text) => text.length <= MAX_TESTED_LENGTH && pattern.test(text);
}
