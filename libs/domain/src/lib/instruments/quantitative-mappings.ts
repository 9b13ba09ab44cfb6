import type { Localized } from '../i18n/localized';

/**
 * Named quantitative mappings of domain.md 4.2: they turn a count, amount or
 * option into a 0-10 disturbance value. Definitions refer to them by id so
 * the definitions stay plain data.
 */

/** Maps a number (days, hours, portions, glasses) to 0-10. */
export interface NumericMapping {
  readonly kind: 'numeric';
  readonly formula: string;
  readonly rationale: Localized;
  readonly apply: (value: number) => number;
}

/**
 * Maps an option id to 0-10; `null` marks "not applicable": the item then
 * leaves the domain's count altogether.
 */
export interface OptionMapping {
  readonly kind: 'options';
  readonly formula: string;
  readonly rationale: Localized;
  readonly values: Readonly<Record<string, number | null>>;
}

/** A quantitative mapping. */
export type QuantitativeMapping = NumericMapping | OptionMapping;

const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, value));

/** Every quantitative mapping, by id. */
export const QUANTITATIVE_MAPPINGS = {
  /** BEW1: 5 days x 30 min is about the 150 min/week guideline. */
  active_days_per_week: {
    kind: 'numeric',
    formula: 's = 10 × (1 − min(d, 5) / 5)',
    rationale: {
      nl: '5 dagen × 30 minuten ≈ de beweegrichtlijn van 150 minuten per week.',
      en: '5 days × 30 minutes ≈ the guideline of 150 minutes a week.',
    },
    apply: (days: number) => 10 * (1 - Math.min(days, 5) / 5),
  },
  /** BEW2: a heuristic; up to 6 hours of sitting is not scored. */
  sitting_hours_per_day: {
    kind: 'numeric',
    formula: 's = clamp((h − 6) / 6 × 10, 0, 10)',
    rationale: {
      nl: 'Vuistregel: tot 6 uur zitten telt niet mee, 12 uur of meer telt volledig.',
      en: 'Rule of thumb: up to 6 hours of sitting does not count, 12 hours or more counts fully.',
    },
    apply: (hours: number) => clamp(((hours - 6) / 6) * 10, 0, 10),
  },
  /** BEW3: muscle-strengthening at least twice a week (Beweegrichtlijnen). */
  strength_sessions_per_week: {
    kind: 'numeric',
    formula: '0 → 10; 1 → 5; ≥ 2 → 0',
    rationale: {
      nl: 'De beweegrichtlijn vraagt minstens 2 keer per week spier- en botversterkende activiteit.',
      en: 'The guideline asks for muscle- and bone-strengthening activity at least twice a week.',
    },
    apply: (times: number) => (times < 1 ? 10 : times < 2 ? 5 : 0),
  },
  /** VOE2: 5 portions a day (Richtlijnen goede voeding 2015: 250 g + 2). */
  fruit_veg_portions_per_day: {
    kind: 'numeric',
    formula: 's = 10 × (1 − min(p, 5) / 5)',
    rationale: {
      nl: 'Ongeveer 5 porties groente en fruit per dag volgt de Richtlijnen goede voeding.',
      en: 'About 5 portions of vegetables and fruit a day follows the Dutch dietary guidelines.',
    },
    apply: (portions: number) => 10 * (1 - Math.min(portions, 5) / 5),
  },
  /** VOE4: 7 glasses a week scores 5, 14 or more scores 10. */
  alcohol_glasses_per_week: {
    kind: 'numeric',
    formula: 's = min(10, n / 14 × 10)',
    rationale: {
      nl: '7 glazen per week geeft 5, 14 of meer geeft 10.',
      en: '7 glasses a week gives 5, 14 or more gives 10.',
    },
    apply: (glasses: number) => Math.min(10, (glasses / 14) * 10),
  },
  /** SLA4: 7-9 hours is fine; every hour outside that adds 2.5. */
  sleep_hours_per_night: {
    kind: 'numeric',
    formula:
      '7–9 h → 0; h < 7: min(10, (7 − h) × 2,5); h > 9: min(10, (h − 9) × 2,5)',
    rationale: {
      nl: '7 tot 9 uur slaap telt als voldoende; elk uur minder of meer telt 2,5.',
      en: '7 to 9 hours of sleep counts as enough; every hour less or more counts 2.5.',
    },
    apply: (hours: number) =>
      hours < 7
        ? Math.min(10, (7 - hours) * 2.5)
        : Math.min(10, Math.max(0, (hours - 9) * 2.5)),
  },
  /** IMM1: number of infections in the past 3 months. */
  infections_past_3_months: {
    kind: 'options',
    formula: '0 / 1 / 2 / 3+ → 0 / 3,3 / 6,7 / 10',
    rationale: {
      nl: 'Elke infectie in 3 maanden telt een derde; 3 of meer telt volledig.',
      en: 'Each infection in 3 months counts a third; 3 or more counts fully.',
    },
    values: { '0': 0, '1': 3.3, '2': 6.7, '3_or_more': 10 },
  },
  /** IMM2: recovery time; "n.v.t." leaves the item out of the count. */
  recovery_time_after_infection: {
    kind: 'options',
    formula:
      '< 1 week / 1–2 weken / > 2 weken / n.v.t. → 0 / 5 / 10 / niet meetellen',
    rationale: {
      nl: 'Langer herstel telt zwaarder; n.v.t. telt niet mee.',
      en: 'A longer recovery counts more; n/a does not count.',
    },
    values: {
      less_than_1_week: 0,
      '1_to_2_weeks': 5,
      more_than_2_weeks: 10,
      not_applicable: null,
    },
  },
} as const satisfies Record<string, QuantitativeMapping>;

/** Name of a quantitative mapping. */
export type QuantitativeMappingId = keyof typeof QUANTITATIVE_MAPPINGS;

/**
 * Applies a mapping to an answer: a number for numeric mappings, an option id
 * for option mappings. Gives `undefined` when the answer does not fit the
 * mapping (wrong type or unknown option) and `null` for "not applicable".
 */
export function applyMapping(
  id: QuantitativeMappingId,
  value: number | string,
): number | null | undefined {
  const mapping: QuantitativeMapping = QUANTITATIVE_MAPPINGS[id];
  if (mapping.kind === 'numeric') {
    return typeof value === 'number' ? mapping.apply(value) : undefined;
  }
  if (typeof value !== 'string' || !Object.hasOwn(mapping.values, value)) {
    return undefined;
  }
  return mapping.values[value];
}
