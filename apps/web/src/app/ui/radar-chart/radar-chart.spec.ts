import { TestBed } from '@angular/core/testing';
import { radarGeometry } from '@herstelkompas/domain';
import { type RadarChartSeries, RadarChart } from './radar-chart';

describe('RadarChart', () => {
  const latest: RadarChartSeries = {
    id: 'now',
    label: 'Vervolgmeting 18-11-2026',
    scores: {
      stress: 30,
      breathing: 30,
      movement: 23.9,
      nutrition: 28.1,
      sleep: 29.2,
      immune: 18.8,
    },
  };
  const baseline: RadarChartSeries = {
    id: 'then',
    label: 'Eerste intake 02-09-2026',
    scores: { stress: 80, breathing: 60, movement: 59.4, sleep: 79.2 },
  };

  async function render(series: RadarChartSeries[]) {
    localStorage.clear();
    const fixture = TestBed.createComponent(RadarChart);
    fixture.componentRef.setInput('series', series);
    fixture.componentRef.setInput('label', 'De zes domeinen van Jan');
    await fixture.whenStable();
    return { host: fixture.nativeElement as HTMLElement, fixture };
  }

  it('draws the polygon at the points radarGeometry computes', async () => {
    const { host } = await render([latest]);
    const expected = radarGeometry([latest], { size: 300 }).series[0];
    const polygon = host.querySelector('[data-series="now"] polygon');
    expect(polygon?.getAttribute('points')).toBe(expected?.polygon);
    const dots = Array.from(
      host.querySelectorAll('[data-series="now"] circle.dot'),
    ).map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`);
    expect(dots).toEqual(
      expected?.vertices.map((v) => `${v.point?.x},${v.point?.y}`),
    );
  });

  it('names every axis and draws an incomplete series as open lines', async () => {
    const { host } = await render([latest, baseline]);
    const labels = Array.from(host.querySelectorAll('.axis-label')).map((t) =>
      t.textContent?.trim(),
    );
    expect(labels).toEqual([
      'Stress',
      'Ademhaling',
      'Beweging',
      'Voeding',
      'Slaap',
      'Immuunsysteem',
    ]);
    const then = host.querySelector('[data-series="then"]');
    expect(then?.querySelector('polygon')).toBeNull();
    const expected = radarGeometry([baseline], { size: 300 }).series[0];
    expect(
      Array.from(then?.querySelectorAll('polyline') ?? []).map((p) =>
        p.getAttribute('points'),
      ),
    ).toEqual(
      expected?.segments.map((run) =>
        run.map((p) => `${p.x},${p.y}`).join(' '),
      ),
    );
  });

  it('names the axes in the language it is given, e.g. an English report on a Dutch screen', async () => {
    localStorage.clear();
    const fixture = TestBed.createComponent(RadarChart);
    fixture.componentRef.setInput('series', [latest]);
    fixture.componentRef.setInput('label', 'Six domains');
    fixture.componentRef.setInput('language', 'en');
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const labels = Array.from(host.querySelectorAll('.axis-label')).map((t) =>
      t.textContent?.trim(),
    );
    expect(labels).toEqual([
      'Stress',
      'Breathing',
      'Movement',
      'Nutrition',
      'Sleep',
      'Immune system',
    ]);
  });

  it('sums the chart up for screen readers and offers the same numbers as a table', async () => {
    const { host, fixture } = await render([latest, baseline]);
    const svg = host.querySelector('svg[role="img"]');
    expect(svg?.getAttribute('aria-label')).toContain(
      'Vervolgmeting 18-11-2026: Stress 30, Ademhaling 30, Beweging 24',
    );
    expect(svg?.getAttribute('aria-label')).toContain('Voeding geen score');

    host
      .querySelector<HTMLButtonElement>('[data-testid="radar-toggle"]')
      ?.click();
    await fixture.whenStable();
    const rows = Array.from(host.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((c) =>
        c.textContent?.trim(),
      ),
    );
    expect(rows[2]).toEqual(['Beweging', '24', '59']);
    expect(rows[3]).toEqual(['Voeding', '28', 'geen score']);
    expect(host.querySelector('svg[role="img"]')).toBeNull();
  });

  it('draws no dots on the scale without data and marks each domain "geen score" off the scale', async () => {
    const { host } = await render([{ id: 'now', label: 'Intake', scores: {} }]);
    // Nothing coloured at 100 (or anywhere on the scale) without a score.
    expect(host.querySelectorAll('circle.dot')).toHaveLength(0);
    expect(host.querySelectorAll('circle.axis-end')).toHaveLength(0);
    const marks = Array.from(
      host.querySelectorAll('[data-series="now"] circle.no-score-mark'),
    ).map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`);
    const expected = radarGeometry([{ id: 'now', scores: {} }], { size: 300 });
    expect(marks).toEqual(
      expected.series[0]?.missing.map((m) => `${m.mark.x},${m.mark.y}`),
    );
    expect(marks).toHaveLength(6);
    expect(
      Array.from(host.querySelectorAll('[data-testid="radar-no-score"]')).map(
        (t) => t.textContent?.trim(),
      ),
    ).toEqual(Array(6).fill('geen score'));
  });

  it('marks only the domains the latest series lacks', async () => {
    const { host } = await render([
      { ...latest, scores: { ...latest.scores, sleep: null } },
    ]);
    expect(
      host.querySelectorAll('[data-series="now"] circle.dot'),
    ).toHaveLength(5);
    expect(host.querySelectorAll('circle.no-score-mark')).toHaveLength(1);
    expect(
      host.querySelectorAll('[data-testid="radar-no-score"]'),
    ).toHaveLength(1);
  });
});
