import { TREND_LAYOUT, trendGeometry } from './trend-geometry';

describe('trendGeometry', () => {
  const series = (values: (number | null)[]) => [
    {
      id: 'stress',
      label: 'Stress',
      colour: 'red',
      points: values.map((value, i) => ({
        date: `2026-0${i + 1}-01`,
        value,
      })),
    },
  ];

  it('spaces measurements evenly and puts 0 at the bottom, the maximum at the top', () => {
    const g = trendGeometry(series([100, 50, 0]), 100);
    const { left, right, width, top, height, bottom } = TREND_LAYOUT;
    expect(g.lines[0]?.dots.map((d) => d.x)).toEqual([
      left,
      left + (width - left - right) / 2,
      width - right,
    ]);
    expect(g.lines[0]?.dots.map((d) => d.y)).toEqual([
      top,
      top + (height - top - bottom) / 2,
      height - bottom,
    ]);
  });

  it('breaks the line at a missing measurement instead of bridging it', () => {
    const g = trendGeometry(series([80, 60, null, 40, 30]), 100);
    expect(g.lines[0]?.dots).toHaveLength(4);
    expect(g.lines[0]?.runs).toHaveLength(2);
  });

  it('centres a single measurement and labels it', () => {
    const g = trendGeometry(series([7]), 10);
    expect(g.lines[0]?.runs).toEqual([]);
    expect(g.xLabels).toHaveLength(1);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 5, 10]);
  });

  it('keeps only the first and last date when many would overlap', () => {
    const many = trendGeometry(
      series([1, 2, 3, 4, 5, 6, 7, 8].map((n) => n * 10)),
      100,
    );
    expect(many.xLabels.map((l) => l.date)).toEqual([
      '2026-01-01',
      '2026-08-01',
    ]);
  });
});
