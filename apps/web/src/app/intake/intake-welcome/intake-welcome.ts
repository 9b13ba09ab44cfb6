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
import { FocusHeading } from '../ui/focus-heading';

/**
 * After the check: what the intake is about, in plain words, before any
 * question. The domain texts come from libs/domain, as everywhere.
 */
@Component({
  selector: 'hk-intake-welcome',
  imports: [MatButton, TranslatePipe, Icon, FocusHeading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './intake-welcome.html',
  styleUrl: './intake-welcome.scss',
})
export class IntakeWelcome {
  protected readonly store = inject(IntakeStore);

  protected readonly domains = DOMAIN_LIST.map((domain) => ({
    ...domain,
    // One line per domain here: the opening sentence says what it is about.
    summary: {
      nl: firstSentence(domain.explanation.nl),
      en: firstSentence(domain.explanation.en),
    },
    iconName: domain.icon as IconName,
    // theme/_domains.scss names its custom properties after the domain ids.
    colourVar: `var(--hk-domain-${domain.id})`,
  }));
  protected readonly resuming = computed(
    () =>
      this.store.consented() && Object.keys(this.store.answers()).length > 0,
  );
}

function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}
