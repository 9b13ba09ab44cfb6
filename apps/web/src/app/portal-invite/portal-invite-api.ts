import { RESOURCE_PATHS } from '@herstelkompas/contracts';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreatePortalInvitationRequest,
  CreatedPortalInvitation,
} from '@herstelkompas/contracts';

/** The practitioner's side of the client portal: inviting a client. */
@Injectable({ providedIn: 'root' })
export class PortalInviteApi {
  private readonly http = inject(HttpClient);

  invite(clientId: string, request: CreatePortalInvitationRequest) {
    return this.http.post<CreatedPortalInvitation>(
      RESOURCE_PATHS.portalInvitations(clientId),
      request,
    );
  }
}
