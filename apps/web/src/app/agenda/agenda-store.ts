import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  Appointment,
  AppointmentStatus,
  CreateAppointmentRequest,
  OverlappingAppointment,
  UpdateAppointmentRequest,
} from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { toApiFailure } from '../core/http/api-error';
import { ErrorMessage } from '../core/http/error-message';
import { LoadState } from '../core/http/load-state';
import { AgendaApi } from './agenda-api';
import { type AgendaQuery, byDay, daysOf } from './agenda-range';

/** A booking either stands, or meets appointments already there (409). */
export type BookResult =
  | { kind: 'booked'; appointment: Appointment }
  | { kind: 'overlap'; overlaps: OverlappingAppointment[] };

/**
 * Books through the API; an overlap comes back as a result for the dialog to
 * show, any other failure is thrown for it to show.
 */
export function bookWith(
  api: AgendaApi,
  request: CreateAppointmentRequest,
): Promise<BookResult> {
  return overlapAware(firstValueFrom(api.create(request)));
}

/** Moves or changes an appointment, with the same overlap answer as booking. */
export function changeWith(
  api: AgendaApi,
  id: string,
  request: UpdateAppointmentRequest,
): Promise<BookResult> {
  return overlapAware(firstValueFrom(api.update(id, request)));
}

async function overlapAware(saved: Promise<Appointment>): Promise<BookResult> {
  try {
    return { kind: 'booked', appointment: await saved };
  } catch (error: unknown) {
    const failure = toApiFailure(error);
    const body = (error as { error?: { overlaps?: OverlappingAppointment[] } })
      .error;
    if (failure.status === 409 && failure.code === 'appointment_overlap')
      return { kind: 'overlap', overlaps: body?.overlaps ?? [] };
    throw error;
  }
}

/** The Agenda page's appointments for one view. Provide it on the page. */
@Injectable()
export class AgendaStore {
  private readonly api = inject(AgendaApi);
  private readonly errors = inject(ErrorMessage);
  private readonly loading = new LoadState();

  readonly query = signal<AgendaQuery | null>(null);
  readonly status = this.loading.status.asReadonly();
  readonly error = this.loading.error.asReadonly();
  readonly appointments = signal<Appointment[]>([]);
  readonly days = computed(() => {
    const query = this.query();
    return query
      ? byDay(this.appointments(), daysOf(query.view, query.date))
      : [];
  });
  /** Cancelled appointments stay visible but do not count. */
  readonly count = computed(
    () => this.appointments().filter((a) => a.status !== 'cancelled').length,
  );

  async load(query: AgendaQuery): Promise<void> {
    this.query.set(query);
    const days = daysOf(query.view, query.date);
    await this.loading.run(
      this.api.list({
        from: days[0] as string,
        to: days.at(-1) as string,
        ...(query.who === 'practice' ? {} : { practitionerId: query.who }),
      }),
      (list) => this.appointments.set(list),
    );
  }

  reload(): Promise<void> {
    const query = this.query();
    return query ? this.load(query) : Promise.resolve();
  }

  book(request: CreateAppointmentRequest): Promise<BookResult> {
    return bookWith(this.api, request);
  }

  /** Sets the status; throws on failure, the list stays as it was. */
  async setStatus(id: string, status: AppointmentStatus): Promise<void> {
    const current = this.appointments().find((a) => a.id === id);
    const changed = await firstValueFrom(
      this.api.update(id, {
        status,
        ...(current ? { version: current.version } : {}),
      }),
    );
    this.appointments.update((list) =>
      list.map((a) => (a.id === id ? changed : a)),
    );
  }

  icsUrl(id: string): string {
    return this.api.icsUrl(id);
  }
}
