/**
 * The longest text copied into one cell of the check sheet. A cell holds 32,767 characters, and
 * the row's hidden marker repeats the row, so every text is kept well below that: a long value
 * (a legal cell may hold 32,767 characters) is cut and says so.
 */
export const CHECK_CELL_LIMITS = { sheet: 300, message: 2000, value: 1000 } as const;

/** `text` cut to `limit` characters with `notice(length)` after it, or unchanged when it fits. */
export function clipText(text: string, limit: number, notice: (length: number) => string): string {
  if (text.length <= limit) return text;
  const tail = notice(text.length);
  let end = Math.max(0, limit - tail.length);
  // Never split a surrogate pair (an emoji, a rare CJK character).
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + tail;
}
