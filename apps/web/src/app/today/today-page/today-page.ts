import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { URGENCY_LABELS, type RedFlagUrgency } from '@herstelkompas/domain';
import { map } from 'rxjs';
import { TodayAppointments } from '../../agenda/today-appointments/today-appointments';
import { TodayNewMessages } from '../new-messages/today-new-messages';
import { AuthStore } from '../../core/auth/auth-store';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { amsterdamHour } from '../../core/i18n/locale-format';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import { DomainChip } from '../../ui/domain-chip/domain-chip';
import { PageHeader } from '../../ui/page-header/page-header';
import { HomeSection } from '../home-section/home-section';
import { PracticeView } from '../practice-view/practice-view';
import {
  DEFAULT_FOLLOW_UP_WEEKS,
  FOLLOW_UP_WEEKS,
  TodayStore,
  parseWeeks,
} from '../today-store';

type Daypart = 'morning' | 'afternoon' | 'evening';

export function daypart(hour: number): Daypart {
  if (hour < 12) return 'morning';
  return hour < 18 ? 'afternoon' : 'evening';
}

/** Vandaag: the practitioner's home, what needs attention first. */
@Component({
  selector: 'hk-today-page',
  imports: [
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    PageHeader,
    Alert,
    DomainChip,
    HomeSection,
    PracticeView,
    TodayAppointments,
    TodayNewMessages,
    TranslatePipe,
    HkDatePipe,
  ],
  providers: [TodayStore],
  templateUrl: './today-page.html',
  styleUrl: './today-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TodayPage {
  private readonly auth = inject(AuthStore);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  protected readonly store = inject(TodayStore);

  protected readonly now = new Date();
  protected readonly greetingKey = computed(
    () => `today.greeting.${daypart(amsterdamHour(this.now))}` as const,
  );
  // People greet by first name: "Goedemiddag, Sanne".
  protected readonly firstName = computed(
    () =>
      this.auth.user()?.practitioner.displayName.trim().split(/\s+/)[0] ?? '',
  );
  protected readonly weekOptions = FOLLOW_UP_WEEKS;
  // The weeks setting lives in the URL, so the view can be bookmarked.
  protected readonly weeks = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(
      map((params) => parseWeeks(params.get('followUpWeeks'))),
    ),
    { initialValue: DEFAULT_FOLLOW_UP_WEEKS },
  );
  protected readonly view = this.store.view;
  /** Skeletons only the first time; a new setting keeps the old lists. */
  protected readonly loading = computed(
    () => this.store.status() === 'loading' && this.view() === null,
  );
  protected readonly redFlags = computed(() =>
    (this.view()?.openRedFlags ?? []).map((row) => ({
      ...row,
      urgency:
        URGENCY_LABELS[row.mostUrgent as RedFlagUrgency]?.[
          this.i18n.language()
        ] ?? '',
    })),
  );

  constructor() {
    effect(() => {
      const weeks = this.weeks();
      untracked(() => void this.store.load(weeks));
    });
  }

  protected setWeeks(weeks: number): void {
    void this.router.navigate([], {
      queryParams: {
        followUpWeeks: weeks === DEFAULT_FOLLOW_UP_WEEKS ? null : weeks,
      },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected weeksLabel(weeks: number): string {
    return this.i18n.t('today.followUp.weeksOption', { weeks });
  }

  protected retry(): void {
    void this.store.load(this.weeks());
  }
}
