import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateInvitationRequest,
  CreatedInvitation,
  IntakeInvitation,
} from '@herstelkompas/contracts';

const enc = encodeURIComponent;

/** A client's intake links: send, list, revoke. HTTP only. */
@Injectable({ providedIn: 'root' })
export class ClientIntakeApi {
  private readonly http = inject(HttpClient);

  /** The answer holds the link; the API keeps only its hash. */
  create(clientId: string, request: CreateInvitationRequest) {
    return this.http.post<CreatedInvitation>(
      `/api/clients/${enc(clientId)}/intake-invitations`,
      request,
    );
  }

  list(clientId: string) {
    return this.http.get<IntakeInvitation[]>(
      `/api/clients/${enc(clientId)}/intake-invitations`,
    );
  }

  revoke(invitationId: string) {
    return this.http.post<IntakeInvitation>(
      `/api/intake-invitations/${enc(invitationId)}/revoke`,
      null,
    );
  }
}
