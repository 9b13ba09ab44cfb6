import type { Localized } from '../../i18n/localized';
import type {
  FreeTextAnswerType,
  NumberAnswerType,
  ScaleAnswerType,
  YesNoAnswerType,
} from '../instrument-types';

/** A 0-10 scale with the given end labels. */
export function scale(min: Localized, max: Localized): ScaleAnswerType {
  return { kind: 'scale', min: 0, max: 10, anchors: { min, max } };
}

/** A number answer with unit and range. */
export function amount(
  unit: Localized,
  min: number,
  max: number,
  integer: boolean,
): NumberAnswerType {
  return { kind: 'number', unit, min, max, integer };
}

/** Free text of at most `maxLength` characters. */
export function freeText(
  maxLength: number,
  multiline: boolean,
): FreeTextAnswerType {
  return { kind: 'free_text', maxLength, multiline };
}

export const YES_NO: YesNoAnswerType = { kind: 'yes_no' };

/** The most used anchors: how often, over the recall period. */
export const FREQUENCY = scale(
  { nl: 'nooit', en: 'never' },
  { nl: '(bijna) altijd', en: '(almost) always' },
);

export const NOT_AT_ALL_VERY_STRONGLY = scale(
  { nl: 'helemaal niet', en: 'not at all' },
  { nl: 'heel sterk', en: 'very strongly' },
);

export const NONE_GREAT_DEAL = scale(
  { nl: 'geen', en: 'none' },
  { nl: 'zeer veel', en: 'a great deal' },
);

export const PAIN = scale(
  { nl: 'geen pijn', en: 'no pain' },
  { nl: 'ergst denkbare pijn', en: 'worst pain imaginable' },
);

export const AGREEMENT = scale(
  { nl: 'helemaal niet mee eens', en: 'completely disagree' },
  { nl: 'helemaal mee eens', en: 'completely agree' },
);
