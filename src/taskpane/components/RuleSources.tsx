import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { RULE_IDS, rulesInForce, ruleSourcesOf, type RuleId } from "../../core/criteria/rule-ids";
import type { Criteria } from "../../core/criteria/schema";
import type { Lang } from "../../i18n/types";
import { t } from "../../i18n";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: "1.2em",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  source: { display: "block" },
  note: { display: "block", color: tokens.colorNeutralForeground3 },
});

/** Each rule of the set with where it comes from, as `chibo presets --explain` prints it. */
export function RuleSources({ lang, criteria }: { lang: Lang; criteria: Criteria }) {
  const styles = useStyles();
  const inForce = rulesInForce(criteria);
  const cited = RULE_IDS.filter(
    (rule) => !inForce.includes(rule) && ruleSourcesOf(criteria, rule).length > 0,
  );
  const item = (rule: RuleId, applied: boolean) => {
    const name = t(lang, `rule.${rule}`);
    const sources = ruleSourcesOf(criteria, rule);
    return (
      <li key={rule} data-rule={rule}>
        <Text weight="semibold">{applied ? name : t(lang, "rule.notApplied", { rule: name })}</Text>
        {sources.length === 0 ? (
          <Text className={styles.source}>{t(lang, "rule.noSource")}</Text>
        ) : (
          sources.map((source, i) => (
            <span key={i} className={styles.source}>
              <Text>
                {source.document}
                {source.article ? `, ${source.article}` : ""}
              </Text>{" "}
              <Badge size="small" appearance="tint" color={source.verified ? "success" : "warning"}>
                {t(lang, source.verified ? "rule.verified" : "rule.unverified")}
              </Badge>
              {source.where ? (
                <Text className={styles.note} size={200}>
                  {source.where}
                </Text>
              ) : null}
              {source.note ? (
                <Text className={styles.note} size={200}>
                  {source.note}
                </Text>
              ) : null}
            </span>
          ))
        )}
      </li>
    );
  };
  return (
    <ul className={styles.list} data-testid="rule-sources">
      {inForce.map((rule) => item(rule, true))}
      {cited.map((rule) => item(rule, false))}
    </ul>
  );
}
