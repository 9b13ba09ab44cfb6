import type { InstrumentItem } from '../instrument-types';
import { AGREEMENT, YES_NO } from './anchors';
import { moduleItem } from './builders';

/**
 * Pain beliefs B1-B4 (domain.md 4.2), scored as the "pijnopvattingen"
 * sub-score. B1 ("pain means damage") is the key process target of PRT.
 */
export const BELIEF_ITEMS: readonly InstrumentItem[] = [
  moduleItem('beliefs', {
    id: 'B1',
    text: {
      nl: 'Mijn pijn betekent dat er iets beschadigd is in mijn rug.',
      en: 'My pain means something is damaged in my back.',
    },
    answer: AGREEMENT,
    keying: { kind: 'normal' },
    allowPreferNotToSay: true,
  }),
  moduleItem('beliefs', {
    id: 'B2',
    text: {
      nl: 'Ik ben bang dat bepaalde bewegingen mijn rug (verder) beschadigen.',
      en: "I'm afraid certain movements will (further) damage my back.",
    },
    answer: AGREEMENT,
    keying: { kind: 'normal' },
    allowPreferNotToSay: true,
  }),
  moduleItem('beliefs', {
    id: 'B3',
    text: {
      nl: 'Mijn aandacht gaat steeds weer naar mijn pijn.',
      en: 'My attention keeps going back to my pain.',
    },
    answer: AGREEMENT,
    keying: { kind: 'normal' },
    allowPreferNotToSay: true,
  }),
  moduleItem('beliefs', {
    id: 'B4',
    text: {
      nl: 'Ik heb er vertrouwen in dat mijn pijn kan verminderen.',
      en: "I'm confident my pain can decrease.",
    },
    answer: AGREEMENT,
    keying: { kind: 'reversed' },
    allowPreferNotToSay: true,
  }),
];

/**
 * Mind-body indicators (domain.md 4.2): informational, counted, never a
 * disturbance score. Shown to practitioners as "aanwijzingen voor
 * neuroplastische pijn (geen diagnose)".
 */
export const MIND_BODY_ITEMS: readonly InstrumentItem[] = [
  moduleItem('mind_body', {
    id: 'MB1',
    text: {
      nl: 'Wordt je pijn erger bij stress of emoties?',
      en: 'Does your pain get worse with stress or emotions?',
    },
    answer: YES_NO,
    allowPreferNotToSay: true,
  }),
  moduleItem('mind_body', {
    id: 'MB2',
    text: {
      nl: 'Verandert je pijn van plek of sterkte, of is hij er soms even helemaal niet?',
      en: 'Does your pain move around or change in strength, or is it sometimes gone for a while?',
    },
    answer: YES_NO,
    allowPreferNotToSay: true,
  }),
  moduleItem('mind_body', {
    id: 'MB3',
    text: {
      nl: 'Begon je pijn in een periode waarin je veel spanning of stress had?',
      en: 'Did your pain start during a period of a lot of tension or stress?',
    },
    answer: YES_NO,
    allowPreferNotToSay: true,
  }),
  moduleItem('mind_body', {
    id: 'MB4',
    text: {
      nl: 'Komt je pijn vaak op door bepaalde situaties (zoals zitten of een bepaald moment van de dag), meer dan door hoe zwaar je je belast?',
      en: 'Is your pain often set off by certain situations (such as sitting or a time of day) more than by how much load you take on?',
    },
    answer: YES_NO,
    allowPreferNotToSay: true,
  }),
];
