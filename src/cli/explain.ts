import { RULE_IDS, rulesInForce, ruleSourcesOf, type RuleId } from "../core/criteria/rule-ids";
import type { Criteria, RuleSource } from "../core/criteria/schema";
import { t, type Lang } from "../i18n";

/**
 * `chibo presets --explain ID`: every rule the set applies, each with its source (document, article
 * or item, where it can be read, whether it was verified), then the rules it cites but does not apply
 * (e.g. the sick-leave cap that Hướng dẫn 43 removed). A rule in force without a source says so.
 */
export function explainCriteria(criteria: Criteria, lang: Lang): string {
  const lines = [
    t(lang, "cli.explain.header", { id: criteria.id, title: criteria.title }),
    t(lang, "cli.explain.regulation", { regulation: criteria.regulation, year: criteria.year }),
    "",
  ];
  const inForce = rulesInForce(criteria);
  for (const rule of inForce) lines.push(...ruleLines(criteria, rule, lang));
  const cited = RULE_IDS.filter(
    (rule) => !inForce.includes(rule) && ruleSourcesOf(criteria, rule).length > 0,
  );
  if (cited.length > 0) {
    lines.push("", t(lang, "cli.explain.notApplied"));
    for (const rule of cited) lines.push(...ruleLines(criteria, rule, lang));
  }
  return lines.join("\n");
}

function ruleLines(criteria: Criteria, rule: RuleId, lang: Lang): string[] {
  const lines = [t(lang, "cli.explain.rule", { rule: t(lang, `rule.${rule}`) })];
  const sources = ruleSourcesOf(criteria, rule);
  if (sources.length === 0) lines.push(t(lang, "cli.explain.noSource"));
  for (const source of sources) lines.push(...sourceLines(source, lang));
  return lines;
}

function sourceLines(source: RuleSource, lang: Lang): string[] {
  const lines = [
    t(lang, "cli.explain.source", {
      document: source.document,
      article: source.article ? `, ${source.article}` : "",
      verified: t(lang, source.verified ? "rule.verified" : "rule.unverified"),
    }),
  ];
  if (source.where) lines.push(t(lang, "cli.explain.where", { where: source.where }));
  if (source.note) lines.push(t(lang, "cli.explain.note", { note: source.note }));
  return lines;
}
