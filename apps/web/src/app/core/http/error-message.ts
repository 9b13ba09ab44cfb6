import { Injectable, inject } from '@angular/core';
import { I18n } from '../i18n/i18n';
import { type ApiFailure, isUnreachable, toApiFailure } from './api-error';

/** One sentence for the user about a failed call, in their language. */
@Injectable({ providedIn: 'root' })
export class ErrorMessage {
  private readonly i18n = inject(I18n);

  describe(error: unknown | ApiFailure): string {
    const failure = isFailure(error) ? error : toApiFailure(error);
    if (isUnreachable(failure)) return this.i18n.t('errors.unreachable');
    // The API writes its messages for the user, in the Accept-Language asked.
    return failure.message ?? this.i18n.t('errors.unexpected');
  }
}

function isFailure(value: unknown): value is ApiFailure {
  return (
    typeof value === 'object' &&
    value !== null &&
    'status' in value &&
    'details' in value
  );
}
