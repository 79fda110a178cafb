import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { LEVEL_KEYS } from "../../core";
import type { Criteria } from "../../core";
import type { Lang } from "../../i18n/types";
import { formatNumber, t, textOf } from "../../i18n";
import { RuleSources } from "./RuleSources";

const useStyles = makeStyles({
  list: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: `0 0 ${tokens.spacingVerticalXS} 0` },
  sources: { margin: 0, paddingLeft: "1.2em" },
});

function Rule({ term, children }: { term: string; children: React.ReactNode }) {
  const styles = useStyles();
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.detail}>{children}</dd>
    </>
  );
}

/** A criteria set in words: what each rule says and where it comes from. */
export function CriteriaRules({ lang, criteria }: { lang: Lang; criteria: Criteria }) {
  const styles = useStyles();
  const num = (value: number) => formatNumber(value, lang, { decimals: Number.isInteger(value) ? 0 : 1 });
  const level = (key: string) => textOf(lang, `level.${key}`);
  const { cap, scoreBands, memberCaps, collective, meeting, attendance, cadence } = criteria;

  return (
    <dl className={styles.list} data-testid="criteria-rules">
      <Rule term={t(lang, "taskpane.criteria.regulation")}>
        {criteria.regulation} · {t(lang, "taskpane.criteria.fromYear", { year: criteria.year })}
      </Rule>
      <Rule term={t(lang, "taskpane.criteria.levels")}>
        {LEVEL_KEYS.map((key) => (
          <div key={key}>
            <Text weight="semibold">{key}</Text>: {criteria.levels[key].join(", ")}
          </div>
        ))}
        <div>
          <Text weight="semibold">{level("none")}</Text>: {criteria.notClassified.join(", ")}
        </div>
      </Rule>
      {scoreBands ? (
        <Rule term={t(lang, "taskpane.criteria.scoreBands")}>
          {t(lang, "taskpane.criteria.scoreBandsText", {
            scale: num(scoreBands.scale),
            top: num(scoreBands.HTXSNV),
            good: num(scoreBands.HTTNV),
            done: num(scoreBands.HTNV),
          })}
          {scoreBands.verified ? "" : ` ${t(lang, "taskpane.criteria.unverified")}`}
        </Rule>
      ) : null}
      {cap ? (
        <Rule term={t(lang, "taskpane.criteria.cap")}>
          {t(lang, "taskpane.criteria.capText", {
            ratio: num(cap.ratio * 100),
            denominator: t(lang, `taskpane.summary.denominator.${cap.denominator}`),
            rounding: t(lang, `taskpane.criteria.rounding.${cap.rounding}`),
            scope: t(lang, `taskpane.criteria.scope.${cap.scope}`),
          })}{" "}
          <Text size={200}>({cap.source})</Text>
        </Rule>
      ) : null}
      {criteria.exclusions.length > 0 ? (
        <Rule term={t(lang, "taskpane.criteria.exclusions")}>
          {criteria.exclusions.map((e) => e.label).join("; ")}
        </Rule>
      ) : null}
      {memberCaps.sickLeave || memberCaps.discipline ? (
        <Rule term={t(lang, "taskpane.criteria.memberCaps")}>
          {memberCaps.sickLeave ? (
            <div>
              {t(lang, "taskpane.criteria.sickLeave", {
                months: num(memberCaps.sickLeave.minMonths),
                level: level(memberCaps.sickLeave.maxLevel),
              })}
            </div>
          ) : null}
          {memberCaps.discipline ? (
            <div>
              {t(lang, "taskpane.criteria.discipline", { level: level(memberCaps.discipline.level) })}
            </div>
          ) : null}
        </Rule>
      ) : null}
      {collective ? (
        <Rule term={t(lang, "taskpane.criteria.collective")}>
          {t(lang, "taskpane.criteria.collectiveText", {
            atLeastDone: num(collective.topLevelMinShareAtLeastHTNV),
            atLeastGood: num(collective.topLevelMinShareAtLeastHTTNV),
          })}{" "}
          <Text size={200}>({collective.source})</Text>
        </Rule>
      ) : null}
      <Rule term={t(lang, "taskpane.criteria.meetingGrades")}>
        {meeting.grades.map((g) => `${g.grade} ≥ ${num(g.min)}`).join(", ")}
        {meeting.rubric ? (
          <div>
            {t(lang, "taskpane.criteria.rubric", {
              title: meeting.rubric.title,
              groups: meeting.rubric.groups.map((g) => `${g.code}. ${g.title} (${num(g.max)})`).join("; "),
            })}
          </div>
        ) : null}
        {meeting.minDurationMinutes ? (
          <div>{t(lang, "taskpane.criteria.duration", { minutes: meeting.minDurationMinutes })}</div>
        ) : null}
      </Rule>
      <Rule term={t(lang, "taskpane.criteria.attendance")}>
        {t(
          lang,
          attendance.strictlyAbove
            ? "taskpane.criteria.attendanceAbove"
            : "taskpane.criteria.attendanceAtLeast",
          {
            min: num(attendance.minPercent),
          },
        )}
        {attendance.noUnexcusedAbsence ? ` ${t(lang, "taskpane.criteria.noUnexcused")}` : ""}
      </Rule>
      <Rule term={t(lang, "taskpane.criteria.cadence")}>
        {t(lang, "taskpane.criteria.cadenceText", {
          regular: cadence.regularPerYear,
          thematic: cadence.thematicPerQuarter,
        })}
        {cadence.fixedDay ? ` ${t(lang, "taskpane.criteria.fixedDay", { day: cadence.fixedDay })}` : ""}
      </Rule>
      <Rule term={t(lang, "criteria.section.ruleSources")}>
        <RuleSources lang={lang} criteria={criteria} />
      </Rule>
      <Rule term={t(lang, "taskpane.criteria.sources")}>
        <ul className={styles.sources}>
          {criteria.sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </Rule>
    </dl>
  );
}
