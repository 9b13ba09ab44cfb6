import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MatSlideToggle,
  type MatSlideToggleChange,
} from '@angular/material/slide-toggle';
import type { Change, PainMeasureKey, PainScores } from '@herstelkompas/domain';
import { HkDatePipe, HkNumberPipe } from '../../core/i18n/format-pipes';
import { I18n } from '../../core/i18n/i18n';
import { LocaleFormat } from '../../core/i18n/locale-format';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import type { TranslationKey } from '../../core/i18n/translations';
import { ScoreBar } from '../../ui/score-bar/score-bar';
import { signed } from '../overview-model';

type Rating = 'nprsNow' | 'nprsAverage' | 'nprsWorst' | 'interference';

const RATINGS: readonly { key: Rating; label: TranslationKey }[] = [
  { key: 'nprsNow', label: 'overview.pain.now' },
  { key: 'nprsAverage', label: 'overview.pain.average' },
  { key: 'nprsWorst', label: 'overview.pain.worst' },
  { key: 'interference', label: 'overview.pain.interference' },
];

/**
 * The outcome: pain, its interference, the client's own activities, beliefs
 * and mind-body indicators. Beside the domains, never ranked with them. With
 * "pijnfocus uit" it folds away, so the conversation is about recovery.
 */
@Component({
  selector: 'hk-pain-panel',
  imports: [
    MatButton,
    MatSlideToggle,
    TranslatePipe,
    HkDatePipe,
    HkNumberPipe,
    ScoreBar,
  ],
  templateUrl: './pain-panel.html',
  styleUrl: './pain-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PainPanel {
  private readonly i18n = inject(I18n);
  private readonly format = inject(LocaleFormat);

  readonly pain = input.required<PainScores>();
  /** Change per measure since `since`, or null without an earlier one. */
  readonly changes = input<Readonly<Record<PainMeasureKey, Change>> | null>(
    null,
  );
  readonly since = input<string | null>(null);
  readonly painFocusOff = input.required<boolean>();
  readonly saving = input(false);
  readonly painFocusChange = output<boolean>();

  /** Folded open for a look, without turning the setting off. */
  protected readonly peek = signal(false);
  protected readonly expanded = computed(
    () => !this.painFocusOff() || this.peek(),
  );
  protected readonly ratings = computed(() => {
    const pain = this.pain();
    const changes = this.changes();
    return RATINGS.map(({ key, label }) => ({
      key,
      label,
      value: pain[key],
      change: changes?.[key] ?? null,
    }));
  });
  protected readonly beliefsChange = computed(
    () => this.changes()?.beliefs ?? null,
  );
  protected readonly mindBodyLabel = computed(
    () => this.pain().mindBody.label[this.i18n.language()],
  );

  protected toggled(event: MatSlideToggleChange): void {
    // The switch follows the saved setting, not the click: it flips when
    // the change is stored, and stays put when saving fails.
    event.source.checked = this.painFocusOff();
    this.painFocusChange.emit(event.checked);
  }

  protected deltaText(change: Change | null): string | null {
    return change && change.delta !== null
      ? signed(change.delta, (n) => this.format.number(n, '1.0-1'))
      : null;
  }
}
