import type { Localized } from '../../../i18n/localized';
import {
  HISTORY_STEP,
  PREFERENCE_STEP,
  step,
  type StepWithItems,
} from '../steps';
import {
  BREATHING_ITEMS_V2,
  IMMUNE_ITEMS_V2,
  MOVEMENT_ITEMS_V2,
  NUTRITION_ITEMS_V2,
  SLEEP_ITEMS_V2,
  STRESS_ITEMS_V2,
} from './domain-items';
import {
  BELIEF_ITEMS_V2,
  MIND_BODY_ITEMS_V2,
  PAIN_ITEMS_V2,
} from './pain-items';
import { FOLLOW_UP_RED_FLAG_ITEMS_V2, RED_FLAG_ITEMS_V2 } from './red-flags';

const RED_FLAGS_TITLE: Localized = {
  nl: 'Eerst een paar gezondheidsvragen',
  en: 'First, a few health questions',
};

/** The first step of the first questionnaire (domain.md 3, product rules). */
export const RED_FLAGS_STEP_V2 = step(
  'red_flags',
  'red_flags',
  {
    title: RED_FLAGS_TITLE,
    intro: {
      nl: 'We beginnen met vragen over klachten die soms een andere oorzaak hebben. Ze helpen ons na te gaan of een arts eerst moet meekijken. Bij elke vraag staat over welke tijd het gaat.',
      en: 'We start with questions about symptoms that sometimes have another cause. They help us check whether a doctor should look first. Each question says which period it is about.',
    },
  },
  'none',
  RED_FLAG_ITEMS_V2,
);

/** The first step of a follow-up: history items ask what is new. */
export const FOLLOW_UP_RED_FLAGS_STEP_V2 = step(
  'red_flags',
  'red_flags',
  {
    title: RED_FLAGS_TITLE,
    intro: {
      nl: "We beginnen weer met deze vragen. Ze helpen ons na te gaan of een arts eerst moet meekijken. 'Sinds de vorige keer' betekent: sinds je deze vragenlijst de vorige keer invulde.",
      en: "We start again with these questions. They help us check whether a doctor should look first. 'Since last time' means: since you last filled in this questionnaire.",
    },
  },
  'none',
  FOLLOW_UP_RED_FLAG_ITEMS_V2,
);

const TWO_WEEKS = {
  nl: 'Denk bij elke vraag aan de afgelopen 2 weken.',
  en: 'For each question, think of the past 2 weeks.',
};

export const DOMAIN_STEPS_V2: readonly StepWithItems[] = [
  step(
    'domain',
    'stress',
    {
      title: { nl: 'Stress en spanning', en: 'Stress and tension' },
      intro: {
        nl: `Deze vragen gaan over spanning en druk. ${TWO_WEEKS.nl} Er zijn geen goede of foute antwoorden: kies wat het best bij je past.`,
        en: `These questions are about tension and pressure. ${TWO_WEEKS.en} There are no right or wrong answers: choose what fits you best.`,
      },
    },
    'past_2_weeks',
    STRESS_ITEMS_V2,
    'stress',
  ),
  step(
    'domain',
    'breathing',
    {
      title: { nl: 'Ademhaling', en: 'Breathing' },
      intro: {
        nl: `Hoe ademde je? ${TWO_WEEKS.nl} Geef aan wat je merkte; het gaat niet om hoe het zou moeten.`,
        en: `How did you breathe? ${TWO_WEEKS.en} Tell us what you noticed; this is not about how it should be.`,
      },
    },
    'past_2_weeks',
    BREATHING_ITEMS_V2,
    'breathing',
  ),
  step(
    'domain',
    'movement',
    {
      title: { nl: 'Beweging', en: 'Movement' },
      intro: {
        nl: `Deze vragen gaan over bewegen en zitten, en over hoe je lichaam voelde. ${TWO_WEEKS.nl}`,
        en: `These questions are about moving and sitting, and about how your body felt. ${TWO_WEEKS.en}`,
      },
    },
    'past_2_weeks',
    MOVEMENT_ITEMS_V2,
    'movement',
  ),
  step(
    'domain',
    'nutrition',
    {
      title: { nl: 'Voeding', en: 'Nutrition' },
      intro: {
        nl: `Deze vragen gaan over wat en hoe je at en dronk. ${TWO_WEEKS.nl} Het gaat om een eerlijk beeld, niet om een oordeel.`,
        en: `These questions are about what and how you ate and drank. ${TWO_WEEKS.en} We want an honest picture, not a judgement.`,
      },
    },
    'past_2_weeks',
    NUTRITION_ITEMS_V2,
    'nutrition',
  ),
  step(
    'domain',
    'sleep',
    {
      title: { nl: 'Slaap', en: 'Sleep' },
      intro: {
        nl: `Deze vragen gaan over je slaap. ${TWO_WEEKS.nl}`,
        en: `These questions are about your sleep. ${TWO_WEEKS.en}`,
      },
    },
    'past_2_weeks',
    SLEEP_ITEMS_V2,
    'sleep',
  ),
  step(
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
    IMMUNE_ITEMS_V2,
    'immune',
  ),
];

export const PAIN_STEP_V2 = step(
  'pain',
  'pain',
  {
    title: { nl: 'Je pijn', en: 'Your pain' },
    intro: {
      nl: 'Hoeveel pijn heb je, en wat gaat er moeilijk door? Bij de pijnvragen betekent 0 geen pijn en 10 de ergste pijn die je je kunt voorstellen. Bij elke vraag staat over welke tijd het gaat. Noem daarna tot 3 activiteiten die belangrijk voor je zijn.',
      en: 'How much pain do you have, and what is hard to do because of it? In the pain questions 0 means no pain and 10 the worst pain you can imagine. Each question says which period it is about. Then name up to 3 activities that matter to you.',
    },
  },
  'past_week',
  PAIN_ITEMS_V2,
);

export const BELIEFS_STEP_V2 = step(
  'beliefs',
  'beliefs',
  {
    title: { nl: 'Hoe jij naar je pijn kijkt', en: 'How you see your pain' },
    intro: {
      nl: 'Iedereen kijkt op een eigen manier naar pijn. Geef bij elke uitspraak aan hoe erg je het ermee eens bent, en denk daarbij aan de afgelopen 2 weken. Daarna volgen een paar vragen over wanneer je pijn opspeelt en hoe hij begon.',
      en: 'Everyone sees pain in their own way. For each statement, say how much you agree, thinking of the past 2 weeks. Then a few questions follow about when your pain flares up and how it began.',
    },
  },
  'past_2_weeks',
  [...BELIEF_ITEMS_V2, ...MIND_BODY_ITEMS_V2],
);

/** Unchanged from v1: the same step. */
export const HISTORY_STEP_V2 = HISTORY_STEP;

/** Unchanged from v1: the same step. */
export const PREFERENCE_STEP_V2 = PREFERENCE_STEP;
