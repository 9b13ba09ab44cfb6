import { TestBed } from '@angular/core/testing';
import {
  type Change,
  HERSTELKOMPAS_INTAKE_V1,
  changeBetween,
} from '@herstelkompas/domain';
import { buildDomainScore } from '../../../testing/assessment';
import { DomainCard } from './domain-card';

describe('DomainCard', () => {
  async function render(inputs: {
    score?: number | null;
    change?: Change | null;
    rank?: number;
  }) {
    localStorage.clear();
    const fixture = TestBed.createComponent(DomainCard);
    const ref = fixture.componentRef;
    ref.setInput('domain', 'stress');
    ref.setInput(
      'score',
      buildDomainScore(
        'stress',
        inputs.score === undefined ? 30 : inputs.score,
        {
          items: [
            { itemId: 'STR1', status: 'answered', value: 3 },
            { itemId: 'STR2', status: 'declined', value: null },
          ],
        },
      ),
    );
    ref.setInput('change', inputs.change ?? null);
    ref.setInput('since', '2026-09-02T14:00:00Z');
    ref.setInput('rank', inputs.rank ?? null);
    ref.setInput('instrument', HERSTELKOMPAS_INTAKE_V1);
    ref.setInput('answers', { STR1: 3, STR2: 'prefer_not_to_say' });
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const text = () => host.textContent?.replace(/\s+/g, ' ') ?? '';
    return { fixture, host, text };
  }

  it('writes the score in whole points, as the ranking does, with its band in words and the rank', async () => {
    const { text } = await render({ score: 72.5, rank: 1 });
    expect(text()).toContain('73/100');
    expect(text()).not.toContain('72,5');
    expect(text()).toContain('sterk verstoord');
    expect(text()).toContain('Plek 1');
  });

  it('marks a change of 10 points or more as notable, with its sign and direction', async () => {
    // The change comes from libs/domain, as compareAssessments gives it.
    const { host, text } = await render({ change: changeBetween(80, 30) });
    expect(host.querySelector('[data-testid="notable-change"]')).not.toBeNull();
    expect(text()).toContain('−50');
    expect(text()).toContain('minder verstoord');
    expect(text()).toContain('sinds 02-09-2026');
    expect(text()).toContain('opvallende verandering');
  });

  it('shows a smaller change without calling it notable', async () => {
    const { host, text } = await render({ change: changeBetween(30, 38.4) });
    expect(host.querySelector('[data-testid="notable-change"]')).toBeNull();
    expect(text()).toContain('+8');
    expect(text()).not.toContain('8,4');
    expect(text()).toContain('meer verstoord');
  });

  it('gives the change between the whole-point scores it shows (41,6 to 45,5 is 42 to 46: +4)', async () => {
    const { text } = await render({
      score: 45.5,
      change: changeBetween(41.6, 45.5),
    });
    expect(text()).toContain('46/100');
    expect(text()).toContain('+4');
  });

  it('shows no change line for a first assessment', async () => {
    const { host } = await render({ change: null });
    expect(host.querySelector('[data-testid="domain-change"]')).toBeNull();
  });

  it('says so when there are too few answers, never a band colour alone', async () => {
    const { text } = await render({ score: null });
    expect(text()).toContain('Niet te beoordelen');
    expect(text()).toContain('Geen plek');
    expect(text()).not.toContain('Plek ');
    expect(text()).not.toContain('verstoord ');
  });

  it('shows the answers behind the score on request', async () => {
    const { host, fixture } = await render({});
    expect(host.querySelector('[data-testid="domain-answers"]')).toBeNull();
    const toggle = host.querySelector<HTMLButtonElement>(
      '[data-testid="domain-answers-toggle"]',
    );
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    toggle?.click();
    await fixture.whenStable();
    const rows = Array.from(
      host.querySelectorAll('[data-testid="domain-answers"] tbody tr'),
    ).map((row) =>
      Array.from(row.querySelectorAll('td')).map((c) =>
        c.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    );
    expect(rows[0]?.[0]).toBe('Hoe vaak voelde je je opgejaagd of overbelast?');
    expect(rows[0]?.[1]).toBe('3');
    expect(rows[0]?.[2]).toBe('3');
    expect(rows[1]?.[1]).toBe('wil ik liever niet zeggen');
    expect(rows[1]?.[2]).toBe('–');
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
  });
});
