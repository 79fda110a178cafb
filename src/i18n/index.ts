import type { Issue, IssueParamValue, IssueTerm } from "../core/issues/issue";
import type { Words } from "../core/words";
import { en } from "./en";
import { figureText } from "./numbers";
import type { Catalog, Lang, TextKey } from "./types";
import { vi } from "./vi";

export type { Catalog, Lang, TextKey } from "./types";
export { figureText, formatNumber, formatPercent, type NumberStyle } from "./numbers";

const CATALOGS: Record<Lang, Catalog> = { vi, en };

export function catalog(lang: Lang): Catalog {
  return CATALOGS[lang];
}

/** Fills {name} placeholders; a missing parameter is left visible rather than guessed. */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A text by key in the given language; an unknown key does not compile. */
export function t(lang: Lang, key: TextKey, params: Readonly<Record<string, string | number>> = {}): string {
  return textOf(lang, key, params);
}

/** Whether a key built at run time (from a code, a kind, a field) names a text. */
export function isTextKey(key: string): key is TextKey {
  return Object.prototype.hasOwnProperty.call(CATALOGS.vi.text, key);
}

/**
 * A text by a key built at run time (core's keys come as strings): falls back to Vietnamese, then
 * to the key itself, which is how a caller learns that there is no such text.
 */
export function textOf(
  lang: Lang,
  key: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = isTextKey(key) ? (CATALOGS[lang].text[key] ?? CATALOGS.vi.text[key]) : key;
  return fillTemplate(template, params);
}

/** Parameters that hold a measured figure even when given as text ("78.3"); never card numbers or names. */
const FIGURE_PARAMS = new Set([
  "rate",
  "min",
  "stated",
  "computed",
  "sum",
  "percent",
  "score",
  "max",
  "original",
]);

function localParam(key: string, value: IssueParamValue, lang: Lang): string | number {
  if (typeof value === "object") return termText(value, lang);
  if (typeof value === "number") return figureText(value, lang);
  return FIGURE_PARAMS.has(key) && /^-?\d+\.\d+$/.test(value) ? figureText(Number(value), lang) : value;
}

/** A word an issue needs (core gives its key, "term.<name>"), with its own figures in the language's way. */
export function termText(value: IssueTerm, lang: Lang): string {
  const params: Record<string, string | number> = {};
  for (const [key, v] of Object.entries(value.params ?? {})) params[key] = localParam(key, v, lang);
  return textOf(lang, `term.${value.term}`, params);
}

/** The message of an issue in the given language. */
export function issueMessage(issue: Issue, lang: Lang): string {
  const params: Record<string, string | number> = { sheet: issue.sheet ?? "" };
  for (const [key, value] of Object.entries(issue.params)) params[key] = localParam(key, value, lang);
  if (issue.value !== undefined && !("value" in issue.params)) params.value = String(issue.value ?? "");
  const variant = issue.params.variant;
  const template =
    (typeof variant === "string" ? CATALOGS[lang].issueVariants[`${issue.code}#${variant}`] : undefined) ??
    CATALOGS[lang].issues[issue.code];
  return fillTemplate(template, params);
}

const LANGS: readonly Lang[] = ["vi", "en"];

function makeWords(lang: Lang): Words {
  return {
    text: (key, params) => textOf(lang, key, params),
    inEveryLanguage: (key, params) => LANGS.map((other) => textOf(other, key, params)),
    issueMessage: (issue) => issueMessage(issue, lang),
    severity: (severity) => CATALOGS[lang].severity[severity],
  };
}

const WORDS: Record<Lang, Words> = { vi: makeWords("vi"), en: makeWords("en") };

/** The words core writes its sheets with, in the given language (see src/core/words.ts). */
export function wordsFor(lang: Lang): Words {
  return WORDS[lang];
}

/** Picks the UI language from an Office display language such as "vi-VN" or "en-US". */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && locale.toLowerCase().startsWith("en") ? "en" : "vi";
}
