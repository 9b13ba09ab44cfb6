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
    return this.http.get<InvitationListItem[]>('/api/intake-invitations');
  }

  revoke(invitationId: string) {
    return this.http.post<IntakeInvitation>(
      `/api/intake-invitations/${encodeURIComponent(invitationId)}/revoke`,
      null,
    );
  }
}
