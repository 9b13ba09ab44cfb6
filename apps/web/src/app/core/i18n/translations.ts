import type { Language } from '@herstelkompas/contracts';
import type { nl } from './nl';

/** The shape every language file must have: the Dutch source, values as text. */
export type Translations = typeof nl;

/**
 * A text that depends on a number, as ICU's plural: `one` and `other` are the
 * CLDR categories of Dutch and English (1 versus everything else), `zero` an
 * optional exact-0 wording ("Geen open rode vlaggen"). Given `{ count }`,
 * `t` picks the form; the text says `{count}` where the number goes.
 */
export interface PluralForms {
  readonly zero?: string;
  readonly one: string;
  readonly other: string;
}

type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string
    ? K
    : T[K] extends PluralForms
      ? K
      : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];

/** A dotted path to one text (or one plural), e.g. `login.errors.locked`. */
export type TranslationKey = Leaves<Translations>;

/** Values for `{name}` placeholders in a text. */
export type TranslationParams = Readonly<Record<string, string | number>>;

export const LANGUAGES: readonly Language[] = ['nl', 'en'];
export const DEFAULT_LANGUAGE: Language = 'nl';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** Types a route title (or any stored key) as a real translation key. */
export function textKey<K extends TranslationKey>(key: K): K {
  return key;
}
