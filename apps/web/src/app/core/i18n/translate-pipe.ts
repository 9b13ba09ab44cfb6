import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18n } from './i18n';
import type { TranslationKey, TranslationParams } from './translations';

/**
 * `{{ 'login.submit' | t }}` or `{{ 'today.greeting.morning' | t: { name } }}`.
 * Impure so a language switch re-renders; reading the language signal also
 * marks OnPush views dirty. The cache keeps repeated checks cheap.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  private last?: {
    key: TranslationKey;
    params?: TranslationParams;
    language: string;
    text: string;
  };

  transform(key: TranslationKey, params?: TranslationParams): string {
    const language = this.i18n.language();
    const last = this.last;
    if (
      last &&
      last.key === key &&
      last.language === language &&
      sameParams(last.params, params)
    ) {
      return last.text;
    }
    const text = this.i18n.t(key, params);
    this.last = { key, params: params && { ...params }, language, text };
    return text;
  }
}

function sameParams(a?: TranslationParams, b?: TranslationParams): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => a[key] === b[key])
  );
}
