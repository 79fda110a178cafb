import type { Lang } from "../../i18n/types";

/** A number as the user's language writes it: "14,3" in Vietnamese, "14.3" in English. */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  const fixed = value.toFixed(decimals);
  const [whole, fraction] = fixed.split(".");
  const sep = lang === "vi" ? "." : ",";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  if (!fraction) return grouped;
  return grouped + (lang === "vi" ? "," : ".") + fraction;
}

/** A percentage with one decimal by default: "14,3%". */
export function formatPercent(value: number, lang: Lang, decimals = 1): string {
  return `${formatNumber(value, lang, decimals)}%`;
}
