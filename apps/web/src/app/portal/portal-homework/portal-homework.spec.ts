import type { HomeworkItem } from '@herstelkompas/contracts';
import { tickProblem } from './homework-tick';
import { logsMinutes, withItem } from './portal-homework';

const item = (over: Partial<HomeworkItem> = {}): HomeworkItem => ({
  id: 'a',
  exerciseId: 'graded-walking',
  domain: 'movement',
  title: 'Wandelplan',
  instructions: 'x',
  frequency: 'daily',
  timesPerWeek: null,
  startsOn: '2026-12-07',
  endsOn: '2026-12-20',
  status: 'active',
  endedOn: null,
  sessionNoteId: null,
  createdAt: '2026-12-07T08:00:00Z',
  adherence: {
    phase: 'running',
    done: 0,
    expected: 1,
    week: { done: 0, target: 7 },
    lastDoneOn: null,
  },
  checkInWeeks: [],
  completions: [],
  ...over,
});

describe('portal homework', () => {
  it('keeps a minutes log for the walking plan only', () => {
    expect(logsMinutes(item())).toBe(true);
    expect(logsMinutes(item({ exerciseId: 'slow-breathing' }))).toBe(false);
    expect(logsMinutes(item({ exerciseId: null }))).toBe(false);
  });

  it('replaces one item by its new version', () => {
    const list = { today: '2026-12-07', items: [item(), item({ id: 'b' })] };
    const changed = item({ title: 'Nieuw' });
    expect(withItem(list, changed).items.map((i) => i.title)).toEqual([
      'Nieuw',
      'Wandelplan',
    ]);
  });

  it('checks a tick before sending: note length and whole minutes', () => {
    expect(tickProblem('', '')).toBeNull();
    expect(tickProblem('Ging goed', '25')).toBeNull();
    expect(tickProblem('x'.repeat(501), '')).toBe('noteTooLong');
    expect(tickProblem('', '-1')).toBe('minutesInvalid');
    expect(tickProblem('', '2,5')).toBe('minutesInvalid');
    expect(tickProblem('', '1441')).toBe('minutesInvalid');
  });
});
