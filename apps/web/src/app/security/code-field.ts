import { Validators, type ValidatorFn } from '@angular/forms';

/** Six digits, spaces allowed, as authenticator apps show them. */
export const totpCode: ValidatorFn = Validators.pattern(
  /^\s*\d{3}\s?\d{3}\s*$/,
);

export function digitsOf(value: string): string {
  return value.replace(/\s/g, '');
}
