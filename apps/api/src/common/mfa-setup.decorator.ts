import { SetMetadata } from '@nestjs/common';

export const OPEN_DURING_MFA_SETUP = 'openDuringMfaSetup';

/**
 * Marks the few routes a user who must set up two-step sign-in can reach
 * before doing so: who am I, sign out, and the enrolment itself.
 */
export const OpenDuringMfaSetup = () =>
  SetMetadata(OPEN_DURING_MFA_SETUP, true);
