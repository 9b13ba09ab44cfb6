import type { DomainId } from '../../domains/domain-ids';
import type { Localized } from '../../i18n/localized';
import type {
  InstrumentItem,
  InstrumentStep,
  RecallPeriod,
  StepKind,
} from '../instrument-types';
import { BELIEF_ITEMS, MIND_BODY_ITEMS } from './items-beliefs';
import { BREATHING_ITEMS } from './items-breathing';
import { HISTORY_ITEMS } from './items-history';
import { IMMUNE_ITEMS } from './items-immune';
import { MOVEMENT_ITEMS } from './items-movement';
import { NUTRITION_ITEMS } from './items-nutrition';
import { PAIN_ITEMS } from './items-pain';
import { PREFERENCE_ITEMS } from './items-preference';
import { RED_FLAG_ITEMS } from './items-red-flags';
import { SLEEP_ITEMS } from './items-sleep';
import { STRESS_ITEMS } from './items-stress';

/** A step with its items, before it is split into step and item lists. */
export interface StepWithItems {
  readonly step: InstrumentStep;
  readonly items: readonly InstrumentItem[];
}

/** A step and its items; v2 builds its changed steps with it too. */
export function step(
  kind: StepKind,
  id: string,
  texts: { title: Localized; intro: Localized },
  recallPeriod: RecallPeriod,
  items: readonly InstrumentItem[],
  domain?: DomainId,
): StepWithItems {
  return {
    step: {
      id,
      kind,
      ...(domain ? { domain } : {}),
      ...texts,
      recallPeriod,
      itemIds: items.map((item) => item.id),
    },
    items,
  };
}

export const STRESS_STEP = step(
  'domain',
  'stress',
  {
    title: { nl: 'Stress en spanning', en: 'Stress and tension' },
    intro: {
      nl: 'Deze vragen gaan over spanning en druk in de afgelopen 2 weken. Er zijn geen goede of foute antwoorden: kies wat het best bij je past.',
      en: 'These questions are about tension and pressure in the past 2 weeks. There are no right or wrong answers: choose what fits you best.',
    },
  },
  'past_2_weeks',
  STRESS_ITEMS,
  'stress',
);

export const BREATHING_STEP = step(
  'domain',
  'breathing',
  {
    title: { nl: 'Ademhaling', en: 'Breathing' },
    intro: {
      nl: 'Hoe ademde je de afgelopen 2 weken? Geef aan wat je merkte; het gaat niet om hoe het zou moeten.',
      en: 'How did you breathe in the past 2 weeks? Tell us what you noticed; this is not about how it should be.',
    },
  },
  'past_2_weeks',
  BREATHING_ITEMS,
  'breathing',
);

export const MOVEMENT_STEP = step(
  'domain',
  'movement',
  {
    title: { nl: 'Beweging', en: 'Movement' },
    intro: {
      nl: 'Deze vragen gaan over bewegen en zitten in een gewone week, en over hoe je lichaam de afgelopen 2 weken voelde.',
      en: 'These questions are about moving and sitting in a normal week, and about how your body felt in the past 2 weeks.',
    },
  },
  'past_2_weeks',
  MOVEMENT_ITEMS,
  'movement',
);

export const NUTRITION_STEP = step(
  'domain',
  'nutrition',
  {
    title: { nl: 'Voeding', en: 'Nutrition' },
    intro: {
      nl: 'Deze vragen gaan over wat en hoe je de afgelopen 2 weken at en dronk. Het gaat om een eerlijk beeld, niet om een oordeel.',
      en: 'These questions are about what and how you ate and drank in the past 2 weeks. We want an honest picture, not a judgement.',
    },
  },
  'past_2_weeks',
  NUTRITION_ITEMS,
  'nutrition',
);

export const SLEEP_STEP = step(
  'domain',
  'sleep',
  {
    title: { nl: 'Slaap', en: 'Sleep' },
    intro: {
      nl: 'Deze vragen gaan over je slaap in de afgelopen 2 weken.',
      en: 'These questions are about your sleep in the past 2 weeks.',
    },
  },
  'past_2_weeks',
  SLEEP_ITEMS,
  'sleep',
);

export const IMMUNE_STEP = step(
  'domain',
  'immune',
  {
    title: { nl: 'Immuunsysteem', en: 'Immune system' },
    intro: {
      nl: 'Deze vragen gaan over ziek zijn, herstellen en je energie. Denk hierbij aan de afgelopen 3 maanden.',
      en: 'These questions are about being ill, recovering and your energy. Think of the past 3 months.',
    },
  },
  'past_3_months',
  IMMUNE_ITEMS,
  'immune',
);

export const PAIN_STEP = step(
  'pain',
  'pain',
  {
    title: { nl: 'Je pijn', en: 'Your pain' },
    intro: {
      nl: 'Hoeveel pijn heb je, en wat gaat er nu moeilijk door? Bij de pijnvragen betekent 0 geen pijn en 10 de ergste pijn die je je kunt voorstellen. Noem daarna tot 3 activiteiten die belangrijk voor je zijn.',
      en: 'How much pain do you have, and what is hard to do because of it? In the pain questions 0 means no pain and 10 the worst pain you can imagine. Then name up to 3 activities that matter to you.',
    },
  },
  'past_week',
  PAIN_ITEMS,
);

export const BELIEFS_STEP = step(
  'beliefs',
  'beliefs',
  {
    title: { nl: 'Hoe jij naar je pijn kijkt', en: 'How you see your pain' },
    intro: {
      nl: 'Iedereen kijkt op een eigen manier naar pijn. Geef bij elke uitspraak aan hoe erg je het ermee eens bent. Daarna volgen een paar vragen over wanneer je pijn opspeelt.',
      en: 'Everyone sees pain in their own way. For each statement, say how much you agree. Then a few questions follow about when your pain flares up.',
    },
  },
  'past_2_weeks',
  [...BELIEF_ITEMS, ...MIND_BODY_ITEMS],
);

export const HISTORY_STEP = step(
  'history',
  'history',
  {
    title: { nl: 'Je voorgeschiedenis', en: 'Your history' },
    intro: {
      nl: 'Een paar vragen over hoe je rugpijn begon en wat je al hebt geprobeerd. Schrijf gerust in je eigen woorden.',
      en: 'A few questions about how your back pain started and what you have tried so far. Feel free to use your own words.',
    },
  },
  'none',
  HISTORY_ITEMS,
);

export const RED_FLAGS_STEP = step(
  'red_flags',
  'red_flags',
  {
    title: {
      nl: 'Belangrijke gezondheidsvragen',
      en: 'Important health questions',
    },
    intro: {
      nl: "Met deze vragen maken we zeker dat er geen andere oorzaak achter je rugpijn zit die eerst door een arts bekeken moet worden. Kies 'ja' als het op dit moment of sinds kort voor je geldt.",
      en: "These questions make sure there is no other cause behind your back pain that a doctor should look at first. Choose 'yes' if it applies to you now or recently.",
    },
  },
  'now',
  RED_FLAG_ITEMS,
);

export const PREFERENCE_STEP = step(
  'preference',
  'preference',
  {
    title: {
      nl: 'Waar wil je beginnen?',
      en: 'Where would you like to start?',
    },
    intro: {
      nl: 'Je bent bijna klaar. Tot slot: bij welk onderwerp zou je zelf het liefst beginnen?',
      en: 'You are almost done. Finally: which topic would you most like to start with?',
    },
  },
  'none',
  PREFERENCE_ITEMS,
);

/** The six domain steps in canonical order. */
export const DOMAIN_STEPS: readonly StepWithItems[] = [
  STRESS_STEP,
  BREATHING_STEP,
  MOVEMENT_STEP,
  NUTRITION_STEP,
  SLEEP_STEP,
  IMMUNE_STEP,
];
