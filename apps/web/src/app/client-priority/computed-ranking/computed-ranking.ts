import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import type { ComputedPriority } from '@herstelkompas/contracts';
import { DOMAINS, type DomainId, joinList } from '@herstelkompas/domain';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip } from '../../ui/domain-chip/domain-chip';
import { Icon } from '../../ui/icon/icon';

/**
 * "Berekend": the ranking libs/domain computed, with its reasons in words.
 * Ties, close calls and missing data are said out loud, because there the
 * practitioner's judgement matters most.
 */
@Component({
  selector: 'hk-computed-ranking',
  imports: [DomainChip, Icon, TranslatePipe, HkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'clientPriority.computedHeading' | t }}</h2>
    <p class="sub">
      {{
        'clientPriority.computedFrom'
          | t: { date: (priority().assessedAt | hkDate) }
      }}
    </p>
    <ol class="ranking" data-testid="priority-computed">
      @for (row of rows(); track row.domain) {
        <li [class.insufficient]="row.insufficient">
          @if (row.insufficient) {
            <!-- Too few answers: no place in the order, so no number. -->
            <span class="place" aria-hidden="true">–</span>
            <span class="cdk-visually-hidden">{{
              'clientPriority.noPlace' | t
            }}</span>
          } @else {
            <span class="place" aria-hidden="true">{{ row.rank }}</span>
          }
          <div class="body">
            <div class="line">
              <hk-domain-chip [domain]="row.domain" />
              <strong>
                @if (row.score !== null) {
                  {{ 'clientPriority.score' | t: { score: row.score } }}
                } @else {
                  {{ 'clientPriority.noScore' | t }}
                }
              </strong>
              @if (row.focus) {
                <span class="badge focus">
                  <hk-icon name="target" />{{ 'clientPriority.focusBadge' | t }}
                </span>
              }
            </div>
            <p class="reason">{{ row.reason }}</p>
            @if (row.tied || row.closeCall) {
              <p class="badges">
                @if (row.tied) {
                  <span class="badge">{{
                    'clientPriority.tied' | t: { domains: row.tied }
                  }}</span>
                }
                @if (row.closeCall) {
                  <span class="badge">{{
                    'clientPriority.closeCall' | t
                  }}</span>
                }
              </p>
            }
          </div>
        </li>
      }
    </ol>
  `,
  styles: `
    h2 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .sub {
      margin: 2px 0 12px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .ranking {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      gap: 8px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .insufficient {
      color: var(--mat-sys-on-surface-variant);
    }
    .place {
      min-width: 1.5em;
      font: var(--mat-sys-title-medium);
      text-align: center;
    }
    .body {
      flex: 1;
      min-width: 0;
    }
    .line,
    .badges {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      margin: 0;
    }
    .reason {
      margin: 4px 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      padding: 0 8px;
      border-radius: 999px;
      background: var(--mat-sys-surface-container-high);
      font: var(--mat-sys-label-medium);
    }
    .badge.focus {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .badge hk-icon {
      width: 14px;
      height: 14px;
    }
  `,
})
export class ComputedRanking {
  private readonly i18n = inject(I18n);

  readonly priority = input.required<ComputedPriority>();

  protected readonly rows = computed(() => {
    const language = this.i18n.language();
    const priority = this.priority();
    const name = (d: DomainId) => DOMAINS[d].name[language].toLowerCase();
    return priority.ranking.map((entry) => ({
      ...entry,
      reason: entry.reason[language],
      focus: priority.focus.includes(entry.domain),
      tied: entry.tiedWith.length
        ? joinList(entry.tiedWith.map(name), language)
        : '',
    }));
  });
}
