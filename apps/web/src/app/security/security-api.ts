import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PATHS,
  type MfaDisableRequest,
  type MfaEnrolment,
  type MfaEnrolmentRequest,
  type MfaStatus,
  type PracticeSecurity,
  type RecoveryCodes,
} from '@herstelkompas/contracts';

/** Two-step sign-in and the practice's sign-in rules, as HTTP calls only. */
@Injectable({ providedIn: 'root' })
export class SecurityApi {
  private readonly http = inject(HttpClient);

  status() {
    return this.http.get<MfaStatus>(API_PATHS.mfa);
  }

  /** Needs the password again before a secret is made. */
  startEnrolment(currentPassword: string) {
    return this.http.post<MfaEnrolment>(API_PATHS.mfaEnrolment, {
      currentPassword,
    } satisfies MfaEnrolmentRequest);
  }

  confirmEnrolment(code: string) {
    return this.http.post<RecoveryCodes>(API_PATHS.mfaEnrolmentConfirm, {
      code,
    });
  }

  disable(request: MfaDisableRequest) {
    return this.http.post<void>(API_PATHS.mfaDisable, request);
  }

  newRecoveryCodes(code: string) {
    return this.http.post<RecoveryCodes>(API_PATHS.mfaRecoveryCodes, { code });
  }

  practice() {
    return this.http.get<PracticeSecurity>(API_PATHS.practiceSecurity);
  }

  updatePractice(mfaRequiredForPractitioners: boolean) {
    return this.http.patch<PracticeSecurity>(API_PATHS.practiceSecurity, {
      mfaRequiredForPractitioners,
    });
  }
}
