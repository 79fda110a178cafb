import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core";
import type { Lang } from "../../i18n/types";
import { t } from "../../i18n";
import type { ShownIssue } from "../state/issue-list";

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
    fontSize: tokens.fontSizeBase200,
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: "3.5em", fontWeight: tokens.fontWeightSemibold },
  message: { flexGrow: 1 },
});

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
  const content = (
    <>
      <Badge appearance="filled" color={BADGE_COLOR[issue.severity]} size="small" aria-hidden>
        {issue.severity === "error" ? "!" : issue.severity === "warning" ? "⚠" : "i"}
      </Badge>
      <span className={styles.cell}>{issue.cell ?? "—"}</span>
      <span className={styles.message}>{message}</span>
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
