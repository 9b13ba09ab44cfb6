import type { InstrumentItem } from '../instrument-types';
import { FREQUENCY, NONE_GREAT_DEAL, YES_NO, amount, scale } from './anchors';
import { domainItem, flagItem } from './builders';

/** Sleep items SLA1-SLA6 and the sleep-apnoea flag SLA-F (domain.md 4.2). */
export const SLEEP_ITEMS: readonly InstrumentItem[] = [
  domainItem('sleep', {
    id: 'SLA1',
    text: {
      nl: 'Hoeveel moeite kostte het om in slaap te vallen?',
      en: 'How much effort did it take to fall asleep?',
    },
    answer: NONE_GREAT_DEAL,
  }),
  domainItem('sleep', {
    id: 'SLA2',
    text: {
      nl: "Hoe vaak werd je 's nachts wakker en lag je daarna langer dan een kwartier wakker?",
      en: 'How often did you wake at night and then lie awake for more than 15 minutes?',
    },
    answer: scale(
      { nl: 'nooit', en: 'never' },
      { nl: 'elke nacht', en: 'every night' },
    ),
  }),
  domainItem('sleep', {
    id: 'SLA3',
    text: {
      nl: 'Hoe uitgerust voelde je je meestal bij het opstaan?',
      en: 'How rested did you usually feel on getting up?',
    },
    answer: scale(
      { nl: 'helemaal niet', en: 'not at all' },
      { nl: 'volledig', en: 'fully' },
    ),
    keying: { kind: 'reversed' },
  }),
  domainItem('sleep', {
    id: 'SLA4',
    text: {
      nl: 'Hoeveel uur slaap je gemiddeld per nacht (echt slapen, niet alleen in bed liggen)?',
      en: 'On average, how many hours do you actually sleep per night (sleeping, not just lying in bed)?',
    },
    answer: amount({ nl: 'uur per nacht', en: 'hours a night' }, 0, 24, false),
    keying: { kind: 'mapping', mapping: 'sleep_hours_per_night' },
  }),
  domainItem('sleep', {
    id: 'SLA5',
    text: {
      nl: 'Hoe vaak werd je wakker door pijn?',
      en: 'How often were you woken by pain?',
    },
    answer: FREQUENCY,
  }),
  domainItem('sleep', {
    id: 'SLA6',
    text: {
      nl: 'Hoeveel last had je overdag van slaperigheid of vermoeidheid door slecht slapen?',
      en: 'How much were you bothered during the day by sleepiness or tiredness from poor sleep?',
    },
    answer: NONE_GREAT_DEAL,
  }),
  flagItem('sleep', {
    id: 'SLA-F',
    text: {
      nl: "Heeft iemand gemerkt dat je hard snurkt of 's nachts even stopt met ademen?",
      en: 'Has anyone noticed you snoring loudly or briefly stopping breathing at night?',
    },
    answer: YES_NO,
    redFlag: {
      condition: 'sleep_apnoea',
      urgency: 'advice',
      label: {
        nl: 'Hard snurken of ademstops: overweeg huisarts (slaapapneu)',
        en: 'Loud snoring or pauses in breathing: consider GP (sleep apnoea)',
      },
    },
  }),
];
