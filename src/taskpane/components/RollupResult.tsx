import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { RollupOutcome } from "../../core";
import type { WriteResult } from "../../ports/workbook-port";
import type { Lang } from "../../i18n/types";
import { catalog, issueMessage, t } from "../../i18n";
import type { TaskpaneIO } from "../io";
import { describeError } from "../state/errors";
import { sheetsOfOtherUnits, type ReplacedSheet } from "../state/replaced-units";
import { acceptedCount, capOverUnits, safeFileName } from "../state/rollup-view";
import type { Session } from "../use-session";
import { CollectiveCard, MemberCard } from "./ResultCards";
import { WriteReport } from "./WriteReport";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
  issue: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase300,
  },
  severity: { flexShrink: 0, whiteSpace: "nowrap" },
});

const SEVERITY_BADGE = { error: "danger", warning: "warning", info: "informative" } as const;

/** How the sheets were written: into a workbook (Excel, or the file open in the browser), or downloaded new. */
type Written =
  | { outcome: RollupOutcome; into: "workbook"; result: WriteResult }
  | { outcome: RollupOutcome; into: "download"; result: WriteResult; file: string };

function Figures({ lang, outcome }: { lang: Lang; outcome: RollupOutcome }) {
  const { members, collectives } = outcome.analysis.results;
  const cap = capOverUnits(outcome);
  return (
    <>
      {members ? (
        <MemberCard lang={lang} members={members} headingLevel={3} testId="rollup-members">
          {cap ? (
            <MessageBar
              intent={cap.exceeded + cap.below > 0 ? "error" : "success"}
              layout="multiline"
              data-testid="rollup-cap-units"
            >
              <MessageBarBody>
                {t(lang, "taskpane.rollup.capPerUnit", { checked: cap.checked, exceeded: cap.exceeded })}
                {cap.below > 0 ? ` ${t(lang, "rollup.note.capBelow", { count: cap.below })}` : ""}
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </MemberCard>
      ) : (
        <Text>{t(lang, "taskpane.rollup.noMembers")}</Text>
      )}
      {collectives ? (
        <CollectiveCard
          lang={lang}
          collectives={collectives}
          headingLevel={3}
          testId="rollup-collectives"
          withNotClassified={false}
        />
      ) : null}
    </>
  );
}

function Issues({ lang, outcome }: { lang: Lang; outcome: RollupOutcome }) {
  const styles = useStyles();
  const severity = catalog(lang).severity;
  return (
    <div className={styles.section}>
      <h3 className={styles.heading}>{t(lang, "taskpane.rollup.issues")}</h3>
      {outcome.issues.length === 0 ? <Text>{t(lang, "taskpane.rollup.noIssues")}</Text> : null}
      <ul className={styles.list}>
        {outcome.issues.map((r, i) => (
          <li
            key={`${r.issue.code}:${r.file ?? ""}:${r.unit ?? ""}:${i}`}
            className={styles.issue}
            data-testid="rollup-issue"
            data-code={r.issue.code}
            data-severity={r.issue.severity}
          >
            <Badge
              appearance="filled"
              color={SEVERITY_BADGE[r.issue.severity]}
              size="small"
              className={styles.severity}
            >
              {severity[r.issue.severity]}
            </Badge>
            <span>
              {(r.file ?? r.unit) ? <strong>{r.file ?? r.unit}: </strong> : null}
              {issueMessage(r.issue, lang)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The consolidated figures, the roll-up's own issues, and the button that writes the sheets one
 * level up: into the workbook open in Excel (or in this page), or, in a browser with no workbook
 * open, into a new workbook that is downloaded.
 */
export function RollupResult({
  lang,
  io,
  session,
  outcome,
}: {
  lang: Lang;
  io: TaskpaneIO;
  session: Session;
  outcome: RollupOutcome;
}) {
  const styles = useStyles();
  const [written, setWritten] = useState<Written | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirm, setConfirm] = useState<ReplacedSheet[] | null>(null);
  const intoWorkbook = io.mode === "excel" || session.file !== null || !io.downloadNewWorkbook;
  const busy = session.busy !== null || saving;
  const { accepted, files } = acceptedCount(outcome);
  const shown = written && written.outcome === outcome ? written : null;

  /** Writing into the workbook replaces sheets made for another unit only once the user agrees. */
  const requestWrite = async () => {
    // Read the sheets as they are now: the pane may have written summaries since it last read.
    const grids = intoWorkbook ? await session.readGrids() : null;
    const others = sheetsOfOtherUnits(grids, outcome.specs, outcome.analysis.unit.name);
    if (others.length) setConfirm(others);
    else await write();
  };

  const write = async () => {
    setConfirm(null);
    setWritten(null);
    if (intoWorkbook) {
      const result = await session.write(() => outcome.specs, t(lang, "taskpane.rollup.writing"));
      if (result) setWritten({ outcome, into: "workbook", result });
      return;
    }
    const file = safeFileName(
      t(lang, "taskpane.rollup.fileName", {
        unit: outcome.analysis.unit.name,
        period: outcome.period ?? "",
      }),
    );
    setSaving(true);
    session.clearError();
    try {
      const result = await io.downloadNewWorkbook?.(outcome.specs, file);
      if (result) setWritten({ outcome, into: "download", result, file });
    } catch (cause) {
      session.showError(describeError(cause, lang, t(lang, "taskpane.rollup.action.download")));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className={styles.section} data-testid="rollup-result">
      <h2 className={styles.heading}>
        {t(lang, "taskpane.rollup.result", { unit: outcome.analysis.unit.name })}
      </h2>
      {/* Announced when the run ends; the rest of the result is there to be read at leisure. */}
      <Text role="status" data-testid="rollup-accepted">
        {t(lang, "taskpane.rollup.accepted", { accepted, files, period: outcome.period ?? "—" })}
      </Text>
      {/* The main action and its result first, in view without scrolling past the figures. */}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => void requestWrite()}
          data-testid="rollup-write"
        >
          {t(lang, intoWorkbook ? "taskpane.rollup.write" : "taskpane.rollup.writeNew")}
        </Button>
        {io.mode === "browser" && shown?.into === "workbook" ? (
          <Button disabled={busy} onClick={() => void session.download()} data-testid="rollup-download">
            {t(lang, "taskpane.file.download")}
          </Button>
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {shown?.into === "workbook" ? <WriteReport lang={lang} result={shown.result} mode={io.mode} /> : null}
        {shown?.into === "download" ? (
          <MessageBar intent="success" layout="multiline" data-testid="rollup-downloaded">
            <MessageBarBody>
              <MessageBarTitle>{t(lang, "taskpane.file.downloaded", { file: shown.file })}</MessageBarTitle>
              {t(lang, "taskpane.rollup.downloadedSheets", {
                sheets: shown.result.written.map((w) => w.actual).join(", "),
              })}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <Figures lang={lang} outcome={outcome} />
      <Issues lang={lang} outcome={outcome} />
      <Dialog open={confirm !== null} onOpenChange={(_, data) => (data.open ? undefined : setConfirm(null))}>
        <DialogSurface data-testid="rollup-confirm">
          <DialogBody>
            <DialogTitle>{t(lang, "taskpane.rollup.confirm.title")}</DialogTitle>
            <DialogContent>
              {t(lang, "taskpane.rollup.confirm.body", {
                sheets: (confirm ?? []).map((c) => `“${c.sheet}”`).join(", "),
                units: [...new Set((confirm ?? []).map((c) => c.unit))].join(", "),
                unit: outcome.analysis.unit.name,
              })}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void write()} data-testid="rollup-confirm-replace">
                {t(lang, "taskpane.rollup.confirm.replace")}
              </Button>
              <Button onClick={() => setConfirm(null)} data-testid="rollup-confirm-cancel">
                {t(lang, "taskpane.rollup.confirm.cancel")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
