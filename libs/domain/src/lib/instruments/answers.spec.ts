import { PREFER_NOT_TO_SAY, hasAnswer, isSubstantiveAnswer } from './answers';

describe('answers', () => {
  it('uses a stable JSON value for "prefer not to say"', () => {
    expect(PREFER_NOT_TO_SAY).toBe('prefer_not_to_say');
  });

  it.each([
    [undefined, false],
    [null, false],
    ['', false],
    ['   ', false],
    [[], false],
    [0, true],
    [false, true],
    ['x', true],
    [['stress'], true],
    [PREFER_NOT_TO_SAY, true],
  ])('hasAnswer(%p) is %p', (value, expected) => {
    expect(hasAnswer(value)).toBe(expected);
  });

  it('does not count "prefer not to say" as a substantive answer', () => {
    expect(isSubstantiveAnswer(PREFER_NOT_TO_SAY)).toBe(false);
    expect(isSubstantiveAnswer(3)).toBe(true);
    expect(isSubstantiveAnswer(null)).toBe(false);
  });
});
