import { Card, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { CollectiveResults, MemberResults } from "../../core";
import type { Lang } from "../../i18n/types";
import { formatNumber, t } from "../../i18n";
import { LevelTable } from "./LevelTable";
import { CapVerdict, Facts } from "./SummaryView";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

interface CardProps {
  lang: Lang;
  /** h2 in the summary view, h3 under the roll-up's own heading. */
  headingLevel: 2 | 3;
  testId: string;
  children?: ReactNode;
}

function Heading({ level, children }: { level: 2 | 3; children: ReactNode }) {
  const styles = useStyles();
  return level === 2 ? (
    <h2 className={styles.heading}>{children}</h2>
  ) : (
    <h3 className={styles.heading}>{children}</h3>
  );
}

/** Members: the counts, the table by level and the cap verdict; `children` add what a view needs. */
export function MemberCard({
  lang,
  members,
  headingLevel,
  testId,
  children,
}: CardProps & { members: MemberResults }) {
  const styles = useStyles();
  return (
    <Card className={styles.section} data-testid={testId}>
      <Heading level={headingLevel}>{t(lang, "taskpane.summary.members")}</Heading>
      <Facts
        items={[
          [t(lang, "taskpane.summary.total"), formatNumber(members.total, lang)],
          [t(lang, "taskpane.summary.assessed"), formatNumber(members.assessed, lang)],
          [t(lang, "taskpane.summary.notClassified"), formatNumber(members.notClassified, lang)],
          [t(lang, "taskpane.summary.unrecognized"), formatNumber(members.unrecognized, lang)],
        ]}
      />
      <LevelTable lang={lang} levels={members.levels} caption={t(lang, "taskpane.summary.membersByLevel")} />
      {members.cap ? <CapVerdict lang={lang} cap={members.cap} /> : null}
      {children}
    </Card>
  );
}

/** Party organisations: the counts and the table by level. */
export function CollectiveCard({
  lang,
  collectives,
  headingLevel,
  testId,
  withNotClassified = true,
}: CardProps & { collectives: CollectiveResults; withNotClassified?: boolean }) {
  const styles = useStyles();
  return (
    <Card className={styles.section} data-testid={testId}>
      <Heading level={headingLevel}>{t(lang, "taskpane.summary.collectives")}</Heading>
      <Facts
        items={[
          [t(lang, "taskpane.summary.total"), formatNumber(collectives.total, lang)],
          [t(lang, "taskpane.summary.assessed"), formatNumber(collectives.assessed, lang)],
          ...(withNotClassified
            ? [
                [
                  t(lang, "taskpane.summary.notClassified"),
                  formatNumber(collectives.notClassified, lang),
                ] as [string, string],
              ]
            : []),
        ]}
      />
      <LevelTable
        lang={lang}
        levels={collectives.levels}
        caption={t(lang, "taskpane.summary.collectivesByLevel")}
      />
    </Card>
  );
}
