const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Whether a text holds a character beyond ASCII: every Vietnamese letter with a diacritic (and đ)
 * does, so a text without one was typed without diacritics (or is not Vietnamese).
 */
export function hasNonAscii(text: string): boolean {
  return NON_ASCII.test(text);
}
