import {
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { buildSummarySheets } from "../../core";
import type { CapResult, MeetingResults } from "../../core";
import type { WriteResult } from "../../ports/workbook-port";
import type { Lang } from "../../i18n/types";
import { formatNumber, formatPercent, t, wordsFor } from "../../i18n";
import type { HostMode } from "../io";
import { hasKeyFigures, modelCellView, type ModelCellView } from "../state/key-figures";
import type { Session } from "../use-session";
import { romanQuarter } from "../../core/summary/build";
import { countBySeverity } from "../state/issue-list";
import type { TabId } from "../state/ui-state";
import { CollectiveCard, MemberCard } from "./ResultCards";
import { WriteReport } from "./WriteReport";

const useStyles = makeStyles({
  facts: { display: "grid", gridTemplateColumns: "1fr auto", gap: `2px ${tokens.spacingHorizontalM}` },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  answer: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, margin: 0 },
  count: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  next: { fontSize: tokens.fontSizeBase300 },
  date: { maxWidth: "11em" },
});

/** "2025-12-20" as a local date (the value of a date field), null when empty or not a day. */
export function dateFromField(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Today as a date field writes it: "2025-12-20". */
export function todayField(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The answer, first: how many errors and warnings, and what to do next (correct the errors, or
 * write the summaries), with the list of issues and the column mapping one click away.
 */
function Answer({
  lang,
  errors,
  warnings,
  onShow,
}: {
  lang: Lang;
  errors: number;
  warnings: number;
  onShow: (tab: TabId) => void;
}) {
  const styles = useStyles();
  return (
    <Card className={styles.answer} data-testid="answer">
      <h2 className={styles.heading}>{t(lang, "taskpane.answer.heading")}</h2>
      <p className={styles.counts}>
        <span data-testid="answer-errors">
          <span className={styles.count}>{formatNumber(errors, lang)}</span>{" "}
          {t(lang, "taskpane.answer.errors")}
        </span>
        <span data-testid="answer-warnings">
          <span className={styles.count}>{formatNumber(warnings, lang)}</span>{" "}
          {t(lang, "taskpane.answer.warnings")}
        </span>
      </p>
      <Text className={styles.next} data-testid="answer-next">
        {t(lang, errors > 0 ? "taskpane.answer.nextFix" : "taskpane.answer.nextWrite")}
      </Text>
      <div className={styles.actions}>
        {errors + warnings > 0 ? (
          <Button appearance={errors > 0 ? "primary" : "secondary"} onClick={() => onShow("issues")}>
            {t(lang, "taskpane.answer.showIssues")}
          </Button>
        ) : null}
        <Button appearance="subtle" onClick={() => onShow("recognition")} data-testid="edit-mapping">
          {t(lang, "taskpane.answer.editMapping")}
        </Button>
      </div>
    </Card>
  );
}

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
    items.push([
      t(lang, "taskpane.summary.missingQuarters"),
      t(lang, "taskpane.summary.quarters", {
        quarters: meetings.missingQuarters.map(romanQuarter).join(", "),
      }),
    ]);
  return items;
}

/** The model-cell verdict (chi bộ kiểu mẫu), green when met, with each criterion missed. */
function ModelCellVerdict({ view }: { view: ModelCellView }) {
  return (
    <MessageBar intent={view.met ? "success" : "warning"} layout="multiline" data-testid="model-cell">
      <MessageBarBody>
        {view.verdict}
        {view.unmet.length > 0 ? (
          <ul style={{ margin: 0, paddingLeft: "1.2em" }}>
            {view.unmet.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * *Tổng hợp*: the answer (issue counts and the next step), the button that writes the summary
 * sheets with its result right under it (announced to screen readers), then the key figures.
 */
export function SummaryView({
  lang,
  session,
  mode,
  ready = true,
  onShow = () => undefined,
}: {
  lang: Lang;
  session: Session;
  mode: HostMode;
  ready?: boolean;
  onShow?: (tab: TabId) => void;
}) {
  const styles = useStyles();
  const [written, setWritten] = useState<WriteResult | null>(null);
  const [date, setDate] = useState(() => todayField());
  const report = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The result of the main action is seen where the eye is, even in a short pane.
    if (written) report.current?.scrollIntoView({ block: "nearest" });
  }, [written]);
  const analysis = session.analysis;
  if (!ready) return <Text>{t(lang, "taskpane.file.prompt")}</Text>;
  if (!analysis)
    return <Text>{t(lang, session.busy ? "taskpane.busy.wait" : "taskpane.empty.noAnalysis")}</Text>;
  const { members, collectives, meetings } = analysis.results;
  const counts = countBySeverity(analysis.issues);
  const modelCell = modelCellView(analysis.results, lang);

  const writeSummary = async () => {
    setWritten(null);
    const reportDate = dateFromField(date) ?? new Date();
    const result = await session.write(
      () => buildSummarySheets(analysis, { words: wordsFor(lang), date: reportDate }),
      t(lang, "taskpane.busy.writingSummary"),
    );
    if (result) setWritten(result);
  };

  return (
    <section aria-label={t(lang, "taskpane.tab.summary")} data-testid="summary" className={styles.section}>
      <Answer lang={lang} errors={counts.error} warnings={counts.warning} onShow={onShow} />
      <div className={styles.actions}>
        <Field label={t(lang, "taskpane.summary.date")} className={styles.date}>
          <Input
            type="date"
            value={date}
            onChange={(_, data) => setDate(data.value)}
            data-testid="report-date"
          />
        </Field>
        <Button
          appearance="primary"
          disabled={session.busy !== null || !hasKeyFigures(analysis.results)}
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
      <div role="status" aria-live="polite" ref={report}>
        {written ? <WriteReport lang={lang} result={written} mode={mode} /> : null}
      </div>
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
          {modelCell ? <ModelCellVerdict view={modelCell} /> : null}
        </Card>
      ) : null}
      {modelCell && !meetings ? <ModelCellVerdict view={modelCell} /> : null}
    </section>
  );
}
