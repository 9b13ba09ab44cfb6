import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { Appointment } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../core/auth/auth-store';
import { I18n } from '../core/i18n/i18n';
import { LocaleFormat } from '../core/i18n/locale-format';
import { TeamApi } from '../team/team-api';
import { AgendaApi } from './agenda-api';
import { Confirm } from '../ui/confirm-dialog/confirm';
import { bookWith, changeWith } from './agenda-store';
import { amsterdamToday } from './agenda-range';
import { BookDialog, type BookDialogData } from './book-dialog/book-dialog';

/**
 * Opens "Nieuwe afspraak" or "Afspraak wijzigen" from anywhere (Agenda,
 * client page), asks before cancelling, and says what happened.
 */
@Injectable({ providedIn: 'root' })
export class AppointmentBooking {
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly auth = inject(AuthStore);
  private readonly api = inject(AgendaApi);
  private readonly team = inject(TeamApi);
  private readonly i18n = inject(I18n);
  private readonly format = inject(LocaleFormat);
  private readonly confirm = inject(Confirm);

  async open(
    options: { date?: string; client?: { id: string; name: string } } = {},
  ): Promise<Appointment | undefined> {
    const me = this.auth.user()?.practitioner.id ?? '';
    const practitioners = await this.practitioners();
    const ref = this.dialog.open<BookDialog, BookDialogData, Appointment>(
      BookDialog,
      {
        data: {
          me,
          practitioners,
          date: options.date ?? amsterdamToday(),
          ...(options.client ? { client: options.client } : {}),
          book: (request) => bookWith(this.api, request),
        },
        width: '560px',
        maxWidth: 'calc(100vw - 32px)',
        autoFocus: 'first-tabbable',
      },
    );
    const booked = await firstValueFrom(ref.afterClosed());
    if (booked)
      this.snackBar.open(
        this.i18n.t('agenda.dialog.booked', {
          date: this.format.date(booked.start, 'dayHeading'),
          time: this.format.date(booked.start, 'time'),
        }),
        undefined,
        { duration: 5000 },
      );
    return booked;
  }

  /** Moves or changes an appointment; resolves the changed one, or undefined. */
  async change(appointment: Appointment): Promise<Appointment | undefined> {
    const ref = this.dialog.open<BookDialog, BookDialogData, Appointment>(
      BookDialog,
      {
        data: {
          me: this.auth.user()?.practitioner.id ?? '',
          practitioners: await this.practitioners(),
          date: amsterdamToday(),
          book: () => Promise.reject(new Error('not booking')),
          change: {
            appointment,
            save: (request) => changeWith(this.api, appointment.id, request),
          },
        },
        width: '560px',
        maxWidth: 'calc(100vw - 32px)',
        // The client is fixed: start at the date, what is usually changed.
        autoFocus: '[data-testid="book-date"]',
      },
    );
    const changed = await firstValueFrom(ref.afterClosed());
    if (changed)
      this.snackBar.open(this.i18n.t('agenda.item.moved'), undefined, {
        duration: 4000,
      });
    return changed;
  }

  /** Asks before an appointment is cancelled (the client may be told by mail). */
  confirmCancel(appointment: Appointment): Promise<boolean> {
    return this.confirm.ask({
      title: this.i18n.t('agenda.item.cancelTitle'),
      body: this.i18n.t('agenda.item.cancelBody', {
        name: `${appointment.client.firstName} ${appointment.client.lastName}`,
        date: this.format.date(appointment.start, 'dayHeading'),
        time: this.format.date(appointment.start, 'time'),
      }),
      confirm: this.i18n.t('agenda.item.cancelConfirm'),
      cancel: this.i18n.t('agenda.item.cancelKeep'),
      destructive: true,
    });
  }

  /** Owners book for colleagues too; the API checks each may see the client. */
  private async practitioners(): Promise<
    { id: string; displayName: string }[]
  > {
    if (!this.auth.isOwner()) return [];
    return (await firstValueFrom(this.team.list()).catch(() => []))
      .filter((m) => m.active && !m.invitationPending)
      .map((m) => ({ id: m.id, displayName: m.displayName }));
  }
}
