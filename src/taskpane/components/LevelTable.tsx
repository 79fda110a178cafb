import { makeStyles, tokens } from "@fluentui/react-components";
import type { LevelShares } from "../../core";
import type { Lang } from "../../i18n/types";
import { formatNumber, formatPercent, t } from "../../i18n";
import { levelRows } from "../state/key-figures";
import { BarChart } from "./BarChart";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { padding: "3px 6px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: "left" },
  number: { padding: "3px 6px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: "right" },
});

/** Colours of the four levels, best to worst, in the chart. */
const LEVEL_COLORS = ["#c50f1f", "#f7630c", "#0f6cbd", "#616161"];

/** Counts and shares of the four levels, as a table and a bar chart. */
export function LevelTable({ lang, levels, caption }: { lang: Lang; levels: LevelShares; caption: string }) {
  const styles = useStyles();
  const rows = levelRows(levels);
  return (
    <>
      <table className={styles.table} data-testid="level-table">
        <caption style={{ textAlign: "left", fontWeight: 600 }}>{caption}</caption>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">
              {t(lang, "taskpane.summary.level")}
            </th>
            <th className={styles.number} scope="col">
              {t(lang, "taskpane.summary.count")}
            </th>
            <th className={styles.number} scope="col">
              {t(lang, "taskpane.summary.percent")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-level={row.key}>
              <th className={styles.cell} scope="row">
                {t(lang, `level.${row.key}`)}
              </th>
              <td className={styles.number} data-testid="level-count">
                {formatNumber(row.count, lang)}
              </td>
              <td className={styles.number} data-testid="level-percent">
                {formatPercent(row.percent, lang)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <BarChart
        title={caption}
        values={rows.map((row, i) => ({
          key: row.key,
          label: row.key,
          value: row.percent,
          text: formatPercent(row.percent, lang),
          color: LEVEL_COLORS[i],
        }))}
      />
    </>
  );
}
