import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core";
import type { Lang } from "../../i18n/types";
import { t } from "../../i18n";
import type { ShownIssue } from "../state/issue-list";
import { diffText, type DiffPart } from "../state/text-diff";

const useStyles = makeStyles({
  row: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    width: "100%",
    boxSizing: "border-box",
    textAlign: "left",
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    // 14 px at least: the issue is what the clerk reads most.
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: "3.5em", fontWeight: tokens.fontWeightSemibold },
  message: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  diff: { display: "block", marginTop: tokens.spacingVerticalXXS },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    textDecoration: "underline",
    "@media (forced-colors: active)": { backgroundColor: "Highlight", color: "HighlightText" },
  },
});

/** The typed text and the level it was taken for, with the letters that differ marked. */
function Difference({ lang, typed, expected }: { lang: Lang; typed: string; expected: string }) {
  const styles = useStyles();
  const diff = diffText(typed, expected);
  const show = (parts: DiffPart[]) =>
    parts.map((part, i) =>
      part.differs ? (
        <mark key={i} className={styles.mark}>
          {part.text}
        </mark>
      ) : (
        <span key={i}>{part.text}</span>
      ),
    );
  return (
    <span className={styles.diff} data-testid="issue-diff">
      {t(lang, "taskpane.issues.typed")} “{show(diff.typed)}” → “{show(diff.expected)}”
    </span>
  );
}

/** The suggestion of an invalid level, when there is one to compare with. */
function suggestionOf(item: ShownIssue): { typed: string; expected: string } | null {
  const { value, suggestion } = item.issue.params;
  if (item.issue.code !== "invalid-level" || typeof value !== "string" || typeof suggestion !== "string")
    return null;
  if (!suggestion || suggestion === "—" || !value.trim()) return null;
  return { typed: value, expected: suggestion };
}

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/**
 * One issue. With a cell it is a button, so Tab reaches it and Enter or Space go to the cell as a
 * click does; a sheet-wide issue is plain text.
 */
export function IssueRow({ lang, item, onGo }: { lang: Lang; item: ShownIssue; onGo: () => void }) {
  const styles = useStyles();
  const { issue, message } = item;
  const compared = suggestionOf(item);
  const content = (
    <>
      <Badge appearance="filled" color={BADGE_COLOR[issue.severity]} size="small" aria-hidden>
        {issue.severity === "error" ? "!" : issue.severity === "warning" ? "⚠" : "i"}
      </Badge>
      <span className={styles.cell}>{issue.cell ?? "—"}</span>
      <span className={styles.message}>
        {message}
        {compared ? <Difference lang={lang} typed={compared.typed} expected={compared.expected} /> : null}
      </span>
    </>
  );
  const data = {
    "data-testid": "issue",
    "data-code": issue.code,
    "data-severity": issue.severity,
    "data-cell": issue.cell ?? "",
    "data-sheet": issue.sheet ?? "",
  };
  if (!issue.sheet || !issue.cell) {
    return (
      <li>
        <div className={styles.row} {...data}>
          {content}
        </div>
      </li>
    );
  }
  return (
    <li>
      <button
        type="button"
        className={mergeClasses(styles.row, styles.clickable)}
        onClick={onGo}
        title={t(lang, "taskpane.issues.goTo", { sheet: issue.sheet, cell: issue.cell })}
        {...data}
      >
        {content}
      </button>
    </li>
  );
}
