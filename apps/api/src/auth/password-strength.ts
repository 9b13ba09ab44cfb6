import {
  MIN_PASSWORD_LENGTH,
  MIN_PASSWORD_SCORE,
  passwordEstimatorOptions,
  type PasswordLanguagePacks,
  scorePassword,
} from '@herstelkompas/contracts';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { ValidationFailed } from '../common/api-error';

let estimator: ZxcvbnFactory | undefined;

/**
 * zxcvbn and its word lists, read on the first password check rather than
 * at start: passwords are set rarely (sign-up, reset, change), and the lists
 * and their ranked dictionaries hold about 10 MB that no other request needs.
 * A plain require keeps this synchronous, so two first checks at once still
 * build one estimator.
 */
function buildEstimator(): ZxcvbnFactory {
  const { ZxcvbnFactory: Factory } =
    require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
  const packs: PasswordLanguagePacks = {
    common: require('@zxcvbn-ts/language-common'),
    dutch: require('@zxcvbn-ts/language-nl-be'),
  };
  return new Factory(passwordEstimatorOptions(packs));
}

/** zxcvbn's 0-4 score of a password, judged on its first 100 characters. */
export function passwordScore(
  password: string,
  userInputs: string[] = [],
): number {
  estimator ??= buildEstimator();
  return scorePassword(estimator, password, userInputs);
}

/**
 * The one rule for a new password (every route and command that sets one
 * uses it): long enough, and not common or guessable.
 */
export function isAcceptablePassword(
  password: string,
  userInputs: string[] = [],
): boolean {
  return (
    password.length >= MIN_PASSWORD_LENGTH &&
    passwordScore(password, userInputs) >= MIN_PASSWORD_SCORE
  );
}

/**
 * Refuses a guessable new password with a field message. Called by the
 * services after the caller has proven a right to set the password (a valid
 * token, the current password): scoring costs tens of milliseconds, so it
 * must never run for requests the attempt counters have not yet let through.
 * Shorter than the minimum is left to @MinLength, so the field reports "too
 * short" rather than "too weak".
 */
export function assertAcceptablePassword(
  field: string,
  password: string,
  userInputs: string[] = [],
): void {
  if (password.length < MIN_PASSWORD_LENGTH) return;
  if (!isAcceptablePassword(password, userInputs))
    throw new ValidationFailed([{ field, code: 'weak_password' }]);
}
