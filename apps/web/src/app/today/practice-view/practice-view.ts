import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { CLIENT_STATUSES, type HomeView } from '@herstelkompas/contracts';
import { DOMAIN_IDS } from '@herstelkompas/domain';
import { ClientStatusChip } from '../../clients/client-status';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip, domainColour } from '../../ui/domain-chip/domain-chip';
import { ScoreBar } from '../../ui/score-bar/score-bar';

/** For the owner: clients per status, and which domains are focus most. */
@Component({
  selector: 'hk-practice-view',
  imports: [RouterLink, TranslatePipe, ClientStatusChip, DomainChip, ScoreBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'today.practice.title' | t }}</h2>
    <div class="columns">
      <section aria-labelledby="practice-status">
        <h3 id="practice-status">{{ 'today.practice.byStatus' | t }}</h3>
        <ul class="statuses">
          @for (row of statuses(); track row.status) {
            <li>
              <a
                routerLink="/clienten"
                [queryParams]="{ status: row.status }"
                [attr.aria-label]="row.label"
              >
                <hk-client-status [status]="row.status" />
                <strong>{{ row.count }}</strong>
              </a>
            </li>
          }
        </ul>
      </section>
      <section aria-labelledby="practice-focus" data-testid="practice-focus">
        <h3 id="practice-focus">{{ 'today.practice.focus' | t }}</h3>
        <p class="help">{{ 'today.practice.focusHelp' | t }}</p>
        <ul class="bars">
          @for (row of focus(); track row.domain) {
            <li>
              <hk-domain-chip [domain]="row.domain" size="small" />
              <hk-score-bar
                [value]="row.count"
                [max]="row.max"
                [colour]="row.colour"
                [label]="row.label"
              />
              <strong aria-hidden="true">{{ row.count }}</strong>
            </li>
          }
        </ul>
      </section>
    </div>
  `,
  styles: `
    :host {
      display: block;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
    }
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-large);
    }
    h3 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
      gap: 24px;
    }
    ul {
      display: grid;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .statuses a {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      padding: 4px 0;
      color: inherit;
      text-decoration: none;
    }
    .statuses a:hover strong {
      text-decoration: underline;
    }
    .bars li {
      display: grid;
      grid-template-columns: 150px minmax(0, 1fr) 2ch;
      align-items: center;
      gap: 12px;
    }
    .help {
      margin: 0 0 8px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PracticeView {
  private readonly i18n = inject(I18n);

  readonly practice = input.required<NonNullable<HomeView['practice']>>();

  protected readonly statuses = computed(() =>
    CLIENT_STATUSES.map((status) => {
      const count = this.practice().byStatus[status] ?? 0;
      return {
        status,
        count,
        label: this.i18n.t('today.practice.statusLink', {
          status: this.i18n.t(`clients.status.${status}`),
          count,
        }),
      };
    }),
  );
  protected readonly focus = computed(() => {
    const counts = this.practice().focusDomainCounts;
    const max = Math.max(1, ...DOMAIN_IDS.map((d) => counts[d] ?? 0));
    return DOMAIN_IDS.map((domain) => {
      const count = counts[domain] ?? 0;
      return {
        domain,
        count,
        max,
        colour: domainColour(domain),
        label: this.i18n.t('today.practice.clients', { count }),
      };
    });
  });
}
