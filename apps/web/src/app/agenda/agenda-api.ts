import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Appointment,
  CalendarFeedCreated,
  CalendarFeedState,
  CreateAppointmentRequest,
  ListAppointmentsQuery,
  UpdateAppointmentRequest,
} from '@herstelkompas/contracts';

const enc = encodeURIComponent;

/** The agenda endpoints, as HTTP calls only. */
@Injectable({ providedIn: 'root' })
export class AgendaApi {
  private readonly http = inject(HttpClient);

  list(query: ListAppointmentsQuery) {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query))
      if (value) params = params.set(key, value);
    return this.http.get<Appointment[]>('/api/appointments', { params });
  }

  create(request: CreateAppointmentRequest) {
    return this.http.post<Appointment>('/api/appointments', request);
  }

  update(id: string, request: UpdateAppointmentRequest) {
    return this.http.patch<Appointment>(
      `/api/appointments/${enc(id)}`,
      request,
    );
  }

  icsUrl(id: string): string {
    return `/api/appointments/${enc(id)}/ics`;
  }

  feed() {
    return this.http.get<CalendarFeedState>('/api/calendar-feed');
  }

  createFeed() {
    return this.http.post<CalendarFeedCreated>('/api/calendar-feed', null);
  }

  revokeFeed() {
    return this.http.delete<void>('/api/calendar-feed');
  }
}
