import type { OptionsType, ZxcvbnFactory } from '@zxcvbn-ts/core';
import type * as LanguageCommon from '@zxcvbn-ts/language-common';
import type * as LanguageDutch from '@zxcvbn-ts/language-nl-be';
import { PASSWORD_PRODUCT_WORDS, PASSWORD_SCORE_MAX_CHARS } from './security';

/**
 * The word lists and keyboards the password rule judges with. The caller
 * loads them (the web lazily, on the password screens only; the API on
 * its first password check) and hands them in, so this file only names their types.
 */
export interface PasswordLanguagePacks {
  common: Pick<typeof LanguageCommon, 'dictionary' | 'adjacencyGraphs'>;
  dutch: Pick<typeof LanguageDutch, 'dictionary' | 'translations'>;
}

/**
 * zxcvbn's options for the password rule: one set for the API, which
 * enforces it, and the web, which shows the strength while typing, so the
 * two cannot judge the same password differently.
 */
export function passwordEstimatorOptions({
  common,
  dutch,
}: PasswordLanguagePacks): OptionsType {
  return {
    dictionary: {
      ...common.dictionary,
      ...dutch.dictionary,
      userInputs: [...PASSWORD_PRODUCT_WORDS],
    },
    graphs: common.adjacencyGraphs,
    translations: dutch.translations,
    useLevenshteinDistance: true,
  };
}

/** zxcvbn's 0-4 score of a password, judged on its first 100 characters. */
export function scorePassword(
  estimator: Pick<ZxcvbnFactory, 'check'>,
  password: string,
  userInputs: string[] = [],
): number {
  return estimator.check(
    password.slice(0, PASSWORD_SCORE_MAX_CHARS),
    userInputs,
  ).score;
}
