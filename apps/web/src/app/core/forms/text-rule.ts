import type { AbstractControl, ValidationErrors } from '@angular/forms';

/**
 * A validator for an optional text field: empty passes, anything else must
 * be accepted by `accepts` (on the trimmed text), or the control gets
 * `{ [key]: true }`, which the form turns into its message.
 */
export function textRule(key: string, accepts: (value: string) => boolean) {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = String(control.value ?? '').trim();
    return value === '' || accepts(value) ? null : { [key]: true };
  };
}
