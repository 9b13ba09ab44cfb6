import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import {
  BAND_LABELS,
  DOMAIN_IDS,
  type DomainId,
  bandFor,
} from '@herstelkompas/domain';
import { HkNumberPipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip } from '../../ui/domain-chip/domain-chip';
import { EmptyState } from '../../ui/empty-state/empty-state';
import { ClientStore } from '../client-store';

/**
 * Overzicht. Until the intake feature lands this is mostly an honest empty
 * state; the latest scores show when a client has them.
 */
@Component({
  selector: 'hk-client-overview',
  imports: [EmptyState, DomainChip, TranslatePipe, HkNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (scores(); as scores) {
      <ul class="scores">
        @for (row of scores; track row.domain) {
          <li>
            <hk-domain-chip [domain]="row.domain" />
            @if (row.score !== null) {
              <strong>{{ row.score | hkNumber: '1.0-1' }}</strong>
              <span class="band">{{ row.band }}</span>
            } @else {
              <span class="band">–</span>
            }
          </li>
        }
      </ul>
    } @else {
      <hk-empty-state
        icon="assignment"
        [heading]="'clients.page.overviewEmptyTitle' | t"
        [body]="
          'clients.page.overviewEmptyBody'
            | t: { name: store.client()?.firstName ?? '' }
        "
      />
    }
  `,
  styles: `
    .scores {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .band {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ClientOverview {
  protected readonly store = inject(ClientStore);
  private readonly i18n = inject(I18n);

  protected readonly scores = computed(() => {
    const latest = this.store.client()?.latestScores;
    if (!latest) return null;
    return DOMAIN_IDS.map((domain: DomainId) => {
      const score = latest[domain] ?? null;
      const band = bandFor(score);
      return {
        domain,
        score,
        band: band ? BAND_LABELS[band][this.i18n.language()] : '',
      };
    });
  });
}
