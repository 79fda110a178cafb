import { makeStyles, tokens } from "@fluentui/react-components";
import { barChart } from "../state/key-figures";

export interface BarChartProps {
  /** Percentages, 0–100, with the short label under each bar and its text above it. */
  values: { key: string; label: string; value: number; text: string; color: string }[];
  title: string;
}

/**
 * In high contrast (forced colours) the system's colours replace ours: labels in the text colour,
 * bars in the highlight colour outlined in the text colour, so that nothing vanishes.
 */
const useStyles = makeStyles({
  label: { "@media (forced-colors: active)": { fill: "CanvasText" } },
  bar: { "@media (forced-colors: active)": { fill: "Highlight", stroke: "CanvasText", strokeWidth: "1px" } },
  axis: { "@media (forced-colors: active)": { stroke: "CanvasText" } },
});

/** A small bar chart drawn as plain SVG (no chart library: the pane's first scripts stay small). */
export function BarChart({ values, title }: BarChartProps) {
  const styles = useStyles();
  const model = barChart(values.map(({ key, value }) => ({ key, value })));
  const plotBottom = model.height - model.labelBand;
  const description = values.map((v) => `${v.label}: ${v.text}`).join("; ");
  return (
    <svg
      viewBox={`0 -16 ${model.width} ${model.height + 16}`}
      width="100%"
      role="img"
      aria-label={`${title}. ${description}`}
      data-testid="bar-chart"
      style={{ maxWidth: 360, display: "block" }}
    >
      <title>{title}</title>
      <line
        x1={0}
        x2={model.width}
        y1={plotBottom}
        y2={plotBottom}
        className={styles.axis}
        stroke={tokens.colorNeutralStroke1}
        strokeWidth={1}
      />
      {model.bars.map((bar, i) => (
        <g key={bar.key}>
          <rect
            className={styles.bar}
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={Math.max(bar.height, 0.5)}
            fill={values[i].color}
            rx={2}
          />
          <text
            x={bar.x + bar.width / 2}
            y={bar.y - 4}
            textAnchor="middle"
            className={styles.label}
            fontSize={12}
            fill={tokens.colorNeutralForeground1}
          >
            {values[i].text}
          </text>
          <text
            x={bar.x + bar.width / 2}
            y={plotBottom + 16}
            textAnchor="middle"
            className={styles.label}
            fontSize={11}
            fill={tokens.colorNeutralForeground2}
          >
            {values[i].label}
          </text>
        </g>
      ))}
    </svg>
  );
}
