import { createHmac, randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I/L: codes are read off paper and typed by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Ten codes like "K7QM-3XTP-W9RD" (about 70 bits each). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from(
      { length: 12 },
      () => ALPHABET[randomInt(ALPHABET.length)],
    ).join('');
    return chars.match(/.{4}/g)?.join('-') ?? chars;
  });
}

/** Case, spaces and dashes do not matter when a code is typed. */
export function normaliseRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Keyed hash: random codes need no slow hash, and a dump alone cannot test guesses. */
export function hashRecoveryCode(code: string, key: string): string {
  return createHmac('sha256', key)
    .update(`recovery:${normaliseRecoveryCode(code)}`)
    .digest('hex');
}
