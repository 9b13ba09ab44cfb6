import { Pipe, PipeTransform, inject } from '@angular/core';
import type { Localized } from '@herstelkompas/domain';
import { I18n } from '../core/i18n/i18n';

/** `{{ lesson.title | loc }}`: the text in the current language. Impure, as the `t` pipe. */
@Pipe({ name: 'loc', pure: false })
export class LocalizedPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: Localized | null | undefined): string {
    return value ? value[this.i18n.language()] : '';
  }
}
