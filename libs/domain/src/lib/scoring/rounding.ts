/**
 * Rounds half away from zero (2.45 -> 2.5, -2.45 -> -2.5), as domain.md 4.3
 * prescribes, unlike `Math.round` (half up) or banker's rounding.
 *
 * Binary floating point stores 72.45 as 72.4499999...; multiplying first and
 * cutting to 15 significant digits removes that noise before rounding, so the
 * decimal number people see is the one that gets rounded.
 */
export function roundHalfAwayFromZero(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  const shifted = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.round(shifted) / factor;
  // Avoid -0, which would print as "0" but compare oddly in JSON round trips.
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** One decimal, half away from zero: the precision of a domain score. */
export const round1 = (value: number): number =>
  roundHalfAwayFromZero(value, 1);
