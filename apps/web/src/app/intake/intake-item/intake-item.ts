import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import {
  type AnswerValue,
  type InstrumentItem,
  type Language,
  PREFER_NOT_TO_SAY,
  textLength,
} from '@herstelkompas/domain';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Alert } from '../../ui/alert/alert';
import { Icon } from '../../ui/icon/icon';
import type { ItemMessage } from '../intake-errors';
import { NumberInput } from '../number-input/number-input';
import { ScaleInput } from '../scale-input/scale-input';

/**
 * One question, drawn by its answer type, with its help, its safety notice,
 * the message the server or libs/domain has for it, and "wil ik liever niet
 * zeggen" where the item allows it.
 */
@Component({
  selector: 'hk-intake-item',
  imports: [TranslatePipe, Alert, Icon, NumberInput, ScaleInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './intake-item.html',
  styleUrl: './intake-item.scss',
  host: { '[attr.data-testid]': '"item-" + item().id' },
})
export class IntakeItem {
  readonly item = input.required<InstrumentItem>();
  readonly value = input<AnswerValue | null | undefined>(null);
  readonly error = input<ItemMessage | null | undefined>(null);
  readonly language = input.required<Language>();
  readonly answered = output<AnswerValue | null>();

  protected readonly id = computed(() => this.item().id);
  protected readonly questionId = computed(() => `q-${this.id()}`);
  protected readonly helpId = computed(() => `help-${this.id()}`);
  protected readonly errorId = computed(() => `error-${this.id()}`);
  protected readonly hintId = computed(() => `hint-${this.id()}`);

  protected readonly declined = computed(
    () => this.value() === PREFER_NOT_TO_SAY,
  );
  /** The answer itself; "prefer not to say" leaves every control empty. */
  protected readonly current = computed(() => {
    const value = this.value();
    return value === PREFER_NOT_TO_SAY || value === undefined ? null : value;
  });
  protected readonly errorText = computed(() => {
    const error = this.error();
    if (!error) return null;
    return typeof error === 'string' ? error : error[this.language()];
  });
  /** Help, hint and message, for the controls' aria-describedby. */
  protected readonly describedBy = computed(() => {
    const item = this.item();
    const ids = [
      item.help ? this.helpId() : null,
      item.answer.kind === 'multi_choice' || item.answer.kind === 'free_text'
        ? this.hintId()
        : null,
      this.errorText() ? this.errorId() : null,
    ];
    return ids.filter(Boolean).join(' ') || null;
  });

  protected readonly numberValue = computed(() => {
    const value = this.current();
    return typeof value === 'number' ? value : null;
  });
  protected readonly textValue = computed(() => {
    const value = this.current();
    return typeof value === 'string' ? value : '';
  });
  protected readonly textCount = computed(() => textLength(this.textValue()));
  protected readonly selected = computed((): readonly string[] => {
    const value = this.current();
    return Array.isArray(value) ? value : [];
  });

  protected set(value: AnswerValue | null): void {
    this.answered.emit(value);
  }

  protected toggleDecline(): void {
    this.answered.emit(this.declined() ? null : PREFER_NOT_TO_SAY);
  }

  protected toggleOption(optionId: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const others = this.selected().filter((id) => id !== optionId);
    const next = checked ? [...others, optionId] : others;
    this.answered.emit(next.length > 0 ? next : null);
  }

  protected onText(event: Event): void {
    const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.answered.emit(text.trim() === '' ? null : text);
  }
}
