import { Directive, computed, inject } from '@angular/core';
import { NgControl } from '@angular/forms';
import { I18n } from '../i18n/i18n';
import { formatDutchDate, parseDutchDate } from './dutch-date';

/**
 * A light mask for dd-mm-jjjj text inputs: adds the dash after the day and
 * the month while typing, and tidies a readable date on blur ("3/4/1978"
 * becomes "03-04-1978"). Deleting is never fought.
 */
@Directive({
  selector: 'input[hkDateInput]',
  host: {
    '[placeholder]': 'pattern()',
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: '10',
    '(input)': 'onInput($event)',
    '(blur)': 'onBlur()',
  },
})
export class DateInput {
  private readonly control = inject(NgControl, { self: true });
  private readonly i18n = inject(I18n);
  protected readonly pattern = computed(() =>
    this.i18n.t('common.datePattern'),
  );

  protected onInput(event: Event): void {
    if ((event as InputEvent).inputType !== 'insertText') return;
    const value = String(this.control.value ?? '');
    // People type the dash out of habit after the mask added one already.
    const tidied = value.replace(/-{2,}/g, '-');
    // "19-90": no month is 90, so this is a year typed first (1990-05-12).
    const year = /^(\d{2})-(\d{2})$/.exec(tidied);
    if (year && Number(year[2]) > 12) {
      this.control.control?.setValue(`${year[1]}${year[2]}`);
      return;
    }
    const next =
      /^\d{2}$/.test(tidied) || /^\d{1,2}-\d{2}$/.test(tidied)
        ? `${tidied}-`
        : tidied;
    if (next !== value) this.control.control?.setValue(next);
  }

  protected onBlur(): void {
    const value = String(this.control.value ?? '');
    const iso = parseDutchDate(value);
    if (iso && formatDutchDate(iso) !== value) {
      this.control.control?.setValue(formatDutchDate(iso));
    }
  }
}
