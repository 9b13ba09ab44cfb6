import { MIN_PASSWORD_LENGTH } from '@herstelkompas/contracts';
import { hashPassword } from './passwords';

/** A new password that breaks the length rule; the message is for the CLI. */
export class PasswordRuleError extends Error {}

/**
 * The auth feature's door for code that sets a password outside the sign-in
 * flow (adding a practitioner from the CLI or a seed, accepting an invitation):
 * the length rule and the hashing parameters stay inside auth.
 */
export async function newPasswordHash(password: string): Promise<string> {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new PasswordRuleError(
      `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    );
  }
  return hashPassword(password);
}
