import { API_PATHS, RESOURCE_PATHS } from '@herstelkompas/contracts';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  InvitationCreated,
  MailDelivery,
  InvitePractitionerRequest,
  TeamMember,
  UpdatePractitionerRequest,
} from '@herstelkompas/contracts';

const BASE = API_PATHS.practitioners;

/** The practice's practitioners, as HTTP calls only. */
@Injectable({ providedIn: 'root' })
export class TeamApi {
  private readonly http = inject(HttpClient);

  /** Everyone may list the team (filters, assignment, sharing). */
  list() {
    return this.http.get<TeamMember[]>(BASE);
  }

  invite(request: InvitePractitionerRequest) {
    return this.http.post<InvitationCreated>(BASE, request);
  }

  /** Owner only: mails the colleague a single-use reset link. */
  sendPasswordReset(id: string) {
    return this.http.post<MailDelivery>(
      `${RESOURCE_PATHS.practitioner(id)}/password-reset`,
      null,
    );
  }

  update(id: string, request: UpdatePractitionerRequest) {
    return this.http.patch<TeamMember>(
      RESOURCE_PATHS.practitioner(id),
      request,
    );
  }
}
