import type { Localized } from '../i18n/localized';
import type {
  RedFlagCondition,
  RedFlagUrgency,
} from '../instruments/instrument-types';

/** The first line of every urgent instruction: one action, now. */
const CALL_NOW: Localized = {
  nl: 'Bel nu je huisarts (avond, nacht of weekend: de huisartsenpost). Vertel welke vraag je met ja hebt beantwoord.',
  en: "Call your GP now (evenings, nights and weekends: the out-of-hours GP service). Say which question you answered 'yes' to.",
};

/** Urgent symptom clusters, each with its own concrete 112 triggers. */
export type UrgentCluster = 'nerves' | 'vascular' | 'infection' | 'other';

/** When to call 112 instead, per urgent cluster (concrete, not "ernstig"). */
export const URGENT_112_TRIGGERS: Readonly<Record<UrgentCluster, Localized>> = {
  nerves: {
    nl: 'Bel 112 als je je benen niet meer goed kunt bewegen, of als je helemaal niet meer kunt plassen.',
    en: 'Call 112 if you can no longer move your legs properly, or if you cannot pass urine at all.',
  },
  vascular: {
    nl: 'Bel 112 als de pijn in je buik of rug heel hevig is of erger wordt, als je flauwvalt of bijna flauwvalt, of als je bleek, klam en duizelig wordt.',
    en: 'Call 112 if the pain in your belly or back is very severe or getting worse, if you faint or nearly faint, or if you turn pale, clammy and dizzy.',
  },
  infection: {
    nl: 'Bel 112 als je snel zieker wordt, suf of verward raakt, moeilijk ademt, of als je benen slap of gevoelloos worden.',
    en: 'Call 112 if you quickly get more ill, become drowsy or confused, find it hard to breathe, or if your legs become weak or numb.',
  },
  other: {
    nl: 'Bel 112 bij plotselinge, heel hevige pijn in je buik of rug, als je flauwvalt, of als je je benen niet meer goed kunt bewegen.',
    en: 'Call 112 with sudden, very severe pain in your belly or back, if you faint, or if you can no longer move your legs properly.',
  },
};

/** Which urgent cluster a suspected condition belongs to. */
export function urgentClusterOf(condition: RedFlagCondition): UrgentCluster {
  switch (condition) {
    case 'cauda_equina':
    case 'neurological_deficit':
      return 'nerves';
    case 'vascular':
      return 'vascular';
    case 'infection':
      return 'infection';
    default:
      return 'other';
  }
}

/** The call-now line followed by the 112 triggers of each cluster given. */
export function urgentInstruction(
  clusters: readonly UrgentCluster[],
): Localized {
  const lines = [CALL_NOW, ...clusters.map((c) => URGENT_112_TRIGGERS[c])];
  return {
    nl: lines.map((line) => line.nl).join(' '),
    en: lines.map((line) => line.en).join(' '),
  };
}

/**
 * The general urgent instruction, for an urgent flag outside the named
 * clusters (and as the reference wording): call the GP now, with concrete 112
 * triggers. Never "vandaag nog" and never a "next appointment" line.
 */
export const URGENT_CLIENT_INSTRUCTION: Localized = urgentInstruction([
  'other',
]);

/**
 * The calm line for the client when a flag needs the GP's review but is not
 * urgent: no alarm, no reassurance that cannot be given, one next step.
 */
export const GP_REVIEW_CLIENT_NOTE: Localized = {
  nl: 'Een paar van je antwoorden wil je behandelaar eerst met je bespreken. Je behandelaar neemt contact met je op.',
  en: 'Your practitioner would like to talk with you about some of your answers first. Your practitioner will contact you.',
};

/**
 * Reassurance after the red-flag screen, only when no red flag was answered
 * "yes" (domain.md 3: never before the screen).
 */
export const AFTER_SCREEN_REASSURANCE: Localized = {
  nl: 'Bij de meeste mensen met langdurige rugpijn is er geen gevaarlijke oorzaak. Je antwoorden geven op dit moment geen reden om eerst een arts te laten meekijken.',
  en: 'For most people with long-lasting back pain there is no dangerous cause. Your answers give no reason at this moment to have a doctor look first.',
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
    nl: 'Urgent: nu huisarts of huisartsenpost',
    en: 'Urgent: GP or out-of-hours GP service now',
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
  worsening_despite_care: {
    nl: 'Verslechtering ondanks begeleiding',
    en: 'Worsening despite care',
  },
  gut_feeling: { nl: 'Niet-pluisgevoel', en: 'Gut feeling' },
};
