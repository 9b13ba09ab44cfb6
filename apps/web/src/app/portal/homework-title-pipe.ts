import { Pipe, PipeTransform, inject } from '@angular/core';
import { EXERCISES } from '@herstelkompas/domain';
import { I18n } from '../core/i18n/i18n';

/**
 * `{{ item.title | homeworkTitle }}`: a library exercise's title in the
 * language the client reads the portal in. Assigning stores the title in the
 * client's language of that moment; a title the practitioner wrote (or
 * changed) is theirs and shows as typed. Impure, as the `t` pipe.
 */
@Pipe({ name: 'homeworkTitle', pure: false })
export class HomeworkTitlePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(title: string): string {
    const library = EXERCISES.find((e) =>
      Object.values(e.title).includes(title),
    );
    return library ? library.title[this.i18n.language()] : title;
  }
}
