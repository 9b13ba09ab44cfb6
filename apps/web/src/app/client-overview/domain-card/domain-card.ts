import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  type Answers,
  BAND_LABELS,
  type Change,
  type DomainId,
  type DomainScore,
  type InstrumentDefinition,
  roundHalfAwayFromZero,
} from '@herstelkompas/domain';
import { HkDatePipe, HkNumberPipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { LocaleFormat } from '../../core/i18n/locale-format';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { DomainChip, domainColour } from '../../ui/domain-chip/domain-chip';
import { Icon } from '../../ui/icon/icon';
import type { IconName } from '../../ui/icon/icon-paths';
import { ScoreBar } from '../../ui/score-bar/score-bar';
import { signed } from '../overview-model';
import { answerRows } from './domain-answers';

const CHANGE_ICONS: Record<Change['direction'], IconName> = {
  improved: 'arrow_downward',
  worsened: 'arrow_upward',
  unchanged: 'check',
  unknown: 'info',
};

/**
 * One domain of the latest assessment: score and band in words, the change
 * since the assessment compared with, and the answers behind the score.
 */
@Component({
  selector: 'hk-domain-card',
  imports: [
    MatButton,
    TranslatePipe,
    HkDatePipe,
    HkNumberPipe,
    DomainChip,
    Icon,
    ScoreBar,
  ],
  templateUrl: './domain-card.html',
  styleUrl: './domain-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    'data-testid': 'domain-card',
    '[attr.data-domain]': 'domain()',
    '[style.--hk-card-colour]': 'colour()',
  },
})
export class DomainCard {
  private readonly i18n = inject(I18n);
  private readonly format = inject(LocaleFormat);

  readonly domain = input.required<DomainId>();
  readonly score = input.required<DomainScore>();
  /** Place in the computed ranking, if known. */
  readonly rank = input<number | null>(null);
  /** Change since `since`, from libs/domain's compareAssessments. */
  readonly change = input<Change | null>(null);
  readonly since = input<string | null>(null);
  readonly instrument = input<InstrumentDefinition | undefined>(undefined);
  readonly answers = input<Answers>({});

  protected readonly open = signal(false);
  protected readonly colour = computed(() => domainColour(this.domain()));
  protected readonly band = computed(() => {
    const band = this.score().band;
    return band ? BAND_LABELS[band][this.i18n.language()] : null;
  });
  protected readonly changeIcon = computed(
    () => CHANGE_ICONS[this.change()?.direction ?? 'unknown'],
  );
  protected readonly directionKey = computed(
    () =>
      `overview.domains.change.${this.change()?.direction ?? 'unknown'}` as const,
  );
  /**
   * In whole points, as the score, the ranking and the report show it: the
   * difference of the two rounded scores, so 42 after 38 reads +4.
   */
  protected readonly delta = computed(() => {
    const change = this.change();
    if (!change || change.delta === null) return '';
    const whole = (n: number | null) => roundHalfAwayFromZero(n ?? 0);
    return signed(whole(change.after) - whole(change.before), (n) =>
      this.format.number(n, '1.0-0'),
    );
  });
  protected readonly rows = computed(() =>
    answerRows(
      this.score().items,
      this.instrument()?.items ?? [],
      this.answers(),
      this.i18n.language(),
      {
        yes: this.i18n.t('overview.domains.yes'),
        no: this.i18n.t('overview.domains.no'),
      },
    ),
  );
  protected readonly panelId = computed(() => `answers-${this.domain()}`);

  protected statusKey(status: string) {
    return `overview.domains.status.${status}` as
      | 'overview.domains.status.unanswered'
      | 'overview.domains.status.declined'
      | 'overview.domains.status.invalid'
      | 'overview.domains.status.not_applicable'
      | 'overview.domains.status.disabled'
      | 'overview.domains.status.answered';
  }
}
