/** The legacy Vietnamese encodings that are still passed around (domain.md, "Legacy encodings"). */
export type LegacyEncoding = "tcvn3" | "vni";

export interface LegacyFont {
  readonly encoding: LegacyEncoding;
  /** A capitals font: its lower-case codes are drawn as capitals. */
  readonly capitals: boolean;
}

/**
 * The legacy encoding a font implies, from its name. TCVN3 (ABC) fonts are named ".Vn…"
 * (.VnTime, .VnArial Narrow, .VnBook-Antiqua), their capitals fonts end in "H" (.VnTimeH,
 * .VnArialH). VNI fonts are named "VNI-…" (VNI-Times, VNI-Helve) and have capitals of their own.
 */
export function fontLegacyEncoding(fontName: string | undefined): LegacyFont | null {
  if (!fontName) return null;
  const name = fontName.trim();
  if (/^\.vn/i.test(name)) return { encoding: "tcvn3", capitals: name.endsWith("H") };
  if (/^vni[-_ ]/i.test(name)) return { encoding: "vni", capitals: false };
  return null;
}
