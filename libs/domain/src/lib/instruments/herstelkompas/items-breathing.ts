import type { InstrumentItem } from '../instrument-types';
import { FREQUENCY } from './anchors';
import { domainItem } from './builders';

/** Shown beside ADM5: these symptoms can also have a heart or lung cause. */
export const BREATHING_MEDICAL_CHECK_NOTICE = {
  nl: 'Heb je pijn of een drukkend gevoel op je borst, of ben je flauwgevallen? Laat dat dan eerst door je huisarts nakijken.',
  en: 'Do you have pain or pressure in your chest, or have you fainted? Then have your GP check this first.',
} as const;

/** Breathing items ADM1-ADM5 (domain.md 4.2), in "je" form. */
export const BREATHING_ITEMS: readonly InstrumentItem[] = [
  domainItem('breathing', {
    id: 'ADM1',
    text: {
      nl: 'Hoe vaak had je het gevoel dat je niet diep genoeg kon doorademen of lucht tekortkwam, terwijl je je niet inspande?',
      en: "How often did you feel you couldn't take a satisfying deep breath, or were short of air, while not exerting yourself?",
    },
    answer: FREQUENCY,
  }),
  domainItem('breathing', {
    id: 'ADM2',
    text: {
      nl: 'Hoe vaak merkte je dat je veel zuchtte of gaapte?',
      en: 'How often did you notice yourself sighing or yawning a lot?',
    },
    answer: FREQUENCY,
  }),
  domainItem('breathing', {
    id: 'ADM3',
    text: {
      nl: 'Hoe vaak ademde je overdag door je mond in plaats van door je neus?',
      en: 'How often did you breathe through your mouth rather than your nose during the day?',
    },
    answer: FREQUENCY,
  }),
  domainItem('breathing', {
    id: 'ADM4',
    text: {
      nl: 'Hoe vaak merkte je dat je je adem inhield of hoog in je borst ademde bij spanning of concentratie?',
      en: 'How often did you notice yourself holding your breath or breathing high in your chest when tense or concentrating?',
    },
    answer: FREQUENCY,
  }),
  domainItem('breathing', {
    id: 'ADM5',
    text: {
      nl: 'Hoe vaak had je een licht gevoel in je hoofd of tintelingen (in je handen of rond je mond) bij spanning?',
      en: 'How often did you feel light-headed or tingly (in your hands or around your mouth) when tense?',
    },
    answer: FREQUENCY,
    safetyNotice: BREATHING_MEDICAL_CHECK_NOTICE,
  }),
];
