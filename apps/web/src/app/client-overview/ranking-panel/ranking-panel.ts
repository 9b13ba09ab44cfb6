import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { DOMAINS, type RankingEntry, joinList } from '@herstelkompas/domain';
import { HkDatePipe, HkNumberPipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip } from '../../ui/domain-chip/domain-chip';
import { Icon } from '../../ui/icon/icon';
import type { CurrentFocus } from '../overview-model';

/**
 * The computed ranking, read-only, and the focus the practice works on.
 * Deciding happens on the Prioriteiten tab; this only shows and explains.
 */
@Component({
  selector: 'hk-ranking-panel',
  imports: [
    MatButton,
    RouterLink,
    TranslatePipe,
    HkDatePipe,
    HkNumberPipe,
    DomainChip,
    Icon,
  ],
  templateUrl: './ranking-panel.html',
  styleUrl: './ranking-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RankingPanel {
  private readonly i18n = inject(I18n);

  readonly entries = input.required<readonly RankingEntry[]>();
  readonly pendingMedicalClearance = input(false);
  readonly focus = input.required<CurrentFocus>();
  readonly clientId = input.required<string>();

  // The API already lists insufficient domains last; keep that promise here.
  protected readonly rows = computed(() => {
    const language = this.i18n.language();
    return [...this.entries()]
      .sort(
        (a, b) =>
          Number(a.insufficient) - Number(b.insufficient) || a.rank - b.rank,
      )
      .map((entry) => ({
        ...entry,
        reasonText: entry.reason[language],
        tiedText: entry.tiedWith.length
          ? joinList(
              entry.tiedWith.map((d) =>
                DOMAINS[d].name[language].toLowerCase(),
              ),
              language,
            )
          : null,
      }));
  });
}
