import { DOMAIN_IDS } from '../domains/domain-ids';
import {
  CHECK_IN_QUESTIONS,
  CHECK_IN_SCALE_IDS,
  checkInQuestion,
  isCheckInValue,
  isSleepHours,
} from './check-in-questions';
import {
  CHECK_IN_RED_FLAG_ITEMS,
  CHECK_IN_RED_FLAG_ITEM_IDS,
  detectCheckInRedFlags,
  isCheckInRedFlagItemId,
} from './check-in-red-flags';
import {
  type CheckInValues,
  checkInSeries,
  checkInWorsening,
} from './check-in-signals';
import {
  amsterdamDate,
  checkInWeek,
  isoWeekOf,
  weekStartOf,
} from './check-in-week';

const calm = (over: Partial<CheckInValues> = {}): CheckInValues => ({
  painNow: 4,
  domains: {
    stress: 5,
    breathing: 5,
    movement: 5,
    nutrition: 5,
    sleep: 5,
    immune: 5,
  },
  movementSafety: 6,
  ...over,
});

describe('check-in questions', () => {
  it('asks pain, one question per domain in canonical order, then movement safety', () => {
    expect(CHECK_IN_QUESTIONS.map((q) => q.id)).toEqual([
      ...CHECK_IN_SCALE_IDS,
    ]);
    expect(
      CHECK_IN_QUESTIONS.filter((q) => q.domain).map((q) => q.domain),
    ).toEqual([...DOMAIN_IDS]);
  });

  it.each(CHECK_IN_QUESTIONS.map((q) => [q.id, q] as const))(
    '%s is written in Dutch (je/jij) and English, with both ends named',
    (_, q) => {
      for (const text of [q.text, q.low, q.high]) {
        expect(text.nl.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
      expect(q.text.nl).not.toMatch(/\b(u|uw)\b/);
      expect(q.text.nl).toMatch(/\b(je|jij)\b|\?$/);
    },
  );

  it('labels only movement safety as reversed (higher = better)', () => {
    expect(
      CHECK_IN_QUESTIONS.filter((q) => q.reversed).map((q) => q.id),
    ).toEqual(['movementSafety']);
    expect(checkInQuestion('movementSafety').high.nl).toBe('volkomen veilig');
  });

  it('accepts whole numbers 0-10 only', () => {
    expect([0, 5, 10].every(isCheckInValue)).toBe(true);
    expect([-1, 11, 2.5, '3', null, Number.NaN].some(isCheckInValue)).toBe(
      false,
    );
  });

  it('accepts 0-14 hours slept in half hours', () => {
    expect([0, 7.5, 14].every(isSleepHours)).toBe(true);
    expect([-0.5, 14.5, 7.25, '8'].some(isSleepHours)).toBe(false);
  });
});

describe('check-in week (Europe/Amsterdam)', () => {
  it.each([
    ['2027-01-01', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2026-12-31', '2026-W53'],
    ['2025-12-29', '2026-W01'],
    ['2027-03-28', '2027-W12'],
    ['2027-03-29', '2027-W13'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });

  it('reads the week on the clock in Amsterdam, not in UTC', () => {
    // Sunday 23:30 UTC is Monday 00:30 in Amsterdam (winter time).
    expect(checkInWeek(new Date('2027-01-10T23:30:00Z'))).toBe('2027-W02');
    // Sunday 21:30 UTC is Sunday 23:30 in Amsterdam (summer time).
    expect(checkInWeek(new Date('2027-04-04T21:30:00Z'))).toBe('2027-W13');
    expect(checkInWeek(new Date('2027-04-04T22:30:00Z'))).toBe('2027-W14');
  });

  it('keeps the week across the switch to summer time', () => {
    // Monday 22 March to Sunday 28 March 2027: the clocks go forward on the 28th.
    expect(checkInWeek(new Date('2027-03-21T23:00:00Z'))).toBe('2027-W12');
    expect(checkInWeek(new Date('2027-03-28T21:59:00Z'))).toBe('2027-W12');
    expect(checkInWeek(new Date('2027-03-28T22:00:00Z'))).toBe('2027-W13');
  });

  it('gives the Monday of the week and the Amsterdam date', () => {
    expect(weekStartOf('2027-03-28')).toBe('2027-03-22');
    expect(weekStartOf('2027-03-22')).toBe('2027-03-22');
    expect(amsterdamDate(new Date('2027-01-10T23:30:00Z'))).toBe('2027-01-11');
  });
});

describe('check-in red-flag short form', () => {
  it('reuses the intake questions about current symptoms, urgent ones first', () => {
    expect(CHECK_IN_RED_FLAG_ITEMS.map((i) => i.id)).toEqual([
      ...CHECK_IN_RED_FLAG_ITEM_IDS,
    ]);
    expect(CHECK_IN_RED_FLAG_ITEMS.every((i) => i.redFlag)).toBe(true);
    expect(isCheckInRedFlagItemId('RF-NEURO')).toBe(true);
    expect(isCheckInRedFlagItemId('RF-CANCER')).toBe(false);
  });

  it('raises nothing when every answer is no', () => {
    const answers = Object.fromEntries(
      CHECK_IN_RED_FLAG_ITEM_IDS.map((id) => [id, false]),
    );
    expect(detectCheckInRedFlags(answers)).toEqual([]);
  });

  it('raises an urgent flag with the intake instruction on a nerve symptom', () => {
    const [flag] = detectCheckInRedFlags({ 'RF-CAUDA-BLADDER': true });
    expect(flag?.urgency).toBe('urgent_same_day');
    expect(flag?.clientInstruction?.nl).toMatch(/^Bel nu je huisarts/);
  });

  it('makes fever urgent together with feeling ill, as the intake does', () => {
    const flags = detectCheckInRedFlags({ 'RF-FEVER': true, 'RF-ILL': true });
    expect(flags.map((f) => f.urgency)).toEqual([
      'urgent_same_day',
      'urgent_same_day',
    ]);
  });
});

describe('check-in signals', () => {
  it('names a worsening of 2 or more in pain', () => {
    expect(checkInWorsening(calm(), calm({ painNow: 6 }), [])).toEqual([
      { what: 'pain', from: 4, to: 6 },
    ]);
  });

  it('names a focus domain that got 2 worse, not a non-focus domain', () => {
    const latest = calm({
      domains: { ...calm().domains, sleep: 8, stress: 9 },
    });
    expect(checkInWorsening(calm(), latest, ['sleep'])).toEqual([
      { what: 'sleep', from: 5, to: 8 },
    ]);
  });

  it('ignores a worsening of 1 and any improvement', () => {
    const latest = calm({
      painNow: 5,
      domains: { ...calm().domains, sleep: 6, stress: 1 },
    });
    expect(checkInWorsening(calm(), latest, ['sleep', 'stress'])).toEqual([]);
  });

  it('takes another threshold when given one', () => {
    expect(checkInWorsening(calm(), calm({ painNow: 5 }), [], 1)).toHaveLength(
      1,
    );
  });

  it('builds per-scale series oldest first', () => {
    const series = checkInSeries([
      { ...calm({ painNow: 7 }), at: '2027-02-08' },
      { ...calm({ painNow: 3 }), at: '2027-02-01' },
    ]);
    expect(series.painNow).toEqual([
      { at: '2027-02-01', value: 3 },
      { at: '2027-02-08', value: 7 },
    ]);
    expect(series.domains.sleep).toHaveLength(2);
    expect(series.movementSafety[0]).toEqual({ at: '2027-02-01', value: 6 });
  });
});
