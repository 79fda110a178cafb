import {
  Button,
  Card,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { listPresets, presetForYear } from "../../core";
import { criteriaToSheetSpec } from "../../core";
import type { Lang } from "../../i18n/types";
import { issueMessage, t, wordsFor } from "../../i18n";
import type { HostMode } from "../io";
import { readCriteriaBack, type CriteriaReadBack } from "../state/criteria-sheet";
import { issueKey } from "../state/issue-list";
import type { Session } from "../use-session";
import { CriteriaRules } from "./CriteriaRules";
import { IssueRow } from "./IssueRow";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  // Preset titles are long: the list keeps to the pane's width and the closed list ends with "…".
  select: { width: "100%", minWidth: 0 },
  selectInner: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
});

/** *Tiêu chí*: choose the rules the workbook is checked by, write them as a sheet, read an edited sheet back. */
export function CriteriaView({ lang, session, mode }: { lang: Lang; session: Session; mode: HostMode }) {
  const styles = useStyles();
  const presets = useMemo(() => listPresets(), []);
  const [sheetName, setSheetName] = useState<string | null>(null);
  const [readBack, setReadBack] = useState<CriteriaReadBack | null>(null);
  const busy = session.busy !== null;
  const period = session.analysis?.unit.period ?? null;
  const byYear = presetForYear(period);
  const chosenId = session.settings.criteriaId;
  // Without a choice the core uses the workbook's own criteria sheet if it reads, else the year's preset.
  const fromSheet = useMemo(
    () => (session.grids ? readCriteriaBack(session.grids, null, session.analysis, lang) : null),
    [session.grids, session.analysis, lang],
  );
  // The set shown is the one the analysis used; before a workbook is read, the choice or the year's preset.
  const chosen =
    session.analysis?.criteria ??
    (chosenId ? presets.find((p) => p.id === chosenId) : undefined) ??
    fromSheet?.criteria ??
    byYear;

  const writeSheet = async () => {
    setReadBack(null);
    const result = await session.write(
      () => [criteriaToSheetSpec(chosen, wordsFor(lang))],
      t(lang, "taskpane.busy.writingCriteria"),
    );
    if (result && result.written[0]) setSheetName(result.written[0].actual);
  };

  const readSheet = async () => {
    setReadBack(null);
    const grids = await session.readGrids();
    if (!grids) return;
    const result = readCriteriaBack(grids, sheetName, session.analysis, lang);
    if (!result) session.showError(t(lang, "taskpane.criteria.noSheet"));
    else setReadBack(result);
  };

  return (
    <section aria-label={t(lang, "taskpane.tab.criteria")} data-testid="criteria" className={styles.section}>
      <Field label={t(lang, "taskpane.criteria.choose")} hint={t(lang, "taskpane.criteria.chooseHint")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          value={chosenId ?? ""}
          disabled={busy}
          data-testid="preset-select"
          onChange={(_, data) =>
            void session.updateSettings({ ...session.settings, criteriaId: data.value || null })
          }
        >
          <option value="">
            {fromSheet?.criteria
              ? t(lang, "taskpane.criteria.auto.sheet", { sheet: fromSheet.sheet })
              : t(lang, "taskpane.criteria.auto.year", { title: byYear.title })}
          </option>
          {presets.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.title} ({preset.year})
            </option>
          ))}
        </Select>
      </Field>
      {session.analysis ? (
        <Text size={200} data-testid="criteria-in-use">
          {t(lang, "taskpane.criteria.inUse", { title: session.analysis.criteria.title })}
        </Text>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || (mode === "browser" && !session.file)}
          onClick={() => void writeSheet()}
          data-testid="write-criteria"
        >
          {t(lang, "taskpane.criteria.write")}
        </Button>
        <Button
          disabled={busy || (mode === "browser" && !session.file)}
          onClick={() => void readSheet()}
          data-testid="read-criteria"
        >
          {t(lang, "taskpane.criteria.read")}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {sheetName && !readBack ? (
          <MessageBar intent="success" data-testid="criteria-written">
            <MessageBarBody>{t(lang, "taskpane.criteria.written", { sheet: sheetName })}</MessageBarBody>
          </MessageBar>
        ) : null}
        {readBack ? (
          <div data-testid="criteria-read">
            <MessageBar
              intent={readBack.criteria ? (readBack.issues.length === 0 ? "success" : "warning") : "error"}
              layout="multiline"
            >
              <MessageBarBody>
                {readBack.criteria
                  ? t(lang, "taskpane.criteria.readOk", {
                      sheet: readBack.sheet,
                      title: readBack.criteria.title,
                    })
                  : t(lang, "taskpane.criteria.readIssues", {
                      sheet: readBack.sheet,
                      count: readBack.issues.length,
                    })}
              </MessageBarBody>
              {readBack.criteria && chosenId !== null ? (
                <MessageBarActions>
                  <Button
                    disabled={busy}
                    onClick={() => void session.updateSettings({ ...session.settings, criteriaId: null })}
                  >
                    {t(lang, "taskpane.criteria.useSheet")}
                  </Button>
                </MessageBarActions>
              ) : null}
            </MessageBar>
            {readBack.issues.length > 0 ? (
              <ul className={styles.list} style={{ marginTop: 8 }}>
                {readBack.issues.map((issue, index) => {
                  const item = { issue, message: issueMessage(issue, lang), key: issueKey(issue, index) };
                  return (
                    <IssueRow
                      key={item.key}
                      lang={lang}
                      item={item}
                      onGo={() => void session.selectCell(issue.sheet ?? readBack.sheet, issue.cell ?? "A1")}
                    />
                  );
                })}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
      {/* The rules, long, come after the actions and their result. */}
      <Card className={styles.section}>
        <h2 className={styles.heading}>{chosen.title}</h2>
        <CriteriaRules lang={lang} criteria={chosen} />
      </Card>
    </section>
  );
}
