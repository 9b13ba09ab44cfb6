import { DOMAIN_IDS } from '../domains/domain-ids';
import { radarGeometry } from './radar-geometry';

const full = {
  stress: 100,
  breathing: 50,
  movement: 0,
  nutrition: 100,
  sleep: 50,
  immune: 0,
};

describe('radarGeometry', () => {
  const chart = radarGeometry([{ id: 'now', scores: full }], { size: 200 });

  it('centres the chart and leaves 20 % padding for labels by default', () => {
    expect(chart.center).toEqual({ x: 100, y: 100 });
    expect(chart.radius).toBe(60);
  });

  it('draws six axes in canonical order, stress on top, clockwise', () => {
    expect(chart.axes.map((a) => a.domain)).toEqual([...DOMAIN_IDS]);
    expect(chart.axes.map((a) => a.end)).toEqual([
      { x: 100, y: 40 },
      { x: 151.96, y: 70 },
      { x: 151.96, y: 130 },
      { x: 100, y: 160 },
      { x: 48.04, y: 130 },
      { x: 48.04, y: 70 },
    ]);
    expect(chart.axes.map((a) => a.labelAnchor)).toEqual([
      'middle',
      'start',
      'start',
      'middle',
      'end',
      'end',
    ]);
    expect(chart.axes[0]?.label).toEqual({ x: 100, y: 20 });
  });

  it('draws grid rings at 25, 50, 75 and 100 by default', () => {
    expect(chart.rings.map((r) => r.level)).toEqual([25, 50, 75, 100]);
    expect(chart.rings[3]?.polygon).toBe(
      '100,40 151.96,70 151.96,130 100,160 48.04,130 48.04,70',
    );
  });

  it('puts 0 at the centre and 100 on the outer ring', () => {
    const [series] = chart.series;
    expect(series?.complete).toBe(true);
    expect(series?.polygon).toBe(
      '100,40 125.98,85 100,100 100,160 74.02,115 100,100',
    );
    expect(series?.segments).toHaveLength(1);
    expect(series?.segments[0]).toHaveLength(6);
    expect(series?.missing).toEqual([]);
  });

  it('leaves missing scores out and draws the known runs, wrapping around', () => {
    const [series] = radarGeometry(
      [
        {
          id: 'partial',
          scores: {
            stress: 50,
            breathing: null,
            movement: 50,
            nutrition: 50,
            immune: 50,
          },
        },
      ],
      { size: 200 },
    ).series;
    expect(series?.complete).toBe(false);
    expect(series?.polygon).toBeNull();
    expect(series?.vertices[1]).toEqual({
      domain: 'breathing',
      score: null,
      point: null,
    });
    expect(series?.vertices[4]).toEqual({
      domain: 'sleep',
      score: null,
      point: null,
    });
    // A hollow mark outside the outer ring (radius 60 + 20 % of the 40 padding).
    expect(series?.missing).toEqual([
      { domain: 'breathing', mark: { x: 158.89, y: 66 } },
      { domain: 'sleep', mark: { x: 41.11, y: 134 } },
    ]);
    // movement-nutrition, then immune wrapping to stress
    expect(series?.segments.map((s) => s.length)).toEqual([2, 2]);
    expect(series?.segments[1]).toEqual([
      { x: 74.02, y: 85 },
      { x: 100, y: 70 },
    ]);
  });

  it('clamps scores to 0-100 and ignores values that are not numbers', () => {
    const [series] = radarGeometry(
      [
        {
          id: 'odd',
          scores: { stress: 140, breathing: -20, movement: Number.NaN },
        },
      ],
      { size: 200, padding: 0, levels: [50] },
    ).series;
    expect(series?.vertices.slice(0, 3).map((v) => v.point)).toEqual([
      { x: 100, y: 0 },
      { x: 100, y: 100 },
      null,
    ]);
  });

  it('draws several series on the same axes', () => {
    const result = radarGeometry(
      [
        { id: 'baseline', scores: full },
        { id: 'latest', scores: {} },
      ],
      { size: 300, padding: 50 },
    );
    expect(result.radius).toBe(100);
    expect(result.series.map((s) => [s.id, s.segments.length])).toEqual([
      ['baseline', 1],
      ['latest', 0],
    ]);
    // No data at all: nothing on the scale, six marks off it.
    expect(result.series[1]?.missing.map((m) => m.domain)).toEqual([
      ...DOMAIN_IDS,
    ]);
    expect(result.series[1]?.vertices.every((v) => v.point === null)).toBe(
      true,
    );
  });

  it.each([
    [{ size: 0 }],
    [{ size: -10 }],
    [{ size: Number.POSITIVE_INFINITY }],
    [{ size: 100, padding: 50 }],
  ])('refuses %p', (options) => {
    expect(() => radarGeometry([], options)).toThrow(RangeError);
  });
});
