/** One value at one moment; null where nothing was measured. */
export interface TrendChartPoint {
  date: string;
  value: number | null;
}

/** One line of a trend chart. */
export interface TrendChartSeries {
  id: string;
  label: string;
  /** Any CSS colour, e.g. `domainColour('sleep')`. */
  colour: string;
  points: readonly TrendChartPoint[];
}

export interface TrendLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const TREND_LAYOUT: TrendLayout = {
  width: 320,
  height: 150,
  // Room for the 14-unit axis labels: "100" on the left, half a date either side.
  left: 40,
  right: 38,
  top: 10,
  bottom: 26,
};

// Below this many SVG units apart, dates would overlap: keep first and last.
const MIN_LABEL_GAP = 84;

/**
 * Where everything of a trend chart goes. Measurements are spaced evenly
 * (each one is a moment in the trajectory); dates label them below.
 */
export function trendGeometry(
  series: readonly TrendChartSeries[],
  max: number,
  layout: TrendLayout = TREND_LAYOUT,
) {
  const dates = series[0]?.points.map((p) => p.date) ?? [];
  const plotWidth = layout.width - layout.left - layout.right;
  const plotHeight = layout.height - layout.top - layout.bottom;
  const step = dates.length > 1 ? plotWidth / (dates.length - 1) : 0;
  const x = (i: number) =>
    dates.length > 1 ? layout.left + i * step : layout.left + plotWidth / 2;
  const y = (value: number) =>
    layout.top + plotHeight * (1 - Math.min(max, Math.max(0, value)) / max);
  const labelEvery = dates.length > 1 && step < MIN_LABEL_GAP;
  return {
    xLabels: dates.flatMap((date, i) =>
      !labelEvery || i === 0 || i === dates.length - 1
        ? [{ date, x: x(i) }]
        : [],
    ),
    yTicks: [0, max / 2, max].map((value) => ({ value, y: y(value) })),
    plot: {
      x1: layout.left,
      x2: layout.width - layout.right,
      y1: layout.top,
      y2: layout.top + plotHeight,
    },
    lines: series.map((s) => ({
      id: s.id,
      colour: s.colour,
      label: s.label,
      dots: s.points.flatMap((p, i) =>
        p.value === null
          ? []
          : [{ x: x(i), y: y(p.value), value: p.value, date: p.date }],
      ),
      // A missing measurement breaks the line rather than bridging it.
      runs: runsOf(s.points.map((p, i) => (p.value === null ? null : i))).map(
        (run) =>
          run.map((i) => `${x(i)},${y(s.points[i]?.value ?? 0)}`).join(' '),
      ),
    })),
  };
}

function runsOf(indexes: readonly (number | null)[]): number[][] {
  const runs: number[][] = [[]];
  for (const index of indexes) {
    if (index === null) runs.push([]);
    else runs[runs.length - 1]?.push(index);
  }
  return runs.filter((run) => run.length > 1);
}
