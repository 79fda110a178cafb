/**
 * Canonical form of a cell's text for display and comparison: NFC, every kind of white space
 * (non-breaking space, tab, line break, other Unicode spaces) read as one plain space, runs
 * collapsed, ends trimmed. Letters, marks and the soft hyphen are kept: the soft hyphen is "ư" in
 * TCVN3, so removing it here would break legacy decoding later.
 */
export function normalizeText(s: string): string {
  if (isPlainAscii(s)) return s;
  return s.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Printable ASCII with single inner spaces: already in canonical form, nothing to allocate. */
function isPlainAscii(s: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (c > 32 && c < 127) {
      previousSpace = false;
    } else {
      return false;
    }
  }
  return !previousSpace || s.length === 0;
}
