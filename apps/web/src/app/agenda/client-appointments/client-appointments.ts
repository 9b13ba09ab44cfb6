import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { Appointment, AppointmentStatus } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { ErrorMessage } from '../../core/http/error-message';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import { Icon } from '../../ui/icon/icon';
import { AgendaApi } from '../agenda-api';
import { AppointmentBooking } from '../appointment-booking';
import { AppointmentItem } from '../appointment-item/appointment-item';

/** How many earlier appointments the client page shows. */
const PAST_SHOWN = 5;

/** Splits a client's appointments into the next planned one and earlier ones (newest first). */
export function splitAppointments(
  appointments: readonly Appointment[],
  now: Date,
): { next: Appointment | null; past: Appointment[] } {
  const at = now.getTime();
  const next =
    appointments.find(
      (a) => a.status === 'planned' && Date.parse(a.end) > at,
    ) ?? null;
  const past = appointments
    .filter((a) => Date.parse(a.start) <= at && a.id !== next?.id)
    .reverse()
    .slice(0, PAST_SHOWN);
  return { next, past };
}

/** The client page's appointments: the next one, the last few, and "Afspraak maken". */
@Component({
  selector: 'hk-client-appointments',
  imports: [MatButton, TranslatePipe, Alert, Icon, AppointmentItem],
  template: `
    <div class="head">
      <h2 id="client-appointments-title">
        {{ 'agenda.client.title' | t }}
      </h2>
      <button
        matButton="outlined"
        type="button"
        data-testid="client-book"
        (click)="book()"
      >
        <hk-icon matButtonIcon name="event" />
        {{ 'agenda.client.book' | t }}
      </button>
    </div>
    @if (error(); as message) {
      <hk-alert
        ><span
          ><strong>{{ 'agenda.client.loadError' | t }}</strong>
          {{ message }}</span
        ></hk-alert
      >
    } @else if (loaded()) {
      <h3>{{ 'agenda.client.next' | t }}</h3>
      @if (split().next; as next) {
        <div role="list" data-testid="client-next-appointment">
          <hk-appointment-item
            [appointment]="next"
            [showClient]="false"
            [showDate]="true"
            [showPractitioner]="true"
            (status)="setStatus(next, $event)"
            (edit)="change(next)"
          />
        </div>
      } @else {
        <p class="empty" data-testid="client-next-appointment">
          {{ 'agenda.client.none' | t }}
        </p>
      }
      <h3>{{ 'agenda.client.past' | t }}</h3>
      @if (split().past.length) {
        <div role="list" data-testid="client-past-appointments">
          @for (a of split().past; track a.id) {
            <hk-appointment-item
              [appointment]="a"
              [showClient]="false"
              [showDate]="true"
              [showPractitioner]="true"
              (status)="setStatus(a, $event)"
              (edit)="change(a)"
            />
          }
        </div>
      } @else {
        <p class="empty">{{ 'agenda.client.noPast' | t }}</p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      margin: 16px 0;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    h3 {
      margin: 12px 0 0;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      margin: 4px 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  host: { role: 'region', 'aria-labelledby': 'client-appointments-title' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientAppointments {
  private readonly api = inject(AgendaApi);
  private readonly booking = inject(AppointmentBooking);
  private readonly errors = inject(ErrorMessage);
  private readonly i18n = inject(I18n);
  private readonly snackBar = inject(MatSnackBar);

  readonly client = input.required<{ id: string; displayName: string }>();

  private readonly appointments = signal<Appointment[]>([]);
  protected readonly loaded = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly split = computed(() =>
    splitAppointments(this.appointments(), new Date()),
  );

  constructor() {
    effect(() => {
      const id = this.client().id;
      untracked(() => void this.load(id));
    });
  }

  protected async book(): Promise<void> {
    const client = this.client();
    const booked = await this.booking.open({
      client: { id: client.id, name: client.displayName },
    });
    if (booked) await this.load(client.id);
  }

  protected async change(appointment: Appointment): Promise<void> {
    if (await this.booking.change(appointment))
      await this.load(this.client().id);
  }

  protected async setStatus(
    appointment: Appointment,
    status: AppointmentStatus,
  ): Promise<void> {
    if (
      status === 'cancelled' &&
      !(await this.booking.confirmCancel(appointment))
    )
      return;
    try {
      await firstValueFrom(
        this.api.update(appointment.id, {
          status,
          version: appointment.version,
        }),
      );
      this.snackBar.open(
        this.i18n.t(
          status === 'cancelled'
            ? 'agenda.item.cancelled'
            : 'agenda.item.changed',
        ),
        undefined,
        { duration: 4000 },
      );
    } catch (error: unknown) {
      this.snackBar.open(
        `${this.i18n.t('agenda.item.changeFailed')} ${this.errors.describe(error)}`,
        undefined,
        { duration: 6000 },
      );
    }
    await this.load(this.client().id);
  }

  private async load(clientId: string): Promise<void> {
    try {
      this.appointments.set(await firstValueFrom(this.api.list({ clientId })));
      this.error.set(null);
      this.loaded.set(true);
    } catch (error: unknown) {
      this.error.set(this.errors.describe(error));
    }
  }
}
