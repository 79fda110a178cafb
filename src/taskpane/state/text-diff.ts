import { foldText } from "../../core/text";

/** A piece of a text, marked when it differs from the text it is compared with. */
export interface DiffPart {
  text: string;
  differs: boolean;
}

function pieces(chars: readonly string[], differs: readonly boolean[]): DiffPart[] {
  const parts: DiffPart[] = [];
  chars.forEach((ch, i) => {
    const last = parts[parts.length - 1];
    if (last && last.differs === differs[i]) last.text += ch;
    else parts.push({ text: ch, differs: differs[i] });
  });
  return parts;
}

/**
 * Where `typed` differs from `expected`, letter by letter when both have as many letters (a mark
 * missing, wrong or added on a letter: "Hoàn thàng" / "Hoàn thành"), otherwise the span between
 * their common start and end. Both are compared composed (NFC), as they are shown.
 */
export function diffText(typed: string, expected: string): { typed: DiffPart[]; expected: DiffPart[] } {
  const a = Array.from(typed.normalize("NFC"));
  const b = Array.from(expected.normalize("NFC"));
  if (a.length === b.length) {
    const differs = a.map((ch, i) => ch !== b[i]);
    return { typed: pieces(a, differs), expected: pieces(b, differs) };
  }
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end])
    end++;
  const mark = (chars: string[]) => chars.map((_, i) => i >= start && i < chars.length - end);
  return { typed: pieces(a, mark(a)), expected: pieces(b, mark(b)) };
}

/** Whether two texts are the same but for diacritics and case ("Hoan thanh tot" / "Hoàn thành tốt"). */
export function differsOnlyByMarks(typed: string, expected: string): boolean {
  return typed.normalize("NFC") !== expected.normalize("NFC") && foldText(typed) === foldText(expected);
}
