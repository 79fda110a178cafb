import {
  Button,
  CounterBadge,
  FluentProvider,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { t, type TextKey } from "../../i18n";
import type { Lang } from "../../i18n/types";
import type { TaskpaneIO } from "../io";
import { APP_VERSION } from "../version";
import {
  TABS,
  loadUiState,
  saveUiState,
  type KeyValueStore,
  type TabId,
  type UiState,
} from "../state/ui-state";
import { countBySeverity } from "../state/issue-list";
import { useRollup } from "../use-rollup";
import { useSession } from "../use-session";
import { BusyBar } from "./BusyBar";
import { CriteriaView } from "./CriteriaView";
import { ErrorBar } from "./ErrorBar";
import { FileBar } from "./FileBar";
import { Footer } from "./Footer";
import { IssuesView } from "./IssuesView";
import { RecognitionView } from "./RecognitionView";
import { RollupView } from "./RollupView";
import { SummaryView } from "./SummaryView";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  unit: { fontSize: tokens.fontSizeBase200, opacity: 0.9 },
  tabs: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    // Five tabs need about 450 px on one line: in a 320 px pane they go on two rather than scroll.
    flexWrap: "wrap",
  },
  tabLabel: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  main: { minWidth: 0, flexGrow: 1 },
  panel: {
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

const TAB_LABEL: Record<TabId, TextKey> = {
  recognition: "taskpane.tab.recognition",
  issues: "taskpane.tab.issues",
  summary: "taskpane.tab.summary",
  criteria: "taskpane.tab.criteria",
  rollup: "taskpane.tab.rollup",
};

export interface AppProps {
  io: TaskpaneIO;
  lang: Lang;
  /** Office's theme (or the browser's colour scheme) is dark: the pane follows it. */
  dark?: boolean;
  /** Where the pane's own view state is remembered (localStorage); null to remember nothing. */
  store: KeyValueStore | null;
  /** chibo.html, the offline file: said in the footer. */
  offline?: boolean;
}

/** The task pane: four tabs over one session with the workbook, and the roll-up of many units' files. */
export function App({ io, lang, store, dark = false, offline = false }: AppProps) {
  const styles = useStyles();
  const session = useSession(io, lang);
  const [ui, setUi] = useState<UiState>(() => loadUiState(store));
  // The roll-up's failures show in the pane's error bar, like the session's.
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const rollupError = useCallback((message: string | null) => {
    if (message === null) sessionRef.current.clearError();
    else sessionRef.current.showError(message);
  }, []);
  // Kept here rather than in its tab, so that the files and the result survive a change of tab.
  const rollup = useRollup(io, lang, session.settings.criteriaId, rollupError);

  useEffect(() => saveUiState(store, ui), [store, ui]);

  const update = (patch: Partial<UiState>) => setUi((current) => ({ ...current, ...patch }));
  // A file just read opens on the answer (counts, key figures, next step), not on the column boxes.
  const opened = session.file;
  useEffect(() => {
    if (opened) setUi((current) => ({ ...current, tab: "summary" }));
  }, [opened]);
  const counts = session.analysis ? countBySeverity(session.analysis.issues) : null;
  const [pickAgain, setPickAgain] = useState(false);
  const recheck = async () => {
    setPickAgain((await session.refresh()) === "pick");
  };
  const unit = session.analysis?.unit;
  const ready = io.mode === "excel" || session.file !== null;

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
      <div className={styles.root}>
        <header className={styles.header}>
          <h1 className={styles.title}>
            chibo
            {unit && unit.name ? (
              <div className={styles.unit} data-testid="unit-name">
                {unit.name}
                {unit.period ? ` · ${unit.period}` : ""}
              </div>
            ) : null}
          </h1>
          {ready ? (
            <Button appearance="primary" onClick={() => void recheck()} disabled={session.busy !== null}>
              {t(lang, "taskpane.action.recheck")}
            </Button>
          ) : null}
        </header>
        {io.mode === "browser" ? (
          <FileBar lang={lang} session={session} pickAgain={pickAgain} onPicked={() => setPickAgain(false)} />
        ) : null}
        <BusyBar lang={lang} busy={session.busy} />
        <ErrorBar lang={lang} message={session.error} onDismiss={session.clearError} />
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={ui.tab}
          onTabSelect={(_, data) => update({ tab: data.value as TabId })}
          aria-label={t(lang, "taskpane.tabs.label")}
        >
          {TABS.map((tab) => (
            <Tab key={tab} value={tab} id={`tab-${tab}`} aria-controls={`panel-${ui.tab}`}>
              {tab === "issues" && counts ? (
                <span className={styles.tabLabel} data-testid="issues-tab-count">
                  {t(lang, TAB_LABEL[tab])}
                  <CounterBadge
                    count={counts.error || counts.warning}
                    showZero
                    size="small"
                    color={counts.error ? "danger" : "informative"}
                    aria-label={t(lang, "taskpane.tab.issueCounts", {
                      errors: counts.error,
                      warnings: counts.warning,
                    })}
                  />
                </span>
              ) : (
                t(lang, TAB_LABEL[tab])
              )}
            </Tab>
          ))}
        </TabList>
        {/* One main landmark; the tab panel inside it (a role on <main> itself would hide the landmark). */}
        <main className={styles.main}>
          <div
            className={styles.panel}
            id={`panel-${ui.tab}`}
            role="tabpanel"
            aria-labelledby={`tab-${ui.tab}`}
          >
            {ui.tab === "recognition" ? (
              <RecognitionView lang={lang} session={session} ready={ready} />
            ) : null}
            {ui.tab === "issues" ? (
              <IssuesView
                lang={lang}
                session={session}
                mode={io.mode}
                severity={ui.severity}
                text={ui.text}
                onFilter={(severity, text) => update({ severity, text })}
              />
            ) : null}
            {ui.tab === "summary" ? (
              <SummaryView
                lang={lang}
                session={session}
                mode={io.mode}
                ready={ready}
                onShow={(tab) => update({ tab })}
              />
            ) : null}
            {ui.tab === "criteria" ? <CriteriaView lang={lang} session={session} mode={io.mode} /> : null}
            {ui.tab === "rollup" ? (
              <RollupView lang={lang} io={io} session={session} rollup={rollup} />
            ) : null}
          </div>
        </main>
        <Footer lang={lang} version={APP_VERSION} offline={offline} />
      </div>
    </FluentProvider>
  );
}
