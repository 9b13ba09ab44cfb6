import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { AuthStore } from '../core/auth/auth-store';
import { HkDatePipe } from '../core/i18n/format-pipes';
import { amsterdamHour } from '../core/i18n/locale-format';
import { TranslatePipe } from '../core/i18n/translate-pipe';
import { EmptyState } from '../ui/empty-state/empty-state';
import { PageHeader } from '../ui/page-header/page-header';

type Daypart = 'morning' | 'afternoon' | 'evening';

export function daypart(hour: number): Daypart {
  if (hour < 12) return 'morning';
  return hour < 18 ? 'afternoon' : 'evening';
}

/** Vandaag: the practitioner's home page. */
@Component({
  selector: 'hk-today-page',
  imports: [PageHeader, EmptyState, TranslatePipe, HkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <hk-page-header
      [heading]="greetingKey() | t: { name: firstName() }"
      [subheading]="'today.date' | t: { date: now | hkDate: 'weekdayDate' }"
    />
    <hk-empty-state
      icon="today"
      [heading]="'today.emptyTitle' | t"
      [body]="'today.emptyBody' | t"
    />
  `,
})
export class TodayPage {
  private readonly auth = inject(AuthStore);

  protected readonly now = new Date();
  protected readonly greetingKey = computed(
    () => `today.greeting.${daypart(amsterdamHour(this.now))}` as const,
  );
  // People greet by first name: "Goedemiddag, Sanne".
  protected readonly firstName = computed(
    () =>
      this.auth.user()?.practitioner.displayName.trim().split(/\s+/)[0] ?? '',
  );
}
