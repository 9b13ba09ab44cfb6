import { round1, roundHalfAwayFromZero } from './rounding';

describe('roundHalfAwayFromZero', () => {
  it.each([
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [2.4, 0, 2],
    [72.45, 1, 72.5],
    [-72.45, 1, -72.5],
    [1.005, 2, 1.01],
    [66.66666, 1, 66.7],
    [0, 1, 0],
    [57.5, 0, 58],
  ])('rounds %p to %p decimals as %p', (value, decimals, expected) => {
    expect(roundHalfAwayFromZero(value, decimals)).toBe(expected);
  });

  it('never gives negative zero', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.04, 1), 0)).toBe(true);
  });

  it('rounds to one decimal with round1', () => {
    expect(round1((10 * (6.25 + 6.2)) / 2)).toBe(62.3);
  });
});
