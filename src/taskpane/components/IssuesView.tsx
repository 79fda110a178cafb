import { CounterBadge, SearchBox, Text, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Lang } from "../../i18n/types";
import { catalog, issueMessage, t } from "../../i18n";
import type { HostMode } from "../io";
import {
  SEVERITIES,
  countBySeverity,
  filterIssues,
  groupIssues,
  issueKey,
  type ShownIssue,
} from "../state/issue-list";
import type { SeverityFilter } from "../state/ui-state";
import type { Session } from "../use-session";
import { IssueRow } from "./IssueRow";

const useStyles = makeStyles({
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  sheet: {
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase400,
  },
  severity: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300,
  },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
});

export interface IssuesViewProps {
  lang: Lang;
  session: Session;
  mode: HostMode;
  severity: SeverityFilter;
  text: string;
  onFilter: (severity: SeverityFilter, text: string) => void;
}

/** *Kiểm tra*: every problem found, by sheet and severity; choosing one goes to its cell. */
export function IssuesView({ lang, session, mode, severity, text, onFilter }: IssuesViewProps) {
  const styles = useStyles();
  const [status, setStatus] = useState("");
  const analysis = session.analysis;

  const shown: ShownIssue[] = useMemo(
    () =>
      (analysis?.issues ?? []).map((issue, index) => ({
        issue,
        message: issueMessage(issue, lang),
        key: issueKey(issue, index),
      })),
    [analysis, lang],
  );
  const counts = useMemo(() => countBySeverity(shown.map((s) => s.issue)), [shown]);
  const filtered = useMemo(() => filterIssues(shown, severity, text), [shown, severity, text]);
  const groups = useMemo(() => groupIssues(filtered), [filtered]);

  if (!analysis)
    return <Text>{t(lang, session.busy ? "taskpane.busy.wait" : "taskpane.empty.noAnalysis")}</Text>;

  const go = async (item: ShownIssue) => {
    const { sheet, cell } = item.issue;
    if (!sheet || !cell) return;
    const ok = await session.selectCell(sheet, cell);
    if (ok)
      setStatus(
        t(lang, mode === "excel" ? "taskpane.issues.selected" : "taskpane.issues.located", { sheet, cell }),
      );
  };

  const filterButton = (value: SeverityFilter, label: string, count: number) => (
    <ToggleButton
      key={value}
      size="small"
      checked={severity === value}
      aria-pressed={severity === value}
      onClick={() => onFilter(value, text)}
      data-testid={`filter-${value}`}
    >
      {label}&nbsp;
      <CounterBadge count={count} showZero size="small" appearance="ghost" />
    </ToggleButton>
  );

  return (
    <section aria-label={t(lang, "taskpane.tab.issues")} data-testid="issues">
      <Text as="p" data-testid="issue-counts">
        {t(lang, "taskpane.issues.counts", {
          errors: counts.error,
          warnings: counts.warning,
          infos: counts.info,
        })}
      </Text>
      <div className={styles.filters} role="group" aria-label={t(lang, "taskpane.issues.filter")}>
        {filterButton("all", t(lang, "taskpane.issues.all"), shown.length)}
        {SEVERITIES.map((s) => filterButton(s, catalog(lang).severity[s], counts[s]))}
      </div>
      <SearchBox
        value={text}
        placeholder={t(lang, "taskpane.issues.search")}
        aria-label={t(lang, "taskpane.issues.search")}
        onChange={(_, data) => onFilter(severity, data.value)}
        style={{ marginTop: 8, width: "100%" }}
      />
      <div role="status" aria-live="polite" data-testid="issue-status">
        {status ? <Text size={200}>{status}</Text> : null}
      </div>
      {shown.length === 0 ? <Text as="p">{t(lang, "taskpane.issues.none")}</Text> : null}
      {shown.length > 0 && filtered.length === 0 ? (
        <Text as="p">{t(lang, "taskpane.issues.noMatch")}</Text>
      ) : null}
      {groups.map((group) => (
        <div key={group.sheet ?? ""} data-testid="issue-group" data-sheet={group.sheet ?? ""}>
          <h2 className={styles.sheet}>
            {group.sheet ?? t(lang, "taskpane.issues.workbook")}{" "}
            <Text size={200} weight="regular">
              {t(lang, "taskpane.issues.counts", {
                errors: group.counts.error,
                warnings: group.counts.warning,
                infos: group.counts.info,
              })}
            </Text>
          </h2>
          {group.groups.map((bySeverity) => (
            <div key={bySeverity.severity}>
              <h3 className={styles.severity}>
                {catalog(lang).severity[bySeverity.severity]} ({bySeverity.issues.length})
              </h3>
              <ul className={styles.list}>
                {bySeverity.issues.map((item) => (
                  <IssueRow key={item.key} lang={lang} item={item} onGo={() => void go(item)} />
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
