import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import {
  MatAutocomplete,
  MatAutocompleteTrigger,
  MatOption,
} from '@angular/material/autocomplete';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import {
  APPOINTMENT_LOCATION_MAX_LENGTH,
  APPOINTMENT_NOTE_MAX_LENGTH,
  APPOINTMENT_TYPES,
  type Appointment,
  type AppointmentType,
  type ClientSummary,
  type CreateAppointmentRequest,
  type OverlappingAppointment,
  type UpdateAppointmentRequest,
} from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { ClientsApi } from '../../clients/clients-api';
import { DateInput } from '../../core/forms/date-input';
import { formatDutchDate } from '../../core/forms/dutch-date';
import {
  FORM_DIALOG_IMPORTS,
  FormDialogState,
} from '../../core/forms/form-dialog';
import { I18n } from '../../core/i18n/i18n';
import { LocaleFormat } from '../../core/i18n/locale-format';
import type { TranslationKey } from '../../core/i18n/translations';
import type { BookResult } from '../agenda-store';
import {
  type BookField,
  formOf,
  toBookRequest,
  toUpdateRequest,
} from './book-form';

export interface BookDialogData {
  /** The caller's practitioner id: the default practitioner. */
  me: string;
  /** Colleagues the caller may book for (owners); empty for others. */
  practitioners: { id: string; displayName: string }[];
  /** A client chosen beforehand (from the client page). */
  client?: { id: string; name: string };
  /** `YYYY-MM-DD`: the day the agenda shows. */
  date: string;
  book(request: CreateAppointmentRequest): Promise<BookResult>;
  /** Changing (moving) this appointment instead of booking a new one. */
  change?: {
    appointment: Appointment;
    save(request: UpdateAppointmentRequest): Promise<BookResult>;
  };
}

const SEARCH_DELAY_MS = 250;

/**
 * "Nieuwe afspraak": client, who, when, how long, what kind, where. With
 * `change` the same form moves or changes an existing appointment.
 */
@Component({
  selector: 'hk-book-dialog',
  imports: [
    FORM_DIALOG_IMPORTS,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatOption,
    DateInput,
  ],
  templateUrl: './book-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 12px;
      padding-top: 8px;
    }
    .wide {
      grid-column: 1 / -1;
    }
    .mail-hint {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    ul {
      margin: 4px 0 0;
      padding-left: 20px;
    }
    @media (max-width: 599px) {
      form {
        grid-template-columns: 1fr;
      }
    }
  `,
})
export class BookDialog {
  protected readonly data = inject<BookDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<BookDialog, Appointment>>(MatDialogRef);
  private readonly clients = inject(ClientsApi);
  private readonly i18n = inject(I18n);
  private readonly format = inject(LocaleFormat);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly types = APPOINTMENT_TYPES;
  protected readonly locationMax = APPOINTMENT_LOCATION_MAX_LENGTH;
  protected readonly noteMax = APPOINTMENT_NOTE_MAX_LENGTH;
  private readonly initial = this.data.change
    ? formOf(this.data.change.appointment)
    : null;
  protected readonly editing = this.initial !== null;
  protected readonly form = new FormGroup({
    client: new FormControl(
      this.data.change
        ? `${this.data.change.appointment.client.firstName} ${this.data.change.appointment.client.lastName}`
        : (this.data.client?.name ?? ''),
      { nonNullable: true },
    ),
    practitionerId: new FormControl(
      this.initial?.practitionerId ?? this.data.me,
      {
        nonNullable: true,
      },
    ),
    date: new FormControl(
      this.initial?.date ?? formatDutchDate(this.data.date),
      { nonNullable: true },
    ),
    time: new FormControl(this.initial?.time ?? '', { nonNullable: true }),
    durationMinutes: new FormControl(this.initial?.durationMinutes ?? '45', {
      nonNullable: true,
    }),
    type: new FormControl<AppointmentType>(this.initial?.type ?? 'coaching', {
      nonNullable: true,
    }),
    location: new FormControl(this.initial?.location ?? '', {
      nonNullable: true,
    }),
    note: new FormControl(this.initial?.note ?? '', { nonNullable: true }),
  });
  private readonly clientId = signal(
    this.data.change?.appointment.client.id ?? this.data.client?.id ?? '',
  );
  protected readonly found = signal<ClientSummary[]>([]);
  protected readonly searched = signal(false);
  private readonly state = new FormDialogState<BookField>(this.form.controls);
  protected readonly saving = this.state.saving;
  protected readonly failure = this.state.failure;
  protected readonly overlaps = signal<OverlappingAppointment[] | null>(null);
  protected readonly messages = this.state.messages;
  protected readonly overlapRows = computed(() =>
    (this.overlaps() ?? []).map((o) => ({
      id: o.id,
      text: this.i18n.t('agenda.dialog.overlapItem', {
        time: `${this.format.date(o.start, 'dayHeading')} ${this.format.date(o.start, 'time')}–${this.format.date(o.end, 'time')}`,
        name: o.clientName ?? this.i18n.t('agenda.dialog.someoneElse'),
      }),
    })),
  );
  private timer?: ReturnType<typeof setTimeout>;

  constructor() {
    // Any change after an overlap warning asks again before booking anyway.
    this.form.valueChanges.subscribe(() => this.overlaps.set(null));
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected typeKey(type: AppointmentType): TranslationKey {
    return `clientSessions.types.${type}`;
  }

  protected searchClients(text: string): void {
    this.clientId.set('');
    clearTimeout(this.timer);
    this.timer = setTimeout(async () => {
      const search = text.trim();
      if (!search) {
        this.found.set([]);
        this.searched.set(false);
        return;
      }
      const page = await firstValueFrom(
        // A check-up after completion is an appointment too.
        this.clients.list({ search, status: 'unarchived', pageSize: 10 }),
      ).catch(() => null);
      this.found.set(page?.items ?? []);
      this.searched.set(true);
    }, SEARCH_DELAY_MS);
  }

  protected chooseClient(client: ClientSummary): void {
    this.clientId.set(client.id);
    this.form.controls.client.setValue(client.displayName, {
      emitEvent: false,
    });
    this.clearMessage('client');
  }

  protected async save(): Promise<void> {
    this.failure.set(null);
    const form = { ...this.form.getRawValue(), clientId: this.clientId() };
    const change = this.data.change;
    const check = change
      ? toUpdateRequest(form, change.appointment)
      : toBookRequest(form, this.data.me);
    if (!check.ok) {
      this.state.showChecks(check.errors);
      return;
    }
    if ('changed' in check && !check.changed) {
      this.ref.close(undefined);
      return;
    }
    await this.state.save(
      async () => {
        const overlap = this.overlaps() ? { allowOverlap: true } : {};
        const result =
          change && 'changed' in check
            ? await change.save({ ...check.request, ...overlap })
            : await this.data.book({
                ...(check.request as CreateAppointmentRequest),
                ...overlap,
              });
        if (result.kind === 'overlap') {
          this.overlaps.set(result.overlaps);
          this.revealWarning();
          return;
        }
        this.ref.close(result.appointment);
      },
      change ? 'agenda.dialog.changeFailed' : 'agenda.dialog.failed',
      (apiField) => FIELD_OF[apiField],
    );
  }

  /** The warning sits under the form: on a small screen it would stay out of sight. */
  private revealWarning(): void {
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector('[data-testid="book-overlap"]')
          ?.scrollIntoView?.({ block: 'nearest' }),
      { injector: this.injector },
    );
  }

  private clearMessage(field: BookField): void {
    this.messages.update((m) => ({ ...m, [field]: undefined }));
    this.form.controls[field].setErrors(null);
  }
}

/** API field -> form field. */
const FIELD_OF: Record<string, BookField> = {
  clientId: 'client',
  start: 'time',
  durationMinutes: 'durationMinutes',
};
