import { RESOURCE_PATHS } from '@herstelkompas/contracts';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import type { Appointment, AppointmentStatus } from '@herstelkompas/contracts';
import { LocaleFormat } from '../../core/i18n/locale-format';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import type { TranslationKey } from '../../core/i18n/translations';
import { Icon } from '../../ui/icon/icon';

/** Query parameters that open a new session note for this appointment. */
export function sessionParams(a: Appointment): Record<string, string> {
  return {
    sessie: 'nieuw',
    start: a.start,
    soort: a.type,
    duur: String(a.durationMinutes),
  };
}

/**
 * One appointment as a row: time, client, kind, place, and what can be done
 * with it. Used by the Agenda, Vandaag and the client page.
 */
@Component({
  selector: 'hk-appointment-item',
  imports: [
    RouterLink,
    MatButton,
    MatIconButton,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    TranslatePipe,
    Icon,
  ],
  template: `
    @let a = appointment();
    <div class="when">
      <span class="time">{{
        'agenda.item.time' | t: { start: start(), end: end() }
      }}</span>
      @if (showDate()) {
        <span class="date">{{ date() }}</span>
      }
    </div>
    <div class="what">
      @if (showClient()) {
        <a class="client" [routerLink]="['/clienten', a.client.id]">{{
          a.client.firstName + ' ' + a.client.lastName
        }}</a>
      }
      <span class="meta">
        {{ typeKey() | t }}
        @if (showPractitioner()) {
          · {{ a.practitioner.displayName }}
        }
        @if (a.location) {
          · <span class="location">{{ a.location }}</span>
        }
      </span>
      @if (a.status !== 'planned') {
        <span class="status" [class]="'status ' + a.status">{{
          statusKey() | t
        }}</span>
      }
    </div>
    <div class="actions">
      @if (startable() && a.status !== 'cancelled') {
        <a
          matButton="tonal"
          data-testid="start-session"
          [routerLink]="['/clienten', a.client.id, 'sessies']"
          [queryParams]="sessionParams()"
        >
          <hk-icon matButtonIcon name="edit_note" />
          {{ 'agenda.item.startSession' | t }}
        </a>
      }
      @if (changeable()) {
        <button
          matIconButton
          type="button"
          data-testid="appointment-actions"
          [matMenuTriggerFor]="menu"
          [attr.aria-label]="
            'agenda.item.actions'
              | t
                : {
                    name: a.client.firstName + ' ' + a.client.lastName,
                    time: start(),
                  }
          "
        >
          <hk-icon name="more_vert" />
        </button>
        <mat-menu #menu="matMenu" xPosition="before">
          @if (a.status === 'planned') {
            <button
              mat-menu-item
              type="button"
              data-testid="appointment-edit"
              (click)="edit.emit()"
            >
              <hk-icon matMenuItemIcon name="edit" />
              <span>{{ 'agenda.item.edit' | t }}</span>
            </button>
          }
          @if (a.status !== 'done') {
            <button
              mat-menu-item
              type="button"
              data-testid="appointment-done"
              (click)="status.emit('done')"
            >
              <hk-icon matMenuItemIcon name="task_alt" />
              <span>{{ 'agenda.item.done' | t }}</span>
            </button>
          }
          @if (a.status !== 'no_show') {
            <button
              mat-menu-item
              type="button"
              data-testid="appointment-no-show"
              (click)="status.emit('no_show')"
            >
              <hk-icon matMenuItemIcon name="person_off" />
              <span>{{ 'agenda.item.noShow' | t }}</span>
            </button>
          }
          @if (a.status !== 'cancelled') {
            <button
              mat-menu-item
              type="button"
              data-testid="appointment-cancel"
              (click)="status.emit('cancelled')"
            >
              <hk-icon matMenuItemIcon name="close" />
              <span>{{ 'agenda.item.cancel' | t }}</span>
            </button>
          }
          <a mat-menu-item [href]="icsUrl()" download>
            <hk-icon matMenuItemIcon name="download" />
            <span>{{ 'agenda.item.ics' | t }}</span>
          </a>
        </mat-menu>
      }
    </div>
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: 7.5rem 1fr auto;
      gap: 4px 16px;
      align-items: center;
      padding: 10px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    :host(.cancelled) .when,
    :host(.cancelled) .what {
      text-decoration: line-through;
      color: var(--mat-sys-on-surface-variant);
    }
    .when {
      display: flex;
      flex-direction: column;
    }
    .time {
      font: var(--mat-sys-title-small);
      font-variant-numeric: tabular-nums;
    }
    .date,
    .meta {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .what {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .client {
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-primary);
    }
    :host(.dated) {
      grid-template-columns: 12rem 1fr auto;
    }
    .location {
      overflow-wrap: anywhere;
    }
    .status {
      justify-self: start;
      width: fit-content;
      margin-top: 2px;
      padding: 0 8px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-high);
      font: var(--mat-sys-label-medium);
    }
    .actions {
      display: flex;
      align-items: center;
      gap: 4px;
    }
    @media (max-width: 599px) {
      :host,
      :host(.dated) {
        grid-template-columns: 1fr auto;
      }
      .when {
        grid-column: 1 / -1;
      }
      .what {
        grid-column: 1;
      }
      .actions {
        grid-column: 2;
        align-self: start;
      }
      :host(:has(.actions a)) .what,
      :host(:has(.actions a)) .actions {
        grid-column: 1 / -1;
      }
    }
  `,
  host: {
    role: 'listitem',
    '[class.cancelled]': "appointment().status === 'cancelled'",
    '[class.dated]': 'showDate()',
    '[attr.data-testid]': "'appointment'",
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppointmentItem {
  private readonly format = inject(LocaleFormat);

  readonly appointment = input.required<Appointment>();
  readonly showClient = input(true);
  readonly showPractitioner = input(false);
  readonly showDate = input(false);
  /** Offer "Sessie starten" (Vandaag, the Agenda). */
  readonly startable = input(false);
  readonly changeable = input(true);
  readonly status = output<AppointmentStatus>();
  /** "Wijzigen of verzetten": the caller opens the form. */
  readonly edit = output<void>();

  protected readonly start = computed(() =>
    this.format.date(this.appointment().start, 'time'),
  );
  protected readonly end = computed(() =>
    this.format.date(this.appointment().end, 'time'),
  );
  protected readonly date = computed(() =>
    this.format.date(this.appointment().start, 'dayHeading'),
  );
  protected readonly typeKey = computed(
    (): TranslationKey => `clientSessions.types.${this.appointment().type}`,
  );
  protected readonly statusKey = computed(
    (): TranslationKey => `agenda.status.${this.appointment().status}`,
  );
  protected readonly sessionParams = computed(() =>
    sessionParams(this.appointment()),
  );
  protected readonly icsUrl = computed(() =>
    RESOURCE_PATHS.appointmentIcs(this.appointment().id),
  );
}
