import type { AbstractControl, ValidationErrors } from '@angular/forms';

// The API's IsEmail wants a dot in the domain; Angular's own check does not,
// so "naam@praktijk" would pass here and fail there.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** `{ email: true }` for an address the API would refuse; empty passes. */
export function emailValidator(
  control: AbstractControl,
): ValidationErrors | null {
  const value = String(control.value ?? '').trim();
  return value === '' || EMAIL.test(value) ? null : { email: true };
}
