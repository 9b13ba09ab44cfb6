import type { Practice } from '../../practices/practice.entity';
import type { Practitioner } from '../../practices/practitioner.entity';

/**
 * Owners always need two-step sign-in, except in the demonstration practice
 * (anyone may try it with the published password); practitioners when their
 * practice requires it.
 */
export function mfaRequired(
  practitioner: Pick<Practitioner, 'role'>,
  practice: Pick<Practice, 'demo' | 'mfaRequiredForPractitioners'>,
): boolean {
  return practitioner.role === 'owner'
    ? !practice.demo
    : practice.mfaRequiredForPractitioners;
}
