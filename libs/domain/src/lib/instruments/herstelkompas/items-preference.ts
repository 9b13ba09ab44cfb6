import { DOMAIN_LIST } from '../../domains/domains';
import type { InstrumentItem } from '../instrument-types';
import { moduleItem } from './builders';

/** Id of the client's preferred starting domains (pick up to 2). */
export const PREFERENCE_ITEM_ID = 'VOORKEUR';

/** The client's own preference: a tie-breaker in the ranking (domain.md 4.4). */
export const PREFERENCE_ITEMS: readonly InstrumentItem[] = [
  moduleItem('preference', {
    id: PREFERENCE_ITEM_ID,
    text: {
      nl: 'Met welk onderwerp zou je zelf het liefst beginnen? Kies er hoogstens 2.',
      en: 'Which topic would you most like to start with yourself? Choose up to 2.',
    },
    help: {
      nl: 'Je behandelaar neemt je keuze mee bij het bepalen waar jullie samen beginnen.',
      en: 'Your practitioner takes your choice into account when deciding together where to start.',
    },
    answer: {
      kind: 'multi_choice',
      options: DOMAIN_LIST.map((domain) => ({
        id: domain.id,
        label: domain.name,
      })),
      maxSelections: 2,
    },
    recallPeriod: 'none',
  }),
];
