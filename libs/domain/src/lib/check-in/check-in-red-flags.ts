import type { Answers } from '../instruments/answers';
import { HERSTELKOMPAS_FOLLOW_UP_V2 } from '../instruments/herstelkompas/definitions';
import type {
  InstrumentDefinition,
  InstrumentItem,
} from '../instruments/instrument-types';
import { type RedFlag, detectRedFlags } from '../red-flags/detect-red-flags';
import { deepFreeze } from '../util/deep-freeze';

/**
 * The short red-flag screen of a check-in: the intake's questions about
 * current symptoms (nerves, sudden severe pain, fever, feeling ill), the
 * same wording and the same rules, without the history items that only
 * change at a new measurement.
 */
export const CHECK_IN_RED_FLAG_ITEM_IDS = [
  'RF-CAUDA-BLADDER',
  'RF-CAUDA-BOWEL',
  'RF-CAUDA-NUMB',
  'RF-CAUDA-LEGS',
  'RF-NEURO',
  'RF-SUDDEN',
  'RF-FEVER',
  'RF-ILL',
] as const;

/** The short form as an instrument, so the intake's detection applies unchanged. */
const SHORT_FORM: InstrumentDefinition = deepFreeze({
  ...HERSTELKOMPAS_FOLLOW_UP_V2,
  derivedRedFlags: [],
  steps: [],
  items: CHECK_IN_RED_FLAG_ITEM_IDS.map(
    (id) =>
      HERSTELKOMPAS_FOLLOW_UP_V2.items.find(
        (item) => item.id === id,
      ) as InstrumentItem,
  ),
});

/** The short form's questions in screen order, urgent ones first. */
export const CHECK_IN_RED_FLAG_ITEMS: readonly InstrumentItem[] =
  SHORT_FORM.items;

/** Whether an id is one of the short form's questions. */
export function isCheckInRedFlagItemId(id: string): boolean {
  return (CHECK_IN_RED_FLAG_ITEM_IDS as readonly string[]).includes(id);
}

/**
 * The red flags a check-in's answers raise, most urgent first, exactly as
 * the intake would raise them for the same answers.
 */
export function detectCheckInRedFlags(answers: Answers): RedFlag[] {
  return detectRedFlags(SHORT_FORM, answers);
}
