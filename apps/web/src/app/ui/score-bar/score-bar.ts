import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { I18n } from '../../core/i18n/i18n';
import { LocaleFormat } from '../../core/i18n/locale-format';

function percentOf(value: number | null, max: number): number | null {
  if (value === null || !(max > 0)) return null;
  return Math.min(100, Math.max(0, (value / max) * 100));
}

/**
 * A horizontal bar for a score on a fixed scale (0-100 domains, 0-10 pain),
 * optionally with a tick where an earlier value stood. The number itself is
 * written beside it by the caller; the bar says it again for screen readers.
 */
@Component({
  selector: 'hk-score-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    role: 'img',
    '[attr.aria-label]': 'description()',
    '[style.--hk-bar-colour]': 'colour()',
  },
  template: `
    <span class="track">
      @if (percent(); as width) {
        <span class="fill" [style.width.%]="width"></span>
      }
      @if (earlierPercent(); as left) {
        <span class="earlier" [style.left.%]="left"></span>
      }
    </span>
  `,
  styles: `
    :host {
      display: block;
      min-width: 48px;
      print-color-adjust: exact;
    }
    .track {
      position: relative;
      display: block;
      height: 8px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-highest);
      overflow: visible;
    }
    .fill {
      display: block;
      height: 100%;
      border-radius: 4px;
      background: var(--hk-bar-colour);
    }
    .earlier {
      position: absolute;
      top: -3px;
      width: 2px;
      height: 14px;
      margin-left: -1px;
      background: var(--mat-sys-on-surface);
    }
  `,
})
export class ScoreBar {
  private readonly i18n = inject(I18n);
  private readonly format = inject(LocaleFormat);

  readonly value = input.required<number | null>();
  readonly max = input(100);
  /** Any CSS colour, e.g. `domainColour('sleep')`. */
  readonly colour = input('var(--mat-sys-primary)');
  /** An earlier value, drawn as a tick (e.g. the baseline). */
  readonly earlier = input<number | null>(null);
  /** Overrides the spoken description. */
  readonly label = input<string>();

  protected readonly percent = computed(() =>
    percentOf(this.value(), this.max()),
  );
  protected readonly earlierPercent = computed(() => {
    // A tick at 0 % would hide at the start; 0.001 keeps it drawn.
    const percent = percentOf(this.earlier(), this.max());
    return percent === null ? null : Math.max(percent, 0.001);
  });

  protected readonly description = computed(() => {
    const given = this.label();
    if (given) return given;
    const value = this.value();
    if (value === null) return this.i18n.t('charts.noScore');
    // Domain scores (0-100) in whole points, as written beside the bar;
    // pain (0-10) keeps its decimal.
    const digits = this.max() > 10 ? '1.0-0' : '1.0-1';
    const number = (n: number) => this.format.number(n, digits);
    const max = number(this.max());
    const earlier = this.earlier();
    return earlier === null
      ? this.i18n.t('charts.scoreOf', { value: number(value), max })
      : this.i18n.t('charts.scoreWithEarlier', {
          value: number(value),
          max,
          earlier: number(earlier),
        });
  });
}
