import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ClientPortalSummary,
  HomeNewMessages,
} from '@herstelkompas/contracts';

/** The practitioner's view of the portal: per client, and the new messages for Vandaag. */
@Injectable({ providedIn: 'root' })
export class ClientPortalApi {
  private readonly http = inject(HttpClient);

  summary(clientId: string) {
    return this.http.get<ClientPortalSummary>(
      `/api/clients/${encodeURIComponent(clientId)}/portal`,
    );
  }

  newMessages() {
    return this.http.get<HomeNewMessages>('/api/home/new-messages');
  }
}
