import type { InstrumentItem } from '../instrument-types';
import { YES_NO, freeText } from './anchors';
import { moduleItem } from './builders';

const history = (item: Parameters<typeof moduleItem>[1]): InstrumentItem =>
  moduleItem('history', {
    recallPeriod: 'none',
    allowPreferNotToSay: true,
    ...item,
  });

/**
 * History (domain.md 3 and 4.2): duration, onset, treatments, imaging and
 * what the client was told, medication, GP involvement and other conditions.
 * Asked at the first intake only.
 */
export const HISTORY_ITEMS: readonly InstrumentItem[] = [
  history({
    id: 'HIST1',
    text: {
      nl: 'Hoe lang heb je al last van je rug?',
      en: 'How long have you had back pain?',
    },
    answer: {
      kind: 'single_choice',
      options: [
        {
          id: 'less_than_3_months',
          label: { nl: 'korter dan 3 maanden', en: 'less than 3 months' },
        },
        {
          id: '3_to_12_months',
          label: { nl: '3 tot 12 maanden', en: '3 to 12 months' },
        },
        {
          id: '1_to_5_years',
          label: { nl: '1 tot 5 jaar', en: '1 to 5 years' },
        },
        {
          id: 'more_than_5_years',
          label: { nl: 'langer dan 5 jaar', en: 'more than 5 years' },
        },
      ],
    },
  }),
  history({
    id: 'HIST2',
    text: {
      nl: 'Hoe is de pijn begonnen?',
      en: 'How did the pain start?',
    },
    answer: {
      kind: 'single_choice',
      options: [
        {
          id: 'sudden_with_cause',
          label: {
            nl: 'plotseling, bij een bepaalde beweging of gebeurtenis',
            en: 'suddenly, with a particular movement or event',
          },
        },
        {
          id: 'sudden_without_cause',
          label: {
            nl: 'plotseling, zonder duidelijke aanleiding',
            en: 'suddenly, without a clear cause',
          },
        },
        {
          id: 'gradual',
          label: { nl: 'geleidelijk', en: 'gradually' },
        },
        {
          id: 'do_not_know',
          label: { nl: 'weet ik niet meer', en: "I don't remember" },
        },
      ],
    },
  }),
  history({
    id: 'HIST3',
    text: {
      nl: 'Welke behandelingen heb je al gehad voor je rug, en wat hielp wel of niet?',
      en: 'Which treatments have you had for your back so far, and what did or did not help?',
    },
    answer: freeText(1000, true),
  }),
  history({
    id: 'HIST4',
    text: {
      nl: "Zijn er foto's of scans van je rug gemaakt (röntgenfoto, MRI of CT)?",
      en: 'Have any X-rays or scans of your back been made (X-ray, MRI or CT)?',
    },
    answer: YES_NO,
  }),
  history({
    id: 'HIST5',
    text: {
      nl: 'Wat is je verteld over de uitslag?',
      en: 'What were you told about the result?',
    },
    help: {
      nl: 'Schrijf het op zoals je het onthouden hebt; dat is precies wat we willen weten.',
      en: 'Write it down the way you remember it; that is exactly what we would like to know.',
    },
    answer: freeText(1000, true),
    enableWhen: [{ itemId: 'HIST4', operator: 'equals', value: true }],
  }),
  history({
    id: 'HIST6',
    text: {
      nl: 'Gebruik je medicijnen, voor je rug of voor iets anders?',
      en: 'Do you take any medication, for your back or for something else?',
    },
    answer: YES_NO,
  }),
  history({
    id: 'HIST7',
    text: {
      nl: 'Welke medicijnen gebruik je, en hoe vaak?',
      en: 'Which medication do you take, and how often?',
    },
    answer: freeText(1000, true),
    enableWhen: [{ itemId: 'HIST6', operator: 'equals', value: true }],
  }),
  history({
    id: 'HIST8',
    text: {
      nl: 'Heeft een huisarts of specialist deze rugpijn gezien?',
      en: 'Has a GP or specialist seen this back pain?',
    },
    answer: {
      kind: 'single_choice',
      options: [
        { id: 'gp', label: { nl: 'ja, de huisarts', en: 'yes, my GP' } },
        {
          id: 'specialist',
          label: { nl: 'ja, een specialist', en: 'yes, a specialist' },
        },
        {
          id: 'gp_and_specialist',
          label: {
            nl: 'ja, de huisarts en een specialist',
            en: 'yes, my GP and a specialist',
          },
        },
        { id: 'no', label: { nl: 'nee', en: 'no' } },
      ],
    },
  }),
  history({
    id: 'HIST9',
    text: {
      nl: 'Heb je nog andere aandoeningen waar we rekening mee moeten houden?',
      en: 'Do you have any other conditions we should take into account?',
    },
    answer: freeText(1000, true),
  }),
];
