import type { InstrumentItem } from '../instrument-types';
import { PAIN, freeText, scale } from './anchors';
import { moduleItem } from './builders';

/** How many patient-specific activities the client may name. */
export const ACTIVITY_SLOTS = [1, 2, 3] as const;

function activityItems(slot: number): InstrumentItem[] {
  const labelId = `PIJN5-${slot}-LABEL`;
  const first = slot === 1;
  return [
    moduleItem('activities', {
      id: labelId,
      text: first
        ? {
            nl: 'Welke activiteit die belangrijk voor je is, gaat nu moeilijk door je rug?',
            en: 'Which activity that matters to you is hard to do now because of your back?',
          }
        : {
            nl: `Activiteit ${slot} (mag je leeg laten)`,
            en: `Activity ${slot} (you may leave this empty)`,
          },
      ...(first
        ? {
            help: {
              nl: 'Bijvoorbeeld: een kwartier wandelen, de was ophangen of met de kinderen spelen.',
              en: 'For example: walking for 15 minutes, hanging out the washing or playing with the children.',
            },
          }
        : {}),
      answer: freeText(80, false),
      recallPeriod: 'now',
      measure: 'activity_label',
      slot,
    }),
    moduleItem('activities', {
      id: `PIJN5-${slot}-EFFORT`,
      text: {
        nl: 'Hoeveel moeite kost deze activiteit je nu?',
        en: 'How much effort does this activity take you now?',
      },
      answer: scale(
        { nl: 'geen moeite', en: 'no effort' },
        { nl: 'onmogelijk', en: 'impossible' },
      ),
      // A named activity without a rating says nothing, so it is required.
      required: true,
      recallPeriod: 'now',
      enableWhen: [{ itemId: labelId, operator: 'answered' }],
      measure: 'activity_effort',
      slot,
    }),
  ];
}

/**
 * The pain module (domain.md 4.2): the outcome, never ranked with the domains.
 * PIJN1-3 are the NPRS (public domain); PIJN5 follows PSK/PSFS in own words.
 */
export const PAIN_ITEMS: readonly InstrumentItem[] = [
  moduleItem('pain', {
    id: 'PIJN1',
    text: {
      nl: 'Hoeveel pijn heb je nu?',
      en: 'How much pain do you have right now?',
    },
    answer: PAIN,
    required: true,
    recallPeriod: 'now',
    measure: 'nprs_now',
  }),
  moduleItem('pain', {
    id: 'PIJN2',
    text: {
      nl: 'Hoeveel pijn had je gemiddeld in de afgelopen week?',
      en: 'How much pain did you have on average in the past week?',
    },
    answer: PAIN,
    required: true,
    recallPeriod: 'past_week',
    measure: 'nprs_average',
  }),
  moduleItem('pain', {
    id: 'PIJN3',
    text: {
      nl: 'Hoeveel pijn had je op het ergste moment van de afgelopen week?',
      en: 'How much pain did you have at its worst in the past week?',
    },
    answer: PAIN,
    required: true,
    recallPeriod: 'past_week',
    measure: 'nprs_worst',
  }),
  moduleItem('pain', {
    id: 'PIJN4',
    text: {
      nl: 'Hoeveel belemmerde de pijn je in je werk, het huishouden en je sociale leven?',
      en: 'How much did the pain get in the way of your work, housework and social life?',
    },
    answer: scale(
      { nl: 'helemaal niet', en: 'not at all' },
      { nl: 'volledig', en: 'completely' },
    ),
    measure: 'interference',
  }),
  ...ACTIVITY_SLOTS.flatMap(activityItems),
];
