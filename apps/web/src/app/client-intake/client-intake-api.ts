import { RESOURCE_PATHS } from '@herstelkompas/contracts';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateInvitationRequest,
  CreatedInvitation,
  IntakeInvitation,
} from '@herstelkompas/contracts';

/** A client's intake links: send, list, revoke. HTTP only. */
@Injectable({ providedIn: 'root' })
export class ClientIntakeApi {
  private readonly http = inject(HttpClient);

  /** The answer holds the link; the API keeps only its hash. */
  create(clientId: string, request: CreateInvitationRequest) {
    return this.http.post<CreatedInvitation>(
      RESOURCE_PATHS.clientIntakeInvitations(clientId),
      request,
    );
  }

  list(clientId: string) {
    return this.http.get<IntakeInvitation[]>(
      RESOURCE_PATHS.clientIntakeInvitations(clientId),
    );
  }

  revoke(invitationId: string) {
    return this.http.post<IntakeInvitation>(
      RESOURCE_PATHS.revokeIntakeInvitation(invitationId),
      null,
    );
  }
}
