import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { DOMAINS, DOMAIN_IDS, type TrendSeries } from '@herstelkompas/domain';
import { I18n } from '../../core/i18n/i18n';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import {
  type TrendCard,
  TrendCards,
  trendCard,
} from '../trend-cards/trend-cards';

/**
 * One small chart per domain and one for pain, side by side, so a chain
 * reaction (one domain first, the others following) can be seen. One
 * switch shows them all as tables.
 */
@Component({
  selector: 'hk-overview-trends',
  imports: [TranslatePipe, TrendCards],
  template: `
    <hk-trend-cards
      headingId="trends-title"
      toggleTestId="trends-toggle"
      [heading]="'overview.trends.title' | t"
      [intro]="'overview.trends.intro' | t"
      [cards]="cards()"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewTrends {
  private readonly i18n = inject(I18n);

  readonly trend = input.required<TrendSeries>();

  protected readonly cards = computed((): TrendCard[] => {
    const trend = this.trend();
    const language = this.i18n.language();
    const domains = DOMAIN_IDS.map((domain) => {
      const name = DOMAINS[domain].name[language];
      return trendCard({
        id: domain,
        domain,
        title: name,
        label: this.i18n.t('overview.trends.domainLabel', { domain: name }),
        max: 100,
        points: trend.domains[domain],
      });
    });
    const pain = trendCard({
      id: 'nprsAverage',
      domain: null,
      title: this.i18n.t('overview.trends.pain'),
      label: this.i18n.t('overview.trends.painLabel'),
      max: 10,
      points: trend.pain.nprsAverage,
    });
    return [...domains, pain];
  });
}
