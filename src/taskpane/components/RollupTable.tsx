import { Badge, Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../i18n/types";
import { formatNumber, t, textOf } from "../../i18n";
import { STATUS_BADGE, progressValue, statusKey, type RollupRow } from "../state/rollup-view";
import type { Rollup } from "../use-rollup";

const useStyles = makeStyles({
  wrap: { overflowX: "auto" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: "4px" },
  cell: {
    padding: "3px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "left",
    verticalAlign: "top",
    overflowWrap: "anywhere",
  },
  number: {
    padding: "3px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "right",
    verticalAlign: "top",
  },
  note: { display: "block", color: tokens.colorPaletteRedForeground1 },
  // Statuses such as "Đã nộp (chưa tổng hợp)" wrap in a narrow pane: let the badge grow with them.
  badge: { height: "auto", minHeight: "20px", whiteSpace: "normal", textAlign: "left", padding: "1px 6px" },
});

function count(value: number | null, lang: Lang): string {
  return value === null ? "" : formatNumber(value, lang);
}

function Row({ lang, row, onRemove }: { lang: Lang; row: RollupRow; onRemove: (() => void) | null }) {
  const styles = useStyles();
  return (
    <tr data-testid="rollup-row" data-file={row.file ?? ""} data-status={row.status}>
      <th className={styles.cell} scope="row">
        {row.file ?? "—"}
        {onRemove ? (
          <>
            {" "}
            <Button
              size="small"
              appearance="subtle"
              onClick={onRemove}
              aria-label={t(lang, "taskpane.rollup.remove", { file: row.file ?? "" })}
              title={t(lang, "taskpane.rollup.remove", { file: row.file ?? "" })}
            >
              ×
            </Button>
          </>
        ) : null}
      </th>
      <td className={styles.cell} data-testid="rollup-unit-name">
        {row.unit}
      </td>
      <td className={styles.cell}>
        <Badge
          appearance="filled"
          color={STATUS_BADGE[row.status]}
          className={styles.badge}
          data-testid="rollup-status"
        >
          {t(lang, statusKey(row.status))}
        </Badge>
        {row.failure ? (
          <span className={styles.note} data-testid="rollup-failure">
            {textOf(lang, `rollup.read.${row.failure}`)}
          </span>
        ) : null}
      </td>
      <td className={styles.number} data-testid="rollup-errors">
        {count(row.errors, lang)}
      </td>
      <td className={styles.number} data-testid="rollup-warnings">
        {count(row.warnings, lang)}
      </td>
    </tr>
  );
}

/** Each file's unit and status, filled in as the files are read, with the run's progress. */
export function RollupTable({ lang, rollup }: { lang: Lang; rollup: Rollup }) {
  const styles = useStyles();
  const { state } = rollup;
  if (state.rows.length === 0) return null;
  // File rows come first and in the order chosen (missing units after them), so a row index is a file index.
  const editable = !state.running;
  const shown = state.running || state.done > 0;
  return (
    <>
      {shown ? (
        <Field
          validationMessage={t(lang, "taskpane.rollup.progress", {
            done: state.done,
            total: state.files.length,
          })}
          validationState="none"
          data-testid="rollup-progress"
          aria-live="polite"
        >
          <ProgressBar
            value={progressValue(state)}
            max={1}
            thickness="large"
            color={state.running ? "brand" : "success"}
          />
        </Field>
      ) : null}
      <div className={styles.wrap}>
        <table className={styles.table} data-testid="rollup-table">
          <caption className={styles.caption}>{t(lang, "taskpane.rollup.table")}</caption>
          <thead>
            <tr>
              <th className={styles.cell} scope="col">
                {t(lang, "taskpane.rollup.col.file")}
              </th>
              <th className={styles.cell} scope="col">
                {t(lang, "taskpane.rollup.col.unit")}
              </th>
              <th className={styles.cell} scope="col">
                {t(lang, "taskpane.rollup.col.status")}
              </th>
              <th className={styles.number} scope="col">
                {t(lang, "taskpane.rollup.col.errors")}
              </th>
              <th className={styles.number} scope="col">
                {t(lang, "taskpane.rollup.col.warnings")}
              </th>
            </tr>
          </thead>
          <tbody>
            {state.rows.map((row, i) => (
              <Row
                key={row.key}
                lang={lang}
                row={row}
                onRemove={editable && row.file !== null ? () => rollup.removeFile(i) : null}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
