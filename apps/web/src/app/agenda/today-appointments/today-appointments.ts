import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { Appointment } from '@herstelkompas/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { ErrorMessage } from '../../core/http/error-message';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { HomeSection } from '../../today/home-section/home-section';
import { Alert } from '../../ui/alert/alert';
import { AgendaApi } from '../agenda-api';
import { amsterdamToday } from '../agenda-range';
import { AppointmentItem } from '../appointment-item/appointment-item';

/** Vandaag's first section: the caller's appointments of today, each with "Sessie starten". */
@Component({
  selector: 'hk-today-appointments',
  imports: [
    RouterLink,
    MatButton,
    TranslatePipe,
    HomeSection,
    Alert,
    AppointmentItem,
  ],
  template: `
    @if (error(); as message) {
      <hk-alert
        ><span>{{ message }}</span></hk-alert
      >
    }
    <hk-home-section
      sectionId="today-appointments"
      icon="event"
      data-testid="today-appointments"
      [heading]="'agenda.vandaag.title' | t"
      [empty]="'agenda.vandaag.empty' | t"
      [count]="visible().length"
      [loading]="status() === 'loading'"
    >
      <a matButton sectionActions routerLink="/agenda">{{
        'agenda.vandaag.toAgenda' | t
      }}</a>
      <div role="list">
        @for (a of visible(); track a.id) {
          <hk-appointment-item
            [appointment]="a"
            [startable]="true"
            [changeable]="false"
          />
        }
      </div>
    </hk-home-section>
  `,
  styles: `
    :host {
      display: grid;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TodayAppointments implements OnInit {
  private readonly api = inject(AgendaApi);
  private readonly auth = inject(AuthStore);
  private readonly errors = inject(ErrorMessage);

  protected readonly status = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly error = signal<string | null>(null);
  private readonly appointments = signal<Appointment[]>([]);
  protected readonly visible = computed(() =>
    this.appointments().filter((a) => a.status !== 'cancelled'),
  );

  async ngOnInit(): Promise<void> {
    const today = amsterdamToday();
    try {
      this.appointments.set(
        await firstValueFrom(
          this.api.list({
            from: today,
            to: today,
            practitionerId: this.auth.user()?.practitioner.id ?? '',
          }),
        ),
      );
      this.status.set('ready');
    } catch (error: unknown) {
      this.error.set(this.errors.describe(error));
      this.status.set('error');
    }
  }
}
