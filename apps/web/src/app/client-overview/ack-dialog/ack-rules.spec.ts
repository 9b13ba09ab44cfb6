import type { RedFlagAction } from '@herstelkompas/contracts';
import { ackProblem, noteRequired, toAckRequest } from './ack-rules';

describe('acknowledgement rules', () => {
  it.each([
    ['gp_called', false],
    ['referred', false],
    ['client_informed', false],
    ['no_action_needed', true],
    ['other', true],
  ] as const)('%s needs a note: %p', (action, required) => {
    expect(noteRequired(action)).toBe(required);
  });

  it.each([
    [null, '', 'actionRequired'],
    [null, 'iets', 'actionRequired'],
    ['no_action_needed', '', 'noteRequired'],
    ['no_action_needed', '   ', 'noteRequired'],
    ['other', '', 'noteRequired'],
    ['no_action_needed', 'al bekend bij de huisarts', null],
    ['gp_called', '', null],
    ['referred', 'x'.repeat(2001), 'noteTooLong'],
  ] as [RedFlagAction | null, string, string | null][])(
    'action %p with note %p: %p',
    (action, note, problem) => {
      expect(ackProblem(action, note)).toBe(problem);
    },
  );

  it('trims the note and leaves an empty one out', () => {
    expect(toAckRequest('other', '  belde zelf  ')).toEqual({
      action: 'other',
      note: 'belde zelf',
    });
    expect(toAckRequest('gp_called', '  ')).toEqual({ action: 'gp_called' });
  });
});
