import {
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { buildSummarySheets } from "../../core";
import type { CapResult, MeetingResults } from "../../core";
import type { WriteResult } from "../../ports/workbook-port";
import type { Lang } from "../../i18n/types";
import { t } from "../../i18n";
import type { HostMode } from "../io";
import { formatNumber, formatPercent } from "../state/format";
import { hasKeyFigures } from "../state/key-figures";
import type { Session } from "../use-session";
import { CollectiveCard, MemberCard } from "./ResultCards";
import { WriteReport } from "./WriteReport";

const useStyles = makeStyles({
  facts: { display: "grid", gridTemplateColumns: "1fr auto", gap: `2px ${tokens.spacingHorizontalM}` },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Label and value pairs, values right-aligned. */
export function Facts({ items }: { items: [string, string][] }) {
  const styles = useStyles();
  return (
    <dl className={styles.facts}>
      {items.map(([label, value]) => (
        <div key={label} style={{ display: "contents" }}>
          <dt>{label}</dt>
          <dd style={{ margin: 0, textAlign: "right", fontWeight: 600 }}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The cap on the top level: the count, the limit and both ratios, green or red. */
export function CapVerdict({ lang, cap }: { lang: Lang; cap: CapResult }) {
  const params = {
    actual: cap.actual,
    limit: cap.limit,
    denominator: t(lang, `taskpane.summary.denominator.${cap.denominator}`),
    ofAssessed: formatPercent(cap.percentOfAssessed, lang),
    ofDenominator: formatPercent(cap.percentOfDenominator, lang),
  };
  return (
    <MessageBar intent={cap.exceeded ? "error" : "success"} layout="multiline" data-testid="cap-verdict">
      <MessageBarBody>
        {t(lang, cap.exceeded ? "taskpane.summary.capExceeded" : "taskpane.summary.capOk", params)}
      </MessageBarBody>
    </MessageBar>
  );
}

function meetingFacts(lang: Lang, meetings: MeetingResults): [string, string][] {
  const items: [string, string][] = [
    [t(lang, "taskpane.summary.regular"), formatNumber(meetings.regular, lang)],
    [t(lang, "taskpane.summary.thematic"), formatNumber(meetings.thematic, lang)],
    [
      t(lang, "taskpane.summary.attendance"),
      meetings.attendance === null ? "—" : formatPercent(meetings.attendance, lang),
    ],
  ];
  for (const [grade, count] of Object.entries(meetings.grades)) {
    items.push([t(lang, "taskpane.summary.grade", { grade }), formatNumber(count, lang)]);
  }
  if (meetings.yearGrade) items.push([t(lang, "taskpane.summary.yearGrade"), meetings.yearGrade]);
  if (meetings.missingMonths.length > 0)
    items.push([t(lang, "taskpane.summary.missingMonths"), meetings.missingMonths.join(", ")]);
  if (meetings.missingQuarters.length > 0)
    items.push([t(lang, "taskpane.summary.missingQuarters"), meetings.missingQuarters.join(", ")]);
  return items;
}

/** *Tổng hợp*: the key figures, and the button that writes the summary sheets. */
export function SummaryView({ lang, session, mode }: { lang: Lang; session: Session; mode: HostMode }) {
  const styles = useStyles();
  const [written, setWritten] = useState<WriteResult | null>(null);
  const analysis = session.analysis;
  if (!analysis)
    return <Text>{t(lang, session.busy ? "taskpane.busy.wait" : "taskpane.empty.noAnalysis")}</Text>;
  const { members, collectives, meetings } = analysis.results;

  const writeSummary = async () => {
    setWritten(null);
    const result = await session.write(
      () => buildSummarySheets(analysis, { lang }),
      t(lang, "taskpane.busy.writingSummary"),
    );
    if (result) setWritten(result);
  };

  return (
    <section aria-label={t(lang, "taskpane.tab.summary")} data-testid="summary" className={styles.section}>
      {!hasKeyFigures(analysis.results) ? <Text>{t(lang, "taskpane.summary.nothing")}</Text> : null}
      {members ? (
        <MemberCard lang={lang} members={members} headingLevel={2} testId="members-figures" />
      ) : null}
      {collectives ? (
        <CollectiveCard lang={lang} collectives={collectives} headingLevel={2} testId="collectives-figures" />
      ) : null}
      {meetings ? (
        <Card className={styles.section} data-testid="meetings-figures">
          <h2 className={styles.heading}>{t(lang, "taskpane.summary.meetings")}</h2>
          <Facts items={meetingFacts(lang, meetings)} />
        </Card>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={session.busy !== null}
          onClick={() => void writeSummary()}
          data-testid="write-summary"
        >
          {t(lang, "taskpane.summary.write")}
        </Button>
        {mode === "browser" && written ? (
          <Button disabled={session.busy !== null} onClick={() => void session.download()}>
            {t(lang, "taskpane.file.download")}
          </Button>
        ) : null}
      </div>
      {written ? <WriteReport lang={lang} result={written} mode={mode} /> : null}
    </section>
  );
}
