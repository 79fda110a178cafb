import { LEVEL_KEYS, type LevelKey } from "../../core";
import type { LevelShares, Results } from "../../core";
import { t, textOf } from "../../i18n";
import type { Lang } from "../../i18n/types";

export interface LevelRow {
  key: LevelKey;
  count: number;
  percent: number;
}

/** The four levels in their fixed order, best first. */
export function levelRows(shares: LevelShares): LevelRow[] {
  return LEVEL_KEYS.map((key) => ({ key, count: shares[key].count, percent: shares[key].percent }));
}

/** Whether the analysis has anything to show on the summary tab. */
export function hasKeyFigures(results: Results): boolean {
  return Boolean(results.members || results.collectives || results.meetings);
}

/** The model-cell verdict as the summary tab shows it: a heading line and each criterion missed. */
export interface ModelCellView {
  met: boolean;
  verdict: string;
  unmet: string[];
}

/** Null when the criteria have no model-cell rule. */
export function modelCellView(results: Results, lang: Lang): ModelCellView | null {
  const model = results.modelCell;
  if (!model) return null;
  return {
    met: model.eligible,
    verdict: t(lang, model.eligible ? "taskpane.summary.modelCellMet" : "taskpane.summary.modelCellNotMet"),
    unmet: model.unmet.map((key) => textOf(lang, key)),
  };
}

export interface Bar {
  key: string;
  /** Left edge and width of the bar, top and height, in the chart's own units. */
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
}

export interface BarChartModel {
  width: number;
  height: number;
  /** Height of the band under the bars for their labels. */
  labelBand: number;
  bars: Bar[];
}

/**
 * Lays out a vertical bar chart of percentages (0–100) in a fixed coordinate box; the SVG scales
 * it to the pane's width. The axis always runs to 100 so that charts of different units compare.
 */
export function barChart(
  values: readonly { key: string; value: number }[],
  width = 300,
  height = 160,
  labelBand = 28,
): BarChartModel {
  const plot = height - labelBand;
  const slot = values.length > 0 ? width / values.length : width;
  const barWidth = slot * 0.6;
  const bars = values.map(({ key, value }, i) => {
    const clamped = Math.max(0, Math.min(100, Number.isFinite(value) ? value : 0));
    const h = (clamped / 100) * plot;
    return { key, value, x: i * slot + (slot - barWidth) / 2, y: plot - h, width: barWidth, height: h };
  });
  return { width, height, labelBand, bars };
}
