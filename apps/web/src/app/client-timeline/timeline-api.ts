import { RESOURCE_PATHS } from '@herstelkompas/contracts';
import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { TimelineEvent } from '@herstelkompas/contracts';
import type { DomainId } from '@herstelkompas/domain';

/** The timeline endpoint, as an HTTP call only. */
@Injectable({ providedIn: 'root' })
export class TimelineApi {
  private readonly http = inject(HttpClient);

  list(clientId: string, domain: DomainId | null) {
    const params = domain ? new HttpParams().set('domain', domain) : undefined;
    return this.http.get<TimelineEvent[]>(RESOURCE_PATHS.timeline(clientId), {
      params,
    });
  }
}
