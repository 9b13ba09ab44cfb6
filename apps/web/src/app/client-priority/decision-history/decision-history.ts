import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import type { PriorityDecisionRecord } from '@herstelkompas/contracts';
import { DOMAINS, REASON_CODE_LABELS } from '@herstelkompas/domain';
import { HkDatePipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip } from '../../ui/domain-chip/domain-chip';
import { Icon } from '../../ui/icon/icon';

/** Earlier decisions, newest first: who, when, focus, reason, deviation. */
@Component({
  selector: 'hk-decision-history',
  imports: [DomainChip, Icon, TranslatePipe, HkDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'clientPriority.history.heading' | t }}</h2>
    <div data-testid="priority-history">
      @for (row of rows(); track row.id) {
        <article class="record" data-testid="priority-history-item">
          <p class="who">
            <strong>{{
              'clientPriority.history.by'
                | t
                  : {
                      date: (row.decidedAt | hkDate: 'dateTime'),
                      name: row.decidedBy.displayName,
                    }
            }}</strong>
            @if (row.id === currentId()) {
              <span class="marker">{{
                'clientPriority.history.current' | t
              }}</span>
            }
            @if (row.differsFromComputed) {
              <span class="marker differs" data-testid="history-differs">
                <hk-icon name="swap_vert" />{{ 'clientPriority.differs' | t }}
              </span>
            }
          </p>
          <dl>
            <dt>{{ 'clientPriority.history.focus' | t }}</dt>
            <dd class="chips">
              @for (domain of row.focusDomains; track domain) {
                <hk-domain-chip [domain]="domain" />
              }
            </dd>
            <dt>{{ 'clientPriority.history.order' | t }}</dt>
            <dd>{{ row.orderText }}</dd>
            <dt>{{ 'clientPriority.history.reason' | t }}</dt>
            <dd>
              {{ row.reasonLabel }}
              @if (row.reasonText) {
                — <q>{{ row.reasonText }}</q>
              }
            </dd>
          </dl>
        </article>
      } @empty {
        <p class="empty">{{ 'clientPriority.history.empty' | t }}</p>
      }
    </div>
  `,
  styles: `
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .record {
      padding: 12px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .who {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      margin: 0 0 8px;
    }
    .marker {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      padding: 0 8px;
      border-radius: 999px;
      background: var(--mat-sys-surface-container-high);
      font: var(--mat-sys-label-medium);
    }
    .marker.differs {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .marker hk-icon {
      width: 16px;
      height: 16px;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0;
      font: var(--mat-sys-body-medium);
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class DecisionHistory {
  private readonly i18n = inject(I18n);

  readonly records = input.required<readonly PriorityDecisionRecord[]>();
  /** The decision in force for the current assessment, if any. */
  readonly currentId = input<string | null>(null);

  protected readonly rows = computed(() => {
    const language = this.i18n.language();
    return this.records().map((record) => ({
      ...record,
      reasonLabel: REASON_CODE_LABELS[record.reasonCode][language],
      orderText: record.order
        .map((domain, i) => `${i + 1}. ${DOMAINS[domain].name[language]}`)
        .join('  '),
    }));
  });
}
