import type { InstrumentItem } from '../instrument-types';
import { FREQUENCY, YES_NO } from './anchors';
import { domainItem, flagItem } from './builders';

/** Red-flag item asking about fever with back pain (see items-red-flags). */
export const FEVER_ITEM_ID = 'RF-FEVER';

/**
 * Immune items IMM1-IMM6 and the flag IMM-F (domain.md 4.2). Recall period:
 * the past 3 months (set on the step).
 */
export const IMMUNE_ITEMS: readonly InstrumentItem[] = [
  domainItem('immune', {
    id: 'IMM1',
    text: {
      nl: 'Hoe vaak was je verkouden of grieperig, of had je een andere infectie?',
      en: 'How often did you have a cold, flu-like illness or other infection?',
    },
    answer: {
      kind: 'single_choice',
      options: [
        { id: '0', label: { nl: 'geen keer', en: 'not at all' } },
        { id: '1', label: { nl: '1 keer', en: 'once' } },
        { id: '2', label: { nl: '2 keer', en: 'twice' } },
        {
          id: '3_or_more',
          label: { nl: '3 keer of vaker', en: '3 times or more' },
        },
      ],
    },
    keying: { kind: 'mapping', mapping: 'infections_past_3_months' },
  }),
  domainItem('immune', {
    id: 'IMM2',
    text: {
      nl: 'Hoe lang duurde het meestal voordat je daarvan hersteld was?',
      en: 'How long did it usually take to recover?',
    },
    answer: {
      kind: 'single_choice',
      options: [
        {
          id: 'less_than_1_week',
          label: { nl: 'korter dan 1 week', en: 'less than 1 week' },
        },
        {
          id: '1_to_2_weeks',
          label: { nl: '1 tot 2 weken', en: '1 to 2 weeks' },
        },
        {
          id: 'more_than_2_weeks',
          label: { nl: 'langer dan 2 weken', en: 'more than 2 weeks' },
        },
        {
          id: 'not_applicable',
          label: { nl: 'niet van toepassing', en: 'not applicable' },
        },
      ],
    },
    keying: { kind: 'mapping', mapping: 'recovery_time_after_infection' },
    // Only asked after at least one infection (domain.md 4.3 counting rules).
    enableWhen: [
      { itemId: 'IMM1', operator: 'in', values: ['1', '2', '3_or_more'] },
    ],
  }),
  domainItem('immune', {
    id: 'IMM3',
    text: {
      nl: 'Hoe vaak had je last van huid- of allergieklachten (bijvoorbeeld eczeem, hooikoorts of aften)?',
      en: 'How often were you bothered by skin or allergy complaints (for example eczema, hay fever or mouth ulcers)?',
    },
    answer: FREQUENCY,
  }),
  domainItem('immune', {
    id: 'IMM4',
    text: {
      nl: 'Hoe vaak voelde je je ziekig of koortsig zonder duidelijke oorzaak?',
      en: 'How often did you feel unwell or feverish without a clear cause?',
    },
    answer: FREQUENCY,
    redFlag: {
      condition: 'unexplained_symptoms',
      urgency: 'advice',
      minValue: 7,
      label: {
        nl: 'Vaak ziek of koortsig zonder duidelijke oorzaak: bespreek met de huisarts als dit aanhoudt',
        en: 'Often unwell or feverish without a clear cause: discuss with the GP if it persists',
      },
      raiseWhen: { itemIds: [FEVER_ITEM_ID], urgency: 'urgent_same_day' },
    },
  }),
  domainItem('immune', {
    id: 'IMM5',
    text: {
      nl: 'Hoe vaak had je pijnlijke of stijve gewrichten of spieren op andere plekken dan je rug?',
      en: 'How often did you have painful or stiff joints or muscles in places other than your back?',
    },
    answer: FREQUENCY,
  }),
  domainItem('immune', {
    id: 'IMM6',
    text: {
      nl: 'Hoe vaak voelde je je uitgeput, ook na rust?',
      en: 'How often did you feel exhausted, even after rest?',
    },
    answer: FREQUENCY,
  }),
  flagItem('immune', {
    id: 'IMM-F',
    text: {
      nl: 'Heb je een auto-immuunziekte of een ontstekingsziekte, of gebruik je medicijnen die je afweer onderdrukken?',
      en: 'Do you have an autoimmune or inflammatory disease, or do you take medication that suppresses your immune system?',
    },
    answer: YES_NO,
    allowPreferNotToSay: true,
    redFlag: {
      condition: 'infection',
      urgency: 'gp_review',
      label: {
        nl: 'Auto-immuun-/ontstekingsziekte of afweerremmers: verhoogd infectierisico, overleg met huisarts',
        en: 'Autoimmune/inflammatory disease or immunosuppressants: higher infection risk, review with GP',
      },
      raiseWhen: { itemIds: [FEVER_ITEM_ID], urgency: 'urgent_same_day' },
    },
  }),
];
