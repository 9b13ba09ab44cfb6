import type { MfaDisableRequest } from '@herstelkompas/contracts';
import { MfaLoginDto } from './mfa-login.dto';

/** A current code or a recovery code, as in the second sign-in step. */
export class MfaDisableDto extends MfaLoginDto implements MfaDisableRequest {}
