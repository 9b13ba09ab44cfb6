import type { InstrumentItem } from '../instrument-types';
import { amount, scale } from './anchors';
import { domainItem } from './builders';

/** Movement items BEW1-BEW6 (domain.md 4.2), in "je" form. */
export const MOVEMENT_ITEMS: readonly InstrumentItem[] = [
  domainItem('movement', {
    id: 'BEW1',
    text: {
      nl: 'Op hoeveel dagen in een gewone week ben je minstens 30 minuten actief op een manier waarbij je ademhaling wat versnelt (bijvoorbeeld stevig wandelen of fietsen)?',
      en: 'On how many days in a normal week are you active for at least 30 minutes in a way that speeds up your breathing (for example brisk walking or cycling)?',
    },
    answer: amount({ nl: 'dagen per week', en: 'days a week' }, 0, 7, true),
    keying: { kind: 'mapping', mapping: 'active_days_per_week' },
  }),
  domainItem('movement', {
    id: 'BEW2',
    text: {
      nl: 'Hoeveel uur per dag zit je gemiddeld (werk, vervoer, schermen)?',
      en: 'On average, how many hours a day do you sit (work, travel, screens)?',
    },
    answer: amount({ nl: 'uur per dag', en: 'hours a day' }, 0, 24, false),
    keying: { kind: 'mapping', mapping: 'sitting_hours_per_day' },
  }),
  domainItem('movement', {
    id: 'BEW3',
    text: {
      nl: 'Hoe vaak per week doe je iets voor je spierkracht (bijvoorbeeld krachttraining, traplopen of squats)?',
      en: 'How many times a week do you do something for muscle strength (for example strength training, stairs or squats)?',
    },
    answer: amount({ nl: 'keer per week', en: 'times a week' }, 0, 21, true),
    keying: { kind: 'mapping', mapping: 'strength_sessions_per_week' },
  }),
  domainItem('movement', {
    id: 'BEW4',
    text: {
      nl: 'In welke mate vermijd je bewegingen of activiteiten uit angst dat je rug erger wordt?',
      en: 'To what extent do you avoid movements or activities for fear your back will get worse?',
    },
    answer: scale(
      { nl: 'helemaal niet', en: 'not at all' },
      { nl: 'volledig', en: 'completely' },
    ),
  }),
  domainItem('movement', {
    id: 'BEW5',
    text: {
      nl: "Hoe stijf of 'vastgezet' voelt je lichaam meestal?",
      en: "How stiff or 'locked up' does your body usually feel?",
    },
    answer: scale(
      { nl: 'soepel', en: 'supple' },
      { nl: 'zeer stijf', en: 'very stiff' },
    ),
  }),
  domainItem('movement', {
    id: 'BEW6',
    text: {
      nl: 'Hoeveel vertrouwen heb je erin dat bewegen goed is voor je rug?',
      en: 'How confident are you that moving is good for your back?',
    },
    answer: scale(
      { nl: 'geen vertrouwen', en: 'not at all confident' },
      { nl: 'volledig vertrouwen', en: 'completely confident' },
    ),
    keying: { kind: 'reversed' },
  }),
];
