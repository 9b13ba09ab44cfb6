import { intakeEn } from './intake-en';
import { intakeNl } from './intake-nl';

/**
 * The clinical review: an urgent red flag means calling now. Words that
 * invite waiting ("vandaag nog", "today") or point to the next appointment
 * must never stand in the client's urgent box.
 */
describe('the urgent instruction texts', () => {
  it.each([
    ['nl', intakeNl.urgent, /vandaag nog|volgende afspraak/i],
    ['en', intakeEn.urgent, /\btoday\b|next appointment/i],
  ] as const)(
    'say "now" and never invite waiting (%s)',
    (_, texts, waiting) => {
      for (const text of Object.values(texts))
        expect(String(text)).not.toMatch(waiting);
      expect(texts.heading).toMatch(/nu|now/);
    },
  );
});
