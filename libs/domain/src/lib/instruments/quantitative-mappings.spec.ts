import {
  QUANTITATIVE_MAPPINGS,
  type QuantitativeMappingId,
  applyMapping,
} from './quantitative-mappings';

describe('quantitative mappings (domain.md 4.2)', () => {
  it.each<[QuantitativeMappingId, number, number]>([
    // BEW1: 10 x (1 - min(d, 5) / 5)
    ['active_days_per_week', 0, 10],
    ['active_days_per_week', 1, 8],
    ['active_days_per_week', 2, 6],
    ['active_days_per_week', 3, 4],
    ['active_days_per_week', 4, 2],
    ['active_days_per_week', 5, 0],
    ['active_days_per_week', 7, 0],
    // BEW2: clamp((h - 6) / 6 x 10, 0, 10)
    ['sitting_hours_per_day', 0, 0],
    ['sitting_hours_per_day', 6, 0],
    ['sitting_hours_per_day', 7, 10 / 6],
    ['sitting_hours_per_day', 9, 5],
    ['sitting_hours_per_day', 12, 10],
    ['sitting_hours_per_day', 16, 10],
    // BEW3: 0 -> 10; 1 -> 5; >= 2 -> 0
    ['strength_sessions_per_week', 0, 10],
    ['strength_sessions_per_week', 1, 5],
    ['strength_sessions_per_week', 2, 0],
    ['strength_sessions_per_week', 21, 0],
    // VOE2: 10 x (1 - min(p, 5) / 5)
    ['fruit_veg_portions_per_day', 0, 10],
    ['fruit_veg_portions_per_day', 2.5, 5],
    ['fruit_veg_portions_per_day', 5, 0],
    ['fruit_veg_portions_per_day', 9, 0],
    // VOE4: min(10, n / 14 x 10)
    ['alcohol_glasses_per_week', 0, 0],
    ['alcohol_glasses_per_week', 7, 5],
    ['alcohol_glasses_per_week', 14, 10],
    ['alcohol_glasses_per_week', 30, 10],
    // SLA4: 7-9 h -> 0; below 7 and above 9: 2.5 per hour, at most 10
    ['sleep_hours_per_night', 0, 10],
    ['sleep_hours_per_night', 3, 10],
    ['sleep_hours_per_night', 4, 7.5],
    ['sleep_hours_per_night', 6.5, 1.25],
    ['sleep_hours_per_night', 7, 0],
    ['sleep_hours_per_night', 8, 0],
    ['sleep_hours_per_night', 9, 0],
    ['sleep_hours_per_night', 9.5, 1.25],
    ['sleep_hours_per_night', 12, 7.5],
    ['sleep_hours_per_night', 13, 10],
    ['sleep_hours_per_night', 24, 10],
  ])('maps %s %p to %p', (id, value, expected) => {
    expect(applyMapping(id, value)).toBeCloseTo(expected, 9);
  });

  it.each<[QuantitativeMappingId, string, number | null]>([
    ['infections_past_3_months', '0', 0],
    ['infections_past_3_months', '1', 3.3],
    ['infections_past_3_months', '2', 6.7],
    ['infections_past_3_months', '3_or_more', 10],
    ['recovery_time_after_infection', 'less_than_1_week', 0],
    ['recovery_time_after_infection', '1_to_2_weeks', 5],
    ['recovery_time_after_infection', 'more_than_2_weeks', 10],
    ['recovery_time_after_infection', 'not_applicable', null],
  ])('maps option %s %p to %p', (id, option, expected) => {
    expect(applyMapping(id, option)).toBe(expected);
  });

  it.each<[QuantitativeMappingId, number | string]>([
    ['active_days_per_week', '3'],
    ['infections_past_3_months', 1],
    ['infections_past_3_months', 'often'],
    ['recovery_time_after_infection', 'toString'],
  ])('gives undefined when %s gets %p, which does not fit', (id, value) => {
    expect(applyMapping(id, value)).toBeUndefined();
  });

  it('never maps a numeric answer outside 0-10', () => {
    const numeric = Object.entries(QUANTITATIVE_MAPPINGS).filter(
      ([, mapping]) => mapping.kind === 'numeric',
    );
    for (const [id] of numeric) {
      for (let value = 0; value <= 30; value += 0.5) {
        const s = applyMapping(id as QuantitativeMappingId, value);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(10);
      }
    }
  });

  it('documents every mapping with a formula and a rationale in both languages', () => {
    for (const mapping of Object.values(QUANTITATIVE_MAPPINGS)) {
      expect(mapping.formula).not.toBe('');
      expect(mapping.rationale.nl).not.toBe('');
      expect(mapping.rationale.en).not.toBe('');
    }
  });
});
