import { parse, tokenizer, type Options, type Token } from "acorn";

/**
 * The CLI bundle made ASCII-only (webpack.cli.config.js): every other character is written as a
 * \uXXXX escape. Its Vietnamese texts otherwise make V8 hold the whole source as a two-byte string,
 * decoded from UTF-8 on every run, and hashed by re-encoding it (src/cli/load.ts); ASCII bytes
 * become a one-byte string with a plain copy.
 *
 * The escape means the same character in strings, templates, regular expressions (with or without
 * the u flag: there a pair of escaped surrogates is one code point), identifiers and comments. It
 * does not where the source text itself is seen, and asciiOnly refuses those cases rather than
 * change what the CLI does:
 * - a backslash before the character (`"\đ"` is "đ", `"\\u0111"` is not);
 * - a line terminator U+2028 or U+2029, which ends a // comment where its escape would not;
 * - a tagged template (String.raw): the tag sees the raw text.
 * A character outside strings and comments that the escape cannot stand for (a non-ASCII space,
 * an astral letter in a name) makes the escaped source fail to parse, which is refused too. What
 * it cannot see is a regular expression's `.source` or a function's toString(): chibo's code reads
 * neither, and test/cli/load.test.ts compares the built bundle's reports with the modules'.
 */
export function asciiOnly(source: string): string {
  const escaped = escapeNonAscii(source);
  if (escaped !== source) assertSameMeaning(source, escaped);
  return escaped;
}

/** Every UTF-16 unit above 0x7F as \uXXXX, so an astral character becomes its escaped surrogate pair. */
export function escapeNonAscii(source: string): string {
  return source.replace(
    /[\u0080-\uffff]/g,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

const PARSE: Options = { ecmaVersion: "latest", sourceType: "script", allowReturnOutsideFunction: true };

function assertSameMeaning(source: string, escaped: string): void {
  refuseLexicalTraps(source);
  refuseTaggedTemplates(source);
  const before = tokensOf(source, "the bundle");
  const after = tokensOf(escaped, "the escaped bundle");
  const count = Math.max(before.length, after.length);
  for (let i = 0; i < count; i++) {
    const [was, is] = [before[i], after[i]];
    if (!was || !is || was.type.label !== is.type.label || !sameValue(was, is))
      throw new Error(`escaping changes the code at ${where(source, was?.start ?? source.length)}`);
  }
}

function refuseLexicalTraps(source: string): void {
  for (const found of source.matchAll(/(\\*)([\u0080-\uffff])/g)) {
    const at = (found.index ?? 0) + found[1].length;
    if (found[1].length % 2 === 1)
      throw new Error(`a backslash escapes a non-ASCII character at ${where(source, at)}`);
    if (found[2] === "\u2028" || found[2] === "\u2029")
      throw new Error(`a line terminator U+2028/U+2029 at ${where(source, at)}`);
  }
}

function refuseTaggedTemplates(source: string): void {
  const pending: unknown[] = [parse(source, PARSE)];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...(node as unknown[]));
    else if (node !== null && typeof node === "object") {
      const tagged = node as {
        type?: unknown;
        start?: number;
        quasi?: { quasis: { value: { raw: string } }[] };
      };
      if (
        tagged.type === "TaggedTemplateExpression" &&
        tagged.quasi?.quasis.some((q) => /[\u0080-\uffff]/.test(q.value.raw))
      )
        throw new Error(
          `a tagged template holds a non-ASCII character at ${where(source, tagged.start ?? 0)}`,
        );
      pending.push(...Object.values(node));
    }
  }
}

function tokensOf(source: string, what: string): Token[] {
  try {
    return [...tokenizer(source, PARSE)];
  } catch (error) {
    throw new Error(`${what} does not parse: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Names, strings and template parts by what they mean; a regular expression by its flags and escaped text. */
function sameValue(was: Token, is: Token): boolean {
  // acorn's tokens carry their value, which its typings leave out.
  const [a, b] = [(was as { value?: unknown }).value, (is as { value?: unknown }).value];
  if (a !== null && typeof a === "object" && b !== null && typeof b === "object") {
    const [r, s] = [a as { pattern: string; flags: string }, b as { pattern: string; flags: string }];
    return r.flags === s.flags && escapeNonAscii(r.pattern) === s.pattern;
  }
  return a === b;
}

function where(source: string, at: number): string {
  const before = source.slice(0, at);
  const line = before.split("\n").length;
  return `line ${line}, column ${at - before.lastIndexOf("\n")}`;
}
