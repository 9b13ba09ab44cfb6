import { API_PATHS, RESOURCE_PATHS } from '@herstelkompas/contracts';
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

/** The agenda endpoints, as HTTP calls only. */
@Injectable({ providedIn: 'root' })
export class AgendaApi {
  private readonly http = inject(HttpClient);

  list(query: ListAppointmentsQuery) {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query))
      if (value) params = params.set(key, value);
    return this.http.get<Appointment[]>(API_PATHS.appointments, { params });
  }

  create(request: CreateAppointmentRequest) {
    return this.http.post<Appointment>(API_PATHS.appointments, request);
  }

  update(id: string, request: UpdateAppointmentRequest) {
    return this.http.patch<Appointment>(
      RESOURCE_PATHS.appointment(id),
      request,
    );
  }

  icsUrl(id: string): string {
    return RESOURCE_PATHS.appointmentIcs(id);
  }

  feed() {
    return this.http.get<CalendarFeedState>(API_PATHS.calendarFeed);
  }

  createFeed() {
    return this.http.post<CalendarFeedCreated>(API_PATHS.calendarFeed, null);
  }

  revokeFeed() {
    return this.http.delete<void>(API_PATHS.calendarFeed);
  }
}
