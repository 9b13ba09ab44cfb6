import { Pipe, PipeTransform, inject } from '@angular/core';
import { LocaleFormat, type DateStyle } from './locale-format';

/**
 * `{{ visit.at | hkDate }}` → 13-11-2026; `| hkDate: 'time'` → 14:05.
 * Impure for the same reason as the `t` pipe: the language can change.
 */
@Pipe({ name: 'hkDate', pure: false })
export class HkDatePipe implements PipeTransform {
  private readonly format = inject(LocaleFormat);

  transform(
    value: Date | string | number | null | undefined,
    style: DateStyle = 'date',
  ): string {
    return value == null ? '' : this.format.date(value, style);
  }
}

/** `{{ 72.5 | hkNumber: '1.0-1' }}` → 72,5 in Dutch, 72.5 in English. */
@Pipe({ name: 'hkNumber', pure: false })
export class HkNumberPipe implements PipeTransform {
  private readonly format = inject(LocaleFormat);

  transform(value: number | null | undefined, digits?: string): string {
    return value == null ? '' : this.format.number(value, digits);
  }
}
