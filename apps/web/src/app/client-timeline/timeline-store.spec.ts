import { TestBed } from '@angular/core/testing';
import type { TimelineEvent } from '@herstelkompas/contracts';
import { LocaleFormat } from '../core/i18n/locale-format';
import { timelineLink } from './timeline-links';
import { groupByDay } from './timeline-store';

function event(at: string, id: string): TimelineEvent {
  return {
    kind: 'note',
    id,
    at,
    domains: ['sleep'],
    title: { nl: 'Sessienotitie', en: 'Session note' },
    by: null,
    target: { kind: 'note', id },
    excerpt: null,
  };
}

describe('groupByDay', () => {
  it('puts events of one Amsterdam day under one header, newest first', () => {
    const format = TestBed.inject(LocaleFormat);
    const days = groupByDay(
      [
        // 00:30 on 14 November in Amsterdam, though still the 13th in UTC.
        event('2026-11-13T23:30:00Z', 'a'),
        event('2026-11-13T22:30:00Z', 'b'),
        event('2026-11-13T08:00:00Z', 'c'),
        event('2026-10-01T08:00:00Z', 'd'),
      ],
      format,
    );
    expect(days.map((d) => d.events.map((e) => e.id))).toEqual([
      ['a'],
      ['b', 'c'],
      ['d'],
    ]);
  });
});

describe('timelineLink', () => {
  const open = (kind: TimelineEvent['target']['kind']) =>
    timelineLink('c-1', { target: { kind, id: 'x-1' } });

  it('opens a note or an addendum on the note in Sessies, a goal in Doelen', () => {
    expect(open('note')).toEqual({
      path: ['/clienten', 'c-1', 'sessies'],
      query: { notitie: 'x-1' },
    });
    expect(open('goal')).toEqual({
      path: ['/clienten', 'c-1', 'doelen'],
      query: { doel: 'x-1' },
    });
  });

  it('opens decisions, reports, links, assessments and red flags on their page', () => {
    expect(open('decision').path).toEqual(['/clienten', 'c-1', 'prioriteiten']);
    expect(open('report').path).toEqual(['/clienten', 'c-1', 'rapportage']);
    for (const kind of ['invitation', 'assessment', 'red_flag'] as const)
      expect(open(kind)).toEqual({ path: ['/clienten', 'c-1'], query: null });
  });
});
