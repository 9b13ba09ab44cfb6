import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  output,
  viewChildren,
} from '@angular/core';
import type { ScaleAnswerType } from '@herstelkompas/domain';
import { TranslatePipe } from '../../core/i18n/translate-pipe';

const NEXT_KEYS = ['ArrowRight', 'ArrowDown'];
const PREVIOUS_KEYS = ['ArrowLeft', 'ArrowUp'];

/**
 * A 0-10 scale as eleven buttons with radio-group semantics: one tab stop,
 * arrow keys move and choose (wrapping), Home and End jump to the ends. The
 * anchors are written under the ends and read with the first and last value.
 */
@Component({
  selector: 'hk-scale-input',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './scale-input.html',
  styleUrl: './scale-input.scss',
})
export class ScaleInput {
  readonly itemId = input.required<string>();
  readonly scale = input.required<ScaleAnswerType>();
  readonly value = input<number | null>(null);
  readonly labelledBy = input.required<string>();
  readonly describedBy = input<string | null>(null);
  readonly language = input.required<'nl' | 'en'>();
  readonly changed = output<number>();

  private readonly buttons =
    viewChildren<ElementRef<HTMLButtonElement>>('option');

  protected readonly values = computed(() => {
    const { min, max } = this.scale();
    return Array.from({ length: max - min + 1 }, (_, i) => min + i);
  });
  /** The one button reached with Tab: the chosen value, else the first. */
  protected readonly tabStop = computed(() => {
    const value = this.value();
    return value !== null && this.values().includes(value)
      ? value
      : this.scale().min;
  });
  protected readonly minAnchor = computed(
    () => this.scale().anchors.min[this.language()],
  );
  protected readonly maxAnchor = computed(
    () => this.scale().anchors.max[this.language()],
  );

  protected anchorFor(value: number): string | null {
    if (value === this.scale().min) return this.minAnchor();
    if (value === this.scale().max) return this.maxAnchor();
    return null;
  }

  protected choose(value: number): void {
    if (value !== this.value()) this.changed.emit(value);
  }

  protected onKey(event: KeyboardEvent, current: number): void {
    const values = this.values();
    const index = values.indexOf(current);
    let target: number | undefined;
    if (NEXT_KEYS.includes(event.key)) {
      target = values[(index + 1) % values.length];
    } else if (PREVIOUS_KEYS.includes(event.key)) {
      target = values[(index - 1 + values.length) % values.length];
    } else if (event.key === 'Home') {
      target = values[0];
    } else if (event.key === 'End') {
      target = values[values.length - 1];
    }
    if (target === undefined) return;
    event.preventDefault();
    this.choose(target);
    this.buttons()[values.indexOf(target)]?.nativeElement.focus();
  }
}
