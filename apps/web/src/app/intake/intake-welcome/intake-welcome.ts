import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { DOMAIN_LIST } from '@herstelkompas/domain';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Icon } from '../../ui/icon/icon';
import type { IconName } from '../../ui/icon/icon-paths';
import { IntakeStore } from '../intake-store';
import { IntakeUrgent } from '../intake-urgent/intake-urgent';
import { FocusHeading } from '../../ui/focus-heading/focus-heading';

/**
 * After the check: what the intake is about, in plain words, before any
 * question, and nothing reassuring yet: the health questions come first.
 * Reopened with an urgent answer in the draft, the instruction comes first.
 */
@Component({
  selector: 'hk-intake-welcome',
  imports: [MatButton, TranslatePipe, Icon, FocusHeading, IntakeUrgent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './intake-welcome.html',
  styleUrl: './intake-welcome.scss',
})
export class IntakeWelcome {
  protected readonly store = inject(IntakeStore);

  protected readonly domains = DOMAIN_LIST.map((domain) => ({
    ...domain,
    iconName: domain.icon as IconName,
    // theme/_domains.scss names its custom properties after the domain ids.
    colourVar: `var(--hk-domain-${domain.id})`,
  }));
  protected readonly resuming = computed(
    () =>
      this.store.consented() && Object.keys(this.store.answers()).length > 0,
  );
}
