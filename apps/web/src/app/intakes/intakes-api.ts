import { API_PATHS, RESOURCE_PATHS } from '@herstelkompas/contracts';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  IntakeInvitation,
  InvitationListItem,
} from '@herstelkompas/contracts';

/** The practice's open intake links; HTTP only. */
@Injectable({ providedIn: 'root' })
export class IntakesApi {
  private readonly http = inject(HttpClient);

  open() {
    return this.http.get<InvitationListItem[]>(API_PATHS.intakeInvitations);
  }

  revoke(invitationId: string) {
    return this.http.post<IntakeInvitation>(
      RESOURCE_PATHS.revokeIntakeInvitation(invitationId),
      null,
    );
  }
}
