import { RESOURCE_PATHS } from '@herstelkompas/contracts';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  FollowUpScheduleView,
  SetFollowUpScheduleRequest,
} from '@herstelkompas/contracts';

const path = (clientId: string) => RESOURCE_PATHS.followUpSchedule(clientId);

/** A client's follow-up schedule, as HTTP calls only. */
@Injectable({ providedIn: 'root' })
export class FollowUpsApi {
  private readonly http = inject(HttpClient);

  get(clientId: string) {
    return this.http.get<FollowUpScheduleView>(path(clientId));
  }

  set(clientId: string, request: SetFollowUpScheduleRequest) {
    return this.http.put<FollowUpScheduleView>(path(clientId), request);
  }

  stop(clientId: string) {
    return this.http.delete<void>(path(clientId));
  }
}
