/**
 * Canonical form of a cell's text for display and comparison: NFC, every kind of white space
 * (non-breaking space, tab, line break, other Unicode spaces) read as one plain space, runs
 * collapsed, ends trimmed. Letters, marks and the soft hyphen are kept: the soft hyphen is "ư" in
 * TCVN3, so removing it here would break legacy decoding later.
 */
export function normalizeText(s: string): string {
  if (isCanonical(s)) return s;
  return s.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * Printable ASCII and precomposed Vietnamese with single inner spaces (most names and levels):
 * already canonical. Checked code unit by code unit so that the common case allocates nothing.
 */
function isCanonical(s: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    if (c > 32 && c < 127) continue;
    // Latin-1 letters, Latin Extended-A/B letters used in Vietnamese (Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư),
    // and the precomposed Vietnamese block U+1EA0–U+1EF9. Anything else goes the slow way.
    if (
      (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) ||
      (c >= 0x100 && c <= 0x1b0) ||
      (c >= 0x1ea0 && c <= 0x1ef9)
    )
      continue;
    return false;
  }
  return !previousSpace || s.length === 0;
}
