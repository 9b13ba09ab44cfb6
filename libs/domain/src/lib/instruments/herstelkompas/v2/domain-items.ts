import type { Localized } from '../../../i18n/localized';
import type { InstrumentItem } from '../../instrument-types';
import {
  FREQUENCY,
  NONE_GREAT_DEAL,
  NOT_AT_ALL_VERY_STRONGLY,
  YES_NO,
  amount,
  scale,
} from '../anchors';
import { domainItem, flagItem, itemById } from '../builders';
import { BREATHING_ITEMS } from '../items-breathing';
import { FEVER_ITEM_ID, IMMUNE_ITEMS } from '../items-immune';
import { SLEEP_ITEMS } from '../items-sleep';
import { SAFETY_113_NOTICE, STRESS_ITEMS } from '../items-stress';

/**
 * Domain items of v2 (domain.md 4.2 after the clinical review): the same
 * constructs, keying and answer formats as v1, so the scoring of section 4.3
 * is unchanged; wording in the past tense of the step's recall period, one
 * question per item, and further from licensed instruments (ISI, PSQI, DASS,
 * STOP-Bang). Unchanged items are the v1 objects themselves.
 */

const unchanged = itemById;

/** Under a reversed item: where the good end of the scale is. */
const reversedHint = (nl: string, en: string): Localized => ({
  nl: `Let op: bij deze vraag is ${nl}.`,
  en: `Note: for this question ${en}.`,
});

/** Beside ADM1 and ADM5: breathing symptoms can have a heart or lung cause. */
export const BREATHING_MEDICAL_NOTICE_V2: Localized = {
  nl: 'Heb je nu pijn of een drukkend gevoel op je borst? Bel dan 112. Ben je kortademig in rust, ben je flauwgevallen of heb je vaker pijn op je borst? Laat dat dan eerst door je huisarts nakijken.',
  en: 'Do you have pain or pressure in your chest right now? Then call 112. Are you short of breath at rest, have you fainted, or do you often have chest pain? Then have your GP check this first.',
};

export const STRESS_ITEMS_V2: readonly InstrumentItem[] = [
  unchanged(STRESS_ITEMS, 'STR1'),
  domainItem('stress', {
    id: 'STR2',
    text: {
      nl: "Hoe vaak bleef je lichaam of je hoofd 'aan' staan, ook op momenten dat er niets hoefde?",
      en: "How often did your body or mind stay 'switched on', even at moments when nothing needed doing?",
    },
    answer: FREQUENCY,
  }),
  unchanged(STRESS_ITEMS, 'STR3'),
  domainItem('stress', {
    id: 'STR4',
    text: {
      nl: 'Hoe sterk legde je de lat voor jezelf zo hoog dat het je onder druk zette?',
      en: 'How strongly did you set such high standards for yourself that it put you under pressure?',
    },
    answer: NOT_AT_ALL_VERY_STRONGLY,
  }),
  domainItem('stress', {
    id: 'STR5',
    text: {
      nl: 'Hoe vaak hield je gevoelens als boosheid, verdriet of angst voor jezelf, terwijl ze er wel waren?',
      en: 'How often did you keep feelings such as anger, sadness or fear to yourself, even though they were there?',
    },
    answer: FREQUENCY,
    safetyNotice: SAFETY_113_NOTICE,
  }),
  domainItem('stress', {
    id: 'STR6',
    text: {
      nl: 'Hoe sterk hielden ingrijpende ervaringen uit het verleden je bezig?',
      en: 'How strongly were you preoccupied by difficult experiences from the past?',
    },
    help: {
      nl: 'Deze vraag is persoonlijk. Je mag hem overslaan of "wil ik liever niet zeggen" kiezen.',
      en: 'This question is personal. You may skip it or choose "prefer not to say".',
    },
    answer: NOT_AT_ALL_VERY_STRONGLY,
    safetyNotice: SAFETY_113_NOTICE,
  }),
];

export const BREATHING_ITEMS_V2: readonly InstrumentItem[] = [
  domainItem('breathing', {
    id: 'ADM1',
    text: {
      nl: 'Hoe vaak had je het gevoel dat je niet diep genoeg kon doorademen, terwijl je rustig zat of lag?',
      en: "How often did you feel you couldn't breathe in deeply enough, while sitting or lying quietly?",
    },
    answer: FREQUENCY,
    safetyNotice: BREATHING_MEDICAL_NOTICE_V2,
  }),
  unchanged(BREATHING_ITEMS, 'ADM2'),
  unchanged(BREATHING_ITEMS, 'ADM3'),
  domainItem('breathing', {
    id: 'ADM4',
    text: {
      nl: 'Hoe vaak merkte je dat je je adem inhield als je gespannen was?',
      en: 'How often did you notice yourself holding your breath when you were tense?',
    },
    answer: FREQUENCY,
  }),
  domainItem('breathing', {
    id: 'ADM5',
    text: {
      nl: 'Hoe vaak had je tintelingen in je handen of rond je mond als je gespannen was?',
      en: 'How often did you have tingling in your hands or around your mouth when you were tense?',
    },
    answer: FREQUENCY,
    safetyNotice: BREATHING_MEDICAL_NOTICE_V2,
  }),
];

export const MOVEMENT_ITEMS_V2: readonly InstrumentItem[] = [
  domainItem('movement', {
    id: 'BEW1',
    text: {
      nl: 'Op hoeveel dagen per week was je minstens 30 minuten actief op een manier waarbij je ademhaling wat sneller ging (bijvoorbeeld stevig wandelen of fietsen)?',
      en: 'On how many days a week were you active for at least 30 minutes in a way that made you breathe a little faster (for example brisk walking or cycling)?',
    },
    answer: amount({ nl: 'dagen per week', en: 'days a week' }, 0, 7, true),
    keying: { kind: 'mapping', mapping: 'active_days_per_week' },
  }),
  domainItem('movement', {
    id: 'BEW2',
    text: {
      nl: 'Hoeveel uur per dag zat je gemiddeld (werk, vervoer, schermen)?',
      en: 'On average, how many hours a day did you sit (work, travel, screens)?',
    },
    answer: amount({ nl: 'uur per dag', en: 'hours a day' }, 0, 24, false),
    keying: { kind: 'mapping', mapping: 'sitting_hours_per_day' },
  }),
  domainItem('movement', {
    id: 'BEW3',
    text: {
      nl: 'Hoe vaak per week deed je iets voor je spierkracht (bijvoorbeeld krachttraining, traplopen of squats)?',
      en: 'How many times a week did you do something for muscle strength (for example strength training, stairs or squats)?',
    },
    answer: amount({ nl: 'keer per week', en: 'times a week' }, 0, 21, true),
    keying: { kind: 'mapping', mapping: 'strength_sessions_per_week' },
  }),
  domainItem('movement', {
    id: 'BEW4',
    text: {
      nl: 'Hoe sterk vermeed je bewegingen of activiteiten, uit angst dat je rug erger zou worden?',
      en: 'How strongly did you avoid movements or activities for fear your back would get worse?',
    },
    answer: scale(
      { nl: 'helemaal niet', en: 'not at all' },
      { nl: 'volledig', en: 'completely' },
    ),
  }),
  domainItem('movement', {
    id: 'BEW5',
    text: {
      nl: "Hoe stijf of 'vast' voelde je lichaam meestal?",
      en: "How stiff or 'locked up' did your body usually feel?",
    },
    answer: scale(
      { nl: 'soepel', en: 'supple' },
      { nl: 'heel stijf', en: 'very stiff' },
    ),
  }),
  domainItem('movement', {
    id: 'BEW6',
    text: {
      nl: 'Hoeveel vertrouwen had je erin dat bewegen goed is voor je rug?',
      en: 'How confident were you that moving is good for your back?',
    },
    help: reversedHint(
      '10 veel vertrouwen en 0 geen vertrouwen',
      '10 is complete confidence and 0 none',
    ),
    answer: scale(
      { nl: 'geen vertrouwen', en: 'not at all confident' },
      { nl: 'volledig vertrouwen', en: 'completely confident' },
    ),
    keying: { kind: 'reversed' },
  }),
];

export const NUTRITION_ITEMS_V2: readonly InstrumentItem[] = [
  domainItem('nutrition', {
    id: 'VOE1',
    text: {
      nl: 'Hoe regelmatig at je: op vaste momenten, zonder maaltijden over te slaan?',
      en: 'How regularly did you eat: at set times, without skipping meals?',
    },
    help: reversedHint(
      '10 heel regelmatig en 0 heel onregelmatig',
      '10 is very regular and 0 very irregular',
    ),
    answer: scale(
      { nl: 'heel onregelmatig', en: 'very irregular' },
      { nl: 'heel regelmatig', en: 'very regular' },
    ),
    keying: { kind: 'reversed' },
  }),
  domainItem('nutrition', {
    id: 'VOE2',
    text: {
      nl: 'Hoeveel porties groente en fruit at je gemiddeld per dag?',
      en: 'How many portions of vegetables and fruit did you eat per day on average?',
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
      nl: 'Hoe vaak at of dronk je sterk bewerkte producten, snoep, koek, chips of suikerhoudende dranken?',
      en: 'How often did you eat or drink highly processed foods, sweets, biscuits, crisps or sugary drinks?',
    },
    help: {
      nl: 'Het midden van de schaal (5) is ongeveer 1 keer per dag.',
      en: 'The middle of the scale (5) is about once a day.',
    },
    answer: scale(
      { nl: '(bijna) nooit', en: '(almost) never' },
      { nl: 'meerdere keren per dag', en: 'several times a day' },
    ),
  }),
  domainItem('nutrition', {
    id: 'VOE4',
    text: {
      nl: 'Hoeveel glazen alcohol dronk je gemiddeld per week?',
      en: 'How many glasses of alcohol did you drink per week on average?',
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
      nl: 'Hoe vaak had je last van je spijsvertering (een opgeblazen gevoel, buikpijn of een onregelmatige stoelgang)?',
      en: 'How often were you bothered by your digestion (bloating, abdominal pain or irregular bowel movements)?',
    },
    answer: FREQUENCY,
  }),
  domainItem('nutrition', {
    id: 'VOE6',
    text: {
      nl: 'Hoe vaak at je anders (meer, sneller of juist niet) door spanning of emoties?',
      en: 'How often did you eat differently (more, faster or not at all) because of tension or emotions?',
    },
    answer: FREQUENCY,
    safetyNotice: SAFETY_113_NOTICE,
  }),
];

export const SLEEP_ITEMS_V2: readonly InstrumentItem[] = [
  domainItem('sleep', {
    id: 'SLA1',
    text: {
      nl: 'Hoe vaak duurde het lang voordat je in slaap viel?',
      en: 'How often did it take you a long time to fall asleep?',
    },
    answer: scale(
      { nl: 'nooit', en: 'never' },
      { nl: '(bijna) elke nacht', en: '(almost) every night' },
    ),
  }),
  unchanged(SLEEP_ITEMS, 'SLA2'),
  domainItem('sleep', {
    id: 'SLA3',
    text: {
      nl: 'Hoe uitgerust voelde je je meestal bij het opstaan?',
      en: 'How rested did you usually feel on getting up?',
    },
    help: reversedHint(
      '10 helemaal uitgerust en 0 helemaal niet uitgerust',
      '10 is fully rested and 0 not rested at all',
    ),
    answer: scale(
      { nl: 'helemaal niet uitgerust', en: 'not rested at all' },
      { nl: 'helemaal uitgerust', en: 'fully rested' },
    ),
    keying: { kind: 'reversed' },
  }),
  domainItem('sleep', {
    id: 'SLA4',
    text: {
      nl: 'Hoeveel uur sliep je meestal per nacht?',
      en: 'How many hours did you usually sleep a night?',
    },
    answer: amount({ nl: 'uur per nacht', en: 'hours a night' }, 0, 24, false),
    keying: { kind: 'mapping', mapping: 'sleep_hours_per_night' },
  }),
  unchanged(SLEEP_ITEMS, 'SLA5'),
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
      nl: "Heeft iemand gemerkt dat je ademhaling 's nachts stokt, of dat je zo hard snurkt dat het anderen wakker houdt?",
      en: 'Has anyone noticed your breathing stalling at night, or that you snore so loudly that it keeps others awake?',
    },
    answer: YES_NO,
    redFlag: {
      condition: 'sleep_apnoea',
      urgency: 'advice',
      label: {
        nl: 'Ademstops of hard snurken: overweeg huisarts (slaapapneu)',
        en: 'Pauses in breathing or loud snoring: consider GP (sleep apnoea)',
      },
    },
  }),
];

/** Fever raises the immune context to the GP's review, never to urgent. */
const WITH_FEVER_GP = {
  itemIds: [FEVER_ITEM_ID],
  urgency: 'gp_review',
} as const;

export const IMMUNE_ITEMS_V2: readonly InstrumentItem[] = [
  unchanged(IMMUNE_ITEMS, 'IMM1'),
  unchanged(IMMUNE_ITEMS, 'IMM2'),
  domainItem('immune', {
    id: 'IMM3',
    text: {
      nl: 'Hoe vaak had je last van huid- of allergieklachten (bijvoorbeeld eczeem of hooikoorts)?',
      en: 'How often were you bothered by skin or allergy complaints (for example eczema or hay fever)?',
    },
    answer: FREQUENCY,
  }),
  domainItem('immune', {
    id: 'IMM4',
    text: {
      nl: 'Hoe vaak voelde je je ziekig of koortsig zonder duidelijke oorzaak?',
      en: 'How often did you feel unwell or feverish without a clear cause?',
    },
    answer: FREQUENCY,
    redFlag: {
      condition: 'unexplained_symptoms',
      urgency: 'advice',
      minValue: 7,
      label: {
        nl: 'Vaak ziek of koortsig zonder duidelijke oorzaak: bespreek met de huisarts als dit aanhoudt',
        en: 'Often unwell or feverish without a clear cause: discuss with the GP if it persists',
      },
      raiseWhen: WITH_FEVER_GP,
    },
  }),
  domainItem('immune', {
    id: 'IMM5',
    text: {
      nl: 'Hoe vaak had je pijn in je gewrichten of spieren op andere plekken dan je rug?',
      en: 'How often did you have pain in your joints or muscles in places other than your back?',
    },
    answer: FREQUENCY,
  }),
  unchanged(IMMUNE_ITEMS, 'IMM6'),
  flagItem('immune', {
    id: 'IMM-F',
    text: {
      nl: 'Heb je een auto-immuunziekte of een andere ontstekingsziekte, zoals reuma?',
      en: 'Do you have an autoimmune disease or another inflammatory disease, such as rheumatoid arthritis?',
    },
    answer: YES_NO,
    allowPreferNotToSay: true,
    redFlag: {
      condition: 'infection',
      // A known, chronic condition alone is advice (domain.md 3); the
      // medication question is RF-IMMUNO on the red-flag screen.
      urgency: 'advice',
      label: {
        nl: 'Auto-immuun- of ontstekingsziekte: verhoogd infectierisico',
        en: 'Autoimmune or inflammatory disease: higher infection risk',
      },
      raiseWhen: WITH_FEVER_GP,
    },
  }),
];
