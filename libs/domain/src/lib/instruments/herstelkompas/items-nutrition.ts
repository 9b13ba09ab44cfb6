import type { InstrumentItem } from '../instrument-types';
import { FREQUENCY, amount, scale } from './anchors';
import { domainItem } from './builders';

/**
 * Nutrition items VOE1-VOE6 (domain.md 4.2), in "je" form. Neutral wording in
 * line with the Richtlijnen goede voeding 2015.
 */
export const NUTRITION_ITEMS: readonly InstrumentItem[] = [
  domainItem('nutrition', {
    id: 'VOE1',
    text: {
      nl: 'Hoe regelmatig en rustig eet je (op vaste momenten, zonder maaltijden over te slaan door drukte)?',
      en: 'How regular and unhurried is your eating (at set times, without skipping meals when busy)?',
    },
    answer: scale(
      { nl: 'zeer onregelmatig', en: 'very irregular' },
      { nl: 'zeer regelmatig', en: 'very regular' },
    ),
    keying: { kind: 'reversed' },
  }),
  domainItem('nutrition', {
    id: 'VOE2',
    text: {
      nl: 'Hoeveel porties groente en fruit eet je gemiddeld per dag?',
      en: 'How many portions of vegetables and fruit do you eat per day on average?',
    },
    help: {
      nl: '1 portie is ongeveer een handvol groente of 1 stuk fruit.',
      en: '1 portion is about a handful of vegetables or 1 piece of fruit.',
    },
    answer: amount(
      { nl: 'porties per dag', en: 'portions a day' },
      0,
      20,
      false,
    ),
    keying: { kind: 'mapping', mapping: 'fruit_veg_portions_per_day' },
  }),
  domainItem('nutrition', {
    id: 'VOE3',
    text: {
      nl: 'Hoe vaak eet of drink je sterk bewerkte producten, snoep, koek, chips of suikerhoudende dranken?',
      en: 'How often do you eat or drink highly processed foods, sweets, biscuits, crisps or sugary drinks?',
    },
    answer: scale(
      { nl: '(bijna) nooit', en: '(almost) never' },
      { nl: 'meerdere keren per dag', en: 'several times a day' },
    ),
  }),
  domainItem('nutrition', {
    id: 'VOE4',
    text: {
      nl: 'Hoeveel glazen alcohol drink je gemiddeld per week?',
      en: 'How many glasses of alcohol do you drink per week on average?',
    },
    answer: amount(
      { nl: 'glazen per week', en: 'glasses a week' },
      0,
      100,
      true,
    ),
    keying: { kind: 'mapping', mapping: 'alcohol_glasses_per_week' },
  }),
  domainItem('nutrition', {
    id: 'VOE5',
    text: {
      nl: 'Hoe vaak heb je last van je spijsvertering (een opgeblazen gevoel, buikpijn, onregelmatige stoelgang)?',
      en: 'How often are you bothered by your digestion (bloating, abdominal pain, irregular bowel movements)?',
    },
    answer: FREQUENCY,
  }),
  domainItem('nutrition', {
    id: 'VOE6',
    text: {
      nl: 'Hoe vaak eet je anders (meer, sneller of juist niet) door spanning of emoties?',
      en: 'How often do you eat differently (more, faster or not at all) because of tension or emotions?',
    },
    answer: FREQUENCY,
  }),
];
