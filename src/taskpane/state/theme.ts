/**
 * Whether a background colour ("#1F1F1F", "#fff") is dark: Office's theme gives the colours of
 * its body, not a name, so the pane follows the dark themes (Black, Dark Gray) by their luminance.
 */
export function isDarkColor(color: string | undefined | null): boolean {
  if (!color) return false;
  let hex = color.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = [...hex].map((c) => c + c).join("");
  if (!/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  // Relative luminance (WCAG), without the gamma step: enough to tell dark from light.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
