import { DOCUMENT, Injectable, effect, inject, signal } from '@angular/core';
import type { Language } from '@herstelkompas/contracts';
import { en } from './en';
import { nl } from './nl';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  type PluralForms,
  type TranslationKey,
  type TranslationParams,
  type Translations,
} from './translations';

/** localStorage key; holds the language code and nothing else. */
export const LANGUAGE_STORAGE_KEY = 'hk.lang';

const TEXTS: Record<Language, Translations> = { nl, en };

/** The current language and the texts in it. */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(this.storedLanguage());

  readonly language = this.current.asReadonly();

  constructor() {
    effect(() => {
      this.document.documentElement.lang = this.current();
    });
  }

  use(language: Language): void {
    this.current.set(language);
    this.store(language);
  }

  /** The text for a key in the current language, with `{param}`s filled in. */
  t(key: TranslationKey, params?: TranslationParams): string {
    return this.translate(key, params);
  }

  /**
   * Like `t`, for keys that arrive as plain strings (route titles). An unknown
   * key comes back unchanged, so a mistake shows up on screen, not as a crash.
   */
  translate(key: string, params?: TranslationParams): string {
    const language = this.current();
    const node = lookup(TEXTS[language], key);
    const text =
      typeof node === 'string'
        ? node
        : node
          ? pluralForm(node, language, params?.['count'])
          : key;
    return params ? interpolate(text, params) : text;
  }

  private storedLanguage(): Language {
    try {
      const stored =
        this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
    } catch {
      // Storage can be blocked (privacy settings); Dutch is a safe default.
      return DEFAULT_LANGUAGE;
    }
  }

  private store(language: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(
        LANGUAGE_STORAGE_KEY,
        language,
      );
    } catch {
      // Not remembering the choice is acceptable; failing the switch is not.
    }
  }
}

function lookup(
  texts: Translations,
  key: string,
): string | PluralForms | undefined {
  let node: unknown = texts;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node === 'string') return node;
  return isPlural(node) ? node : undefined;
}

function isPlural(node: unknown): node is PluralForms {
  return (
    typeof node === 'object' &&
    node !== null &&
    typeof (node as PluralForms).one === 'string' &&
    typeof (node as PluralForms).other === 'string'
  );
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The form for `count` by the language's plural rules, as ICU would. */
function pluralForm(
  forms: PluralForms,
  language: Language,
  count: string | number | undefined,
): string {
  const n = Number(count ?? 0);
  if (n === 0 && forms.zero !== undefined) return forms.zero;
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(n) === 'one' ? forms.one : forms.other;
}

function interpolate(text: string, params: TranslationParams): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
