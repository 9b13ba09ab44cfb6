import type { Localized } from '../i18n/localized';
import type {
  RedFlagCondition,
  RedFlagUrgency,
} from '../instruments/instrument-types';

/**
 * The instruction shown to the client at submission when an urgent red flag
 * is answered: clear, direct, one action (ui.md). The web shows exactly this.
 */
export const URGENT_CLIENT_INSTRUCTION: Localized = {
  nl: 'Neem vandaag nog contact op met je huisarts of de huisartsenpost. Bij ernstige klachten: bel 112.',
  en: 'Contact your GP or the out-of-hours GP service today. If your symptoms are severe: call 112.',
};

/** Urgencies from most to least urgent. */
export const URGENCY_ORDER: readonly RedFlagUrgency[] = [
  'urgent_same_day',
  'gp_review',
  'advice',
];

/** How the practitioner sees each urgency. */
export const URGENCY_LABELS: Readonly<Record<RedFlagUrgency, Localized>> = {
  urgent_same_day: {
    nl: 'Vandaag nog: huisarts of huisartsenpost',
    en: 'Same day: GP or out-of-hours GP service',
  },
  gp_review: { nl: 'Overleg met de huisarts', en: 'Review with the GP' },
  advice: { nl: 'Advies', en: 'Advice' },
};

/** The suspected conditions, for grouping and the referrer report. */
export const RED_FLAG_CONDITION_LABELS: Readonly<
  Record<RedFlagCondition, Localized>
> = {
  cauda_equina: { nl: 'Cauda-equinasyndroom', en: 'Cauda equina syndrome' },
  neurological_deficit: {
    nl: 'Toenemende neurologische uitval',
    en: 'Progressive neurological deficit',
  },
  infection: { nl: 'Infectie', en: 'Infection' },
  malignancy: { nl: 'Maligniteit', en: 'Malignancy' },
  fracture: { nl: 'Wervelfractuur', en: 'Vertebral fracture' },
  inflammatory: {
    nl: 'Ontstekingsbeeld (axiale spondyloartritis)',
    en: 'Inflammatory pattern (axial spondyloarthritis)',
  },
  vascular: { nl: 'Vasculair of visceraal', en: 'Vascular or visceral' },
  sleep_apnoea: { nl: 'Slaapapneu', en: 'Sleep apnoea' },
  unexplained_symptoms: {
    nl: 'Onverklaarde algemene klachten',
    en: 'Unexplained general symptoms',
  },
  gut_feeling: { nl: 'Niet-pluisgevoel', en: 'Gut feeling' },
};
