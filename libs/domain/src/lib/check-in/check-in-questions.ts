import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';
import type { Localized } from '../i18n/localized';
import { deepFreeze } from '../util/deep-freeze';

/** The lowest and highest answer of every check-in scale. */
export const CHECK_IN_MIN = 0;
export const CHECK_IN_MAX = 10;

/** The longest optional sentence a client may add to a check-in. */
export const CHECK_IN_NOTE_MAX_LENGTH = 500;

/** How many done homework ids one check-in may carry. */
export const CHECK_IN_HOMEWORK_MAX = 20;

/** The id of each scale of the weekly check-in, in screen order. */
export const CHECK_IN_SCALE_IDS = [
  'painNow',
  ...DOMAIN_IDS,
  'movementSafety',
] as const;
export type CheckInScaleId = (typeof CHECK_IN_SCALE_IDS)[number];

/**
 * One 0-10 question of the weekly check-in. `low` and `high` name what the
 * ends mean, written under the first and last button.
 */
export interface CheckInQuestion {
  readonly id: CheckInScaleId;
  /** Set for the six domain questions, for the domain's colour and icon. */
  readonly domain: DomainId | null;
  readonly text: Localized;
  readonly low: Localized;
  readonly high: Localized;
  /**
   * True when a higher answer is better ("hoe veilig voelt bewegen"): the
   * other scales run the way the domain scores do, higher = more disturbed.
   */
  readonly reversed: boolean;
}

const NOT_AT_ALL: Localized = { nl: 'helemaal niet', en: 'not at all' };
const VERY: Localized = { nl: 'heel erg', en: 'very much' };

/**
 * The weekly pulse (domain.md 6.3), our own wording in je/jij, recall "de
 * afgelopen week". Not an intake instrument and never scored as one: the
 * answers are the client's own estimate, shown as their own series.
 */
export const CHECK_IN_QUESTIONS: readonly CheckInQuestion[] = deepFreeze([
  {
    id: 'painNow',
    domain: null,
    text: {
      nl: 'Hoeveel pijn heb je nu?',
      en: 'How much pain do you have right now?',
    },
    low: { nl: 'geen pijn', en: 'no pain' },
    high: {
      nl: 'ergste pijn die je kunt voorstellen',
      en: 'worst pain imaginable',
    },
    reversed: false,
  },
  {
    id: 'stress',
    domain: 'stress',
    text: {
      nl: 'Hoe onrustig of opgejaagd voelde je je de afgelopen week?',
      en: 'How restless or rushed did you feel in the past week?',
    },
    low: NOT_AT_ALL,
    high: VERY,
    reversed: false,
  },
  {
    id: 'breathing',
    domain: 'breathing',
    text: {
      nl: 'Hoe vaak merkte je de afgelopen week dat je adem hoog of vast zat?',
      en: 'How often in the past week did you notice your breath was high or stuck?',
    },
    low: { nl: 'nooit', en: 'never' },
    high: { nl: 'heel vaak', en: 'very often' },
    reversed: false,
  },
  {
    id: 'movement',
    domain: 'movement',
    text: {
      nl: 'Hoe moeilijk was bewegen de afgelopen week door angst of spanning?',
      en: 'How hard was moving in the past week because of fear or tension?',
    },
    low: { nl: 'helemaal niet moeilijk', en: 'not hard at all' },
    high: { nl: 'heel moeilijk', en: 'very hard' },
    reversed: false,
  },
  {
    id: 'nutrition',
    domain: 'nutrition',
    text: {
      nl: 'Hoe onregelmatig of gehaast at je de afgelopen week?',
      en: 'How irregular or rushed were your meals in the past week?',
    },
    low: { nl: 'rustig en regelmatig', en: 'calm and regular' },
    high: { nl: 'heel onregelmatig', en: 'very irregular' },
    reversed: false,
  },
  {
    id: 'sleep',
    domain: 'sleep',
    text: {
      nl: 'Hoe slecht sliep je de afgelopen week?',
      en: 'How badly did you sleep in the past week?',
    },
    low: { nl: 'goed', en: 'well' },
    high: { nl: 'heel slecht', en: 'very badly' },
    reversed: false,
  },
  {
    id: 'immune',
    domain: 'immune',
    text: {
      nl: 'Hoe vaak voelde je je de afgelopen week ziek, grieperig of uitgeput?',
      en: 'How often did you feel ill, flu-like or exhausted in the past week?',
    },
    low: { nl: 'nooit', en: 'never' },
    high: { nl: 'heel vaak', en: 'very often' },
    reversed: false,
  },
  {
    id: 'movementSafety',
    domain: null,
    text: {
      nl: 'Hoe veilig voelt bewegen?',
      en: 'How safe does moving feel?',
    },
    low: { nl: 'helemaal niet veilig', en: 'not safe at all' },
    high: { nl: 'volkomen veilig', en: 'completely safe' },
    reversed: true,
  },
]);

/** The question of one scale. */
export function checkInQuestion(id: CheckInScaleId): CheckInQuestion {
  return CHECK_IN_QUESTIONS.find((q) => q.id === id) as CheckInQuestion;
}

/** Whether a value is a whole number on the check-in scale (0-10). */
export function isCheckInValue(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= CHECK_IN_MIN &&
    value <= CHECK_IN_MAX
  );
}

/** Hours slept in the daily mini-log: 0 to 14 in half hours. */
export const SLEEP_HOURS_MAX = 14;

/** Whether a value is a number of hours slept the mini-log accepts. */
export function isSleepHours(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value * 2) &&
    value >= 0 &&
    value <= SLEEP_HOURS_MAX
  );
}
