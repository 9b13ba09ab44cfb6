import { TestBed } from '@angular/core/testing';
import { TrendChart } from './trend-chart';

describe('TrendChart', () => {
  async function render() {
    localStorage.clear();
    const fixture = TestBed.createComponent(TrendChart);
    fixture.componentRef.setInput('label', 'Slaap door de tijd');
    fixture.componentRef.setInput('series', [
      {
        id: 'sleep',
        label: 'Slaap',
        colour: 'var(--hk-domain-sleep)',
        points: [
          { date: '2026-09-02T14:00:00Z', value: 79.2 },
          { date: '2026-10-14T14:00:00Z', value: null },
          { date: '2026-11-18T14:00:00Z', value: 29.2 },
        ],
      },
    ]);
    await fixture.whenStable();
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }

  it('draws a point per measurement with dd-mm-jjjj dates and a spoken summary', async () => {
    const { host } = await render();
    expect(host.querySelectorAll('circle')).toHaveLength(2);
    const labels = Array.from(host.querySelectorAll('text.tick')).map((t) =>
      t.textContent?.trim(),
    );
    expect(labels).toContain('02-09-2026');
    expect(labels).toContain('18-11-2026');
    expect(host.querySelector('svg')?.getAttribute('aria-label')).toBe(
      'Slaap door de tijd. Slaap: 79,2 op 02-09-2026, geen waarde op 14-10-2026, 29,2 op 18-11-2026',
    );
  });

  it('shows the same numbers as a table', async () => {
    const { host, fixture } = await render();
    host.querySelector<HTMLButtonElement>('button')?.click();
    await fixture.whenStable();
    const rows = Array.from(host.querySelectorAll('tbody tr')).map((r) =>
      Array.from(r.children)
        .map((c) => c.textContent?.trim())
        .join(' '),
    );
    expect(rows).toEqual([
      '02-09-2026 79,2',
      '14-10-2026 geen waarde',
      '18-11-2026 29,2',
    ]);
  });
});
