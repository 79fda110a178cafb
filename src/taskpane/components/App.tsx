import {
  Button,
  FluentProvider,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { t } from "../../i18n";
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
  },
  panel: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

const TAB_LABEL: Record<TabId, string> = {
  recognition: "taskpane.tab.recognition",
  issues: "taskpane.tab.issues",
  summary: "taskpane.tab.summary",
  criteria: "taskpane.tab.criteria",
  rollup: "taskpane.tab.rollup",
};

export interface AppProps {
  io: TaskpaneIO;
  lang: Lang;
  /** Where the pane's own view state is remembered (localStorage); null to remember nothing. */
  store: KeyValueStore | null;
  /** chibo.html, the offline file: said in the footer. */
  offline?: boolean;
}

/** The task pane: four tabs over one session with the workbook, and the roll-up of many units' files. */
export function App({ io, lang, store, offline = false }: AppProps) {
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
  const unit = session.analysis?.unit;
  const ready = io.mode === "excel" || session.file !== null;

  return (
    <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
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
            <Button
              appearance="primary"
              onClick={() => void session.refresh()}
              disabled={session.busy !== null}
            >
              {t(lang, "taskpane.action.recheck")}
            </Button>
          ) : null}
        </header>
        {io.mode === "browser" ? <FileBar lang={lang} session={session} /> : null}
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
            <Tab key={tab} value={tab} id={`tab-${tab}`} aria-controls={`panel-${tab}`}>
              {t(lang, TAB_LABEL[tab])}
            </Tab>
          ))}
        </TabList>
        <main
          className={styles.panel}
          role="tabpanel"
          id={`panel-${ui.tab}`}
          aria-labelledby={`tab-${ui.tab}`}
        >
          {ui.tab === "recognition" ? <RecognitionView lang={lang} session={session} ready={ready} /> : null}
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
          {ui.tab === "summary" ? <SummaryView lang={lang} session={session} mode={io.mode} /> : null}
          {ui.tab === "criteria" ? <CriteriaView lang={lang} session={session} mode={io.mode} /> : null}
          {ui.tab === "rollup" ? <RollupView lang={lang} io={io} session={session} rollup={rollup} /> : null}
        </main>
        <Footer lang={lang} version={APP_VERSION} offline={offline} />
      </div>
    </FluentProvider>
  );
}
