import type { InstrumentItem } from '../../instrument-types';
import { AGREEMENT, YES_NO, scale } from '../anchors';
import { itemById, moduleItem } from '../builders';
import { BELIEF_ITEMS, MIND_BODY_ITEMS } from '../items-beliefs';
import { PAIN_ITEMS } from '../items-pain';
import { SAFETY_113_NOTICE } from '../items-stress';

/**
 * The pain module of v2: PIJN1-3 (NPRS) and the activities as in v1; PIJN4
 * names its period and no longer follows the BPI's list of areas.
 */
export const PAIN_ITEMS_V2: readonly InstrumentItem[] = PAIN_ITEMS.map(
  (item) =>
    item.id === 'PIJN4'
      ? moduleItem('pain', {
          id: 'PIJN4',
          text: {
            nl: 'Hoeveel hield de pijn je de afgelopen week tegen bij wat je wilde doen, thuis, op je werk of met anderen?',
            en: 'In the past week, how much did the pain hold you back from what you wanted to do, at home, at work or with others?',
          },
          answer: scale(
            { nl: 'helemaal niet', en: 'not at all' },
            { nl: 'volledig', en: 'completely' },
          ),
          recallPeriod: 'past_week',
          measure: 'interference',
        })
      : item,
);

const belief = (
  id: string,
  text: InstrumentItem['text'],
  reversed = false,
): InstrumentItem =>
  moduleItem('beliefs', {
    id,
    text,
    ...(reversed
      ? {
          help: {
            nl: 'Let op: bij deze uitspraak is 10 helemaal mee eens, dus veel vertrouwen.',
            en: 'Note: for this statement 10 is completely agree, so a lot of confidence.',
          },
        }
      : {}),
    answer: AGREEMENT,
    keying: { kind: reversed ? 'reversed' : 'normal' },
    allowPreferNotToSay: true,
  });

/**
 * Beliefs B1-B4 of v2: the same constructs (pain as damage, fear that
 * movement harms, attention to pain, confidence), worded away from the TSK.
 */
export const BELIEF_ITEMS_V2: readonly InstrumentItem[] = [
  belief('B1', {
    nl: 'Ik denk dat mijn rugpijn komt door schade in mijn rug.',
    en: 'I think my back pain comes from damage in my back.',
  }),
  belief('B2', {
    nl: 'Sommige bewegingen voelen gevaarlijk voor mijn rug.',
    en: 'Some movements feel dangerous for my back.',
  }),
  itemById(BELIEF_ITEMS, 'B3'),
  belief(
    'B4',
    {
      nl: 'Ik heb er vertrouwen in dat mijn pijn kan verminderen.',
      en: "I'm confident my pain can decrease.",
    },
    true,
  ),
];

/** Mind-body indicators of v2: MB1 with the 113 text, MB3 and MB4 plainer. */
export const MIND_BODY_ITEMS_V2: readonly InstrumentItem[] = [
  moduleItem('mind_body', {
    id: 'MB1',
    text: {
      nl: 'Wordt je pijn erger bij stress of emoties?',
      en: 'Does your pain get worse with stress or emotions?',
    },
    answer: YES_NO,
    allowPreferNotToSay: true,
    safetyNotice: SAFETY_113_NOTICE,
  }),
  itemById(MIND_BODY_ITEMS, 'MB2'),
  moduleItem('mind_body', {
    id: 'MB3',
    text: {
      nl: 'Denk aan de tijd dat je rugpijn begon. Had je toen veel spanning of stress?',
      en: 'Think of the time your back pain began. Were you under a lot of tension or stress then?',
    },
    answer: YES_NO,
    allowPreferNotToSay: true,
    recallPeriod: 'none',
  }),
  moduleItem('mind_body', {
    id: 'MB4',
    text: {
      nl: "Komt je pijn vaak op bij een vaste situatie of op een vast moment, zoals bij zitten of 's avonds, ook als je niets zwaars doet?",
      en: 'Does your pain often come on in a set situation or at a set time, such as when sitting or in the evening, even when you are not doing anything heavy?',
    },
    answer: YES_NO,
    allowPreferNotToSay: true,
  }),
];
