import type { Lang } from "./types";

/** The marks each language writes numbers with: "1.234,5" in Vietnamese, "1,234.5" in English. */
const MARKS: Readonly<Record<Lang, { decimal: string; thousands: string }>> = {
  vi: { decimal: ",", thousands: "." },
  en: { decimal: ".", thousands: "," },
};

export interface NumberStyle {
  /** Digits after the decimal mark, rounded; without it the figure keeps its own ("63.3", "78.25"). */
  decimals?: number;
  /**
   * Thousands marks ("3.812"), on by default for figures shown on their own (the pane's counts);
   * off for figures inside a sentence, where a row number or a year must stay as typed ("2025").
   */
  grouping?: boolean;
}

/**
 * The one way chibo writes a number for people, used by the CLI, the task pane and the messages
 * on the summary sheets, so that "63,3" never meets "63.3" in one language.
 */
export function formatNumber(value: number, lang: Lang, style: NumberStyle = {}): string {
  const { decimals, grouping = true } = style;
  const plain = decimals === undefined ? String(value) : value.toFixed(decimals);
  const [whole, fraction] = plain.split(".");
  const marks = MARKS[lang];
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, marks.thousands) : whole;
  return fraction === undefined ? grouped : grouped + marks.decimal + fraction;
}

/** A percentage, one decimal unless told: "14,3%" in Vietnamese, "14.3%" in English. */
export function formatPercent(value: number, lang: Lang, decimals = 1): string {
  return `${formatNumber(value, lang, { decimals })}%`;
}

/** A figure inside a sentence: its own digits, the language's decimal mark, no thousands mark. */
export function figureText(value: number, lang: Lang): string {
  return formatNumber(value, lang, { grouping: false });
}
