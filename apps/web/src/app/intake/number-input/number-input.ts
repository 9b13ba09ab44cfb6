import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import {
  type InstrumentItem,
  type Language,
  type Localized,
  type NumberAnswerType,
  answerErrorMessage,
  checkAnswerValue,
  formatNumber,
} from '@herstelkompas/domain';
import { TranslatePipe } from '../../core/i18n/translate-pipe';

/**
 * A number with its unit. Text, not `type=number`, so a Dutch decimal comma
 * works on every phone keyboard. Only a valid number becomes the answer: a
 * half-typed or out-of-range value shows libs/domain's message and is not
 * sent, so one slip never blocks saving the rest.
 */
@Component({
  selector: 'hk-number-input',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="field">
      <input
        type="text"
        [id]="inputId()"
        [attr.inputmode]="answer().integer ? 'numeric' : 'decimal'"
        autocomplete="off"
        [value]="text()"
        [attr.aria-labelledby]="labelledBy() + ' ' + unitId()"
        [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="problem() ? true : null"
        [attr.data-testid]="'number-' + itemId()"
        (input)="onInput($event)"
      />
      <span class="unit" [id]="unitId()">{{ answer().unit[language()] }}</span>
    </div>
    <div aria-live="polite">
      @if (problem(); as problem) {
        <p class="problem" [id]="problemId()">
          @if (problem === 'nan') {
            {{ 'intake.item.notANumber' | t }}
          } @else {
            {{ problem[language()] }}
          }
        </p>
      }
    </div>
  `,
  styleUrl: './number-input.scss',
})
export class NumberInput {
  readonly item = input.required<InstrumentItem>();
  readonly value = input<number | null>(null);
  readonly labelledBy = input.required<string>();
  readonly language = input.required<Language>();
  readonly extraDescribedBy = input<string | null>(null);
  readonly changed = output<number | null>();

  protected readonly itemId = computed(() => this.item().id);
  protected readonly answer = computed(
    () => this.item().answer as NumberAnswerType,
  );
  protected readonly inputId = computed(() => `number-${this.itemId()}`);
  protected readonly unitId = computed(() => `unit-${this.itemId()}`);
  protected readonly problemId = computed(() => `problem-${this.itemId()}`);

  // The last answer this field sent. When the answer comes back as that,
  // what was typed stays ("7,50" is not rewritten, "25" stays with its
  // message); any other change (declined, cleared) starts the field afresh.
  private emitted: number | null | undefined;

  protected readonly text = linkedSignal<number | null, string>({
    source: this.value,
    computation: (value, previous) =>
      previous && value === this.emitted
        ? previous.value
        : value === null
          ? ''
          : formatNumber(value, this.language()),
  });
  protected readonly problem = linkedSignal<
    number | null,
    Localized | 'nan' | null
  >({
    source: this.value,
    computation: (value, previous) =>
      previous && value === this.emitted ? previous.value : null,
  });
  protected readonly describedBy = computed(() => {
    const ids = [this.extraDescribedBy(), this.problem() && this.problemId()];
    return ids.filter(Boolean).join(' ') || null;
  });

  protected onInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.text.set(text);
    const trimmed = text.trim().replace(',', '.');
    if (trimmed === '') {
      this.problem.set(null);
      this.emit(null);
      return;
    }
    const value = /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
    const item = this.item();
    const code = Number.isNaN(value) ? 'nan' : checkAnswerValue(item, value);
    if (code === null) {
      this.problem.set(null);
      this.emit(value);
    } else {
      this.problem.set(code === 'nan' ? 'nan' : answerErrorMessage(code, item));
      // An invalid value is not an answer: clear the previous one.
      this.emit(null);
    }
  }

  private emit(value: number | null): void {
    this.emitted = value;
    if (value !== this.value()) this.changed.emit(value);
  }
}
