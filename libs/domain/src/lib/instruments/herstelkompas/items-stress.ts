import type { InstrumentItem } from '../instrument-types';
import { FREQUENCY, NOT_AT_ALL_VERY_STRONGLY, scale } from './anchors';
import { domainItem } from './builders';

/** Shown beside STR6: emotional items get the 113 safety text (domain.md 3). */
export const SAFETY_113_NOTICE = {
  nl: 'Heb je last van sombere gedachten of denk je aan zelfdoding? Praat erover. Bel 113 Zelfmoordpreventie via 113 of gratis via 0800-0113, of chat op 113.nl. Ook je huisarts helpt je verder.',
  en: 'Troubled by dark thoughts or thinking about suicide? Talk about it. Call 113 Suicide Prevention on 113 or free on 0800-0113, or chat at 113.nl. Your GP can help you too.',
} as const;

/** Stress items STR1-STR6 (domain.md 4.2), in "je" form. */
export const STRESS_ITEMS: readonly InstrumentItem[] = [
  domainItem('stress', {
    id: 'STR1',
    text: {
      nl: 'Hoe vaak voelde je je opgejaagd of overbelast?',
      en: 'How often did you feel rushed or overloaded?',
    },
    answer: FREQUENCY,
  }),
  domainItem('stress', {
    id: 'STR2',
    text: {
      nl: 'Hoe moeilijk was het om echt te ontspannen of uit te schakelen, ook als er niets hoefde?',
      en: 'How hard was it to truly relax or switch off, even when nothing needed doing?',
    },
    answer: scale(
      { nl: 'niet moeilijk', en: 'not hard' },
      { nl: 'onmogelijk', en: 'impossible' },
    ),
  }),
  domainItem('stress', {
    id: 'STR3',
    text: {
      nl: 'Hoe vaak voelde je je gespannen of op je hoede, alsof er elk moment iets mis kon gaan?',
      en: 'How often did you feel tense or on guard, as if something could go wrong at any moment?',
    },
    answer: FREQUENCY,
  }),
  domainItem('stress', {
    id: 'STR4',
    text: {
      nl: 'In welke mate leg je de lat voor jezelf zo hoog dat het je onder druk zet?',
      en: 'To what extent do you set such high standards for yourself that it puts you under pressure?',
    },
    answer: NOT_AT_ALL_VERY_STRONGLY,
  }),
  domainItem('stress', {
    id: 'STR5',
    text: {
      nl: 'Hoe vaak houd je gevoelens als boosheid, verdriet of angst voor jezelf, terwijl ze er wel zijn?',
      en: 'How often do you keep feelings such as anger, sadness or fear to yourself, even though they are there?',
    },
    answer: FREQUENCY,
  }),
  domainItem('stress', {
    id: 'STR6',
    text: {
      nl: 'In welke mate houden ingrijpende ervaringen uit het verleden je nog bezig?',
      en: 'To what extent are you still preoccupied by difficult experiences from the past?',
    },
    help: {
      nl: 'Deze vraag is persoonlijk. Je mag hem overslaan of "wil ik liever niet zeggen" kiezen.',
      en: 'This question is personal. You may skip it or choose "prefer not to say".',
    },
    answer: NOT_AT_ALL_VERY_STRONGLY,
    safetyNotice: SAFETY_113_NOTICE,
  }),
];
