import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router } from '@angular/router';
import type {
  Appointment,
  AppointmentStatus,
  TeamMember,
} from '@herstelkompas/contracts';
import { firstValueFrom, map } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { ErrorMessage } from '../../core/http/error-message';
import { I18n } from '../../core/i18n/i18n';
import { LocaleFormat } from '../../core/i18n/locale-format';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { TeamApi } from '../../team/team-api';
import { Icon } from '../../ui/icon/icon';
import { PageHeader } from '../../ui/page-header/page-header';
import { SkeletonRows } from '../../ui/skeleton/skeleton-rows';
import {
  type AgendaQuery,
  type AgendaView,
  amsterdamToday,
  paramsOf,
  queryFrom,
  shift,
} from '../agenda-range';
import { AgendaStore } from '../agenda-store';
import { AppointmentBooking } from '../appointment-booking';
import { AppointmentItem } from '../appointment-item/appointment-item';
import { CalendarFeedPanel } from '../calendar-feed/calendar-feed-panel';
import { LoadStateBlock } from '../../ui/load-state/load-state';

/**
 * Agenda: a practitioner's appointments (or the whole practice's, for the
 * owner) by day or by week, with the view, day and person in the URL.
 */
@Component({
  selector: 'hk-agenda-page',
  imports: [
    LoadStateBlock,
    MatButton,
    MatIconButton,
    MatFormField,
    MatLabel,
    MatInput,
    TranslatePipe,
    PageHeader,
    Icon,
    SkeletonRows,
    AppointmentItem,
    CalendarFeedPanel,
  ],
  providers: [AgendaStore],
  templateUrl: './agenda-page.html',
  styleUrl: './agenda-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgendaPage {
  protected readonly store = inject(AgendaStore);
  private readonly auth = inject(AuthStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly booking = inject(AppointmentBooking);
  private readonly format = inject(LocaleFormat);
  private readonly i18n = inject(I18n);
  private readonly errors = inject(ErrorMessage);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly isOwner = this.auth.isOwner;
  private readonly me = computed(() => this.auth.user()?.practitioner.id ?? '');
  private readonly defaults = computed(() => ({
    today: amsterdamToday(),
    me: this.me(),
    owner: this.isOwner(),
  }));
  protected readonly query = toSignal(
    this.route.queryParamMap.pipe(
      map((params) => queryFrom(params, this.defaults())),
    ),
    {
      initialValue: queryFrom(
        this.route.snapshot.queryParamMap,
        this.defaults(),
      ),
    },
  );
  protected readonly team = signal<TeamMember[]>([]);
  protected readonly people = computed(() => {
    const me = this.me();
    return this.team()
      .filter((m) => m.active && !m.invitationPending)
      .map((m) => ({
        id: m.id,
        name:
          m.id === me
            ? this.i18n.t('agenda.me', { name: m.displayName })
            : m.displayName,
      }));
  });
  protected readonly period = computed(() => {
    const days = this.store.days();
    const first = days[0]?.date;
    const last = days.at(-1)?.date;
    if (!first || !last) return '';
    if (first === last) return this.heading(first);
    return this.i18n.t('agenda.weekOf', {
      from: this.heading(first),
      to: this.heading(last),
    });
  });
  protected readonly countText = computed(() => {
    return this.i18n.t('agenda.count', { count: this.store.count() });
  });
  protected readonly today = amsterdamToday();
  protected readonly stepKeys = computed(() => {
    const view = this.query().view;
    return {
      previous: `agenda.previous.${view}` as const,
      next: `agenda.next.${view}` as const,
    };
  });

  constructor() {
    effect(() => {
      const query = this.query();
      untracked(() => void this.store.load(query));
    });
    if (this.isOwner())
      void firstValueFrom(inject(TeamApi).list())
        .then((team) => this.team.set(team))
        .catch(() => undefined);
  }

  protected heading(date: string): string {
    return this.format.date(`${date}T12:00:00Z`, 'dayHeading');
  }

  protected go(patch: Partial<AgendaQuery>): void {
    const next = { ...this.query(), ...patch };
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsOf(next, this.defaults()),
      replaceUrl: true,
    });
  }

  protected setView(view: AgendaView): void {
    this.go({ view });
  }

  protected step(step: -1 | 1): void {
    const query = this.query();
    this.go({ date: shift(query.view, query.date, step) });
  }

  protected choose(event: Event): void {
    this.go({ who: (event.target as HTMLSelectElement).value });
  }

  protected async book(): Promise<void> {
    const date = this.query().date;
    const booked = await this.booking.open({
      date: date < this.today ? this.today : date,
    });
    if (booked) await this.store.reload();
  }

  protected async change(appointment: Appointment): Promise<void> {
    if (await this.booking.change(appointment)) await this.store.reload();
  }

  protected async setStatus(
    appointment: Appointment,
    status: AppointmentStatus,
  ): Promise<void> {
    const id = appointment.id;
    if (
      status === 'cancelled' &&
      !(await this.booking.confirmCancel(appointment))
    )
      return;
    try {
      await this.store.setStatus(id, status);
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
  }
}
