import { DOCUMENT, Injectable, effect, inject, signal } from '@angular/core';
import type { Language } from '@herstelkompas/contracts';
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

/**
 * Dutch ships with the app; every other language is its own chunk, fetched
 * the first time it is chosen, so a Dutch first load does not carry it.
 */
const TEXTS: Partial<Record<Language, Translations>> = { nl };
const LOADERS: Record<Language, () => Promise<Translations>> = {
  nl: () => Promise.resolve(nl),
  en: () => import('./en').then((m) => m.en),
};

function loadTexts(language: Language): Promise<Translations> {
  const loaded = TEXTS[language];
  if (loaded) return Promise.resolve(loaded);
  return LOADERS[language]().then((texts) => (TEXTS[language] = texts));
}

/**
 * The current language and the texts in it. The language only changes once
 * its texts are here, so a screen never shows raw keys or half a switch.
 */
@Injectable({ providedIn: 'root' })
export class I18n {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(DEFAULT_LANGUAGE);
  private readonly initial: Promise<void>;
  // The last language asked for: a slower earlier switch must not win.
  private wanted: Language = DEFAULT_LANGUAGE;

  readonly language = this.current.asReadonly();

  constructor() {
    effect(() => {
      this.document.documentElement.lang = this.current();
    });
    this.initial = this.switchTo(this.storedLanguage());
  }

  /**
   * Resolves once the language this browser chose before is showing. The app
   * waits for it before its first render (no Dutch flash for English users).
   */
  ready(): Promise<void> {
    return this.initial;
  }

  /**
   * Switches to `language`, at once when its texts are loaded, otherwise as
   * soon as they arrive; resolves when it shows. The choice is remembered
   * straight away.
   */
  use(language: Language): Promise<void> {
    this.store(language);
    return this.switchTo(language);
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
    const node = lookup(TEXTS[language] ?? nl, key);
    const text =
      typeof node === 'string'
        ? node
        : node
          ? pluralForm(node, language, params?.['count'])
          : key;
    return params ? interpolate(text, params) : text;
  }

  private switchTo(language: Language): Promise<void> {
    this.wanted = language;
    if (TEXTS[language]) {
      this.current.set(language);
      return Promise.resolve();
    }
    return loadTexts(language).then(
      () => {
        if (this.wanted === language) this.current.set(language);
      },
      (error: unknown) => {
        // Offline or a new deployment: stay in the language on screen.
        console.error(error);
      },
    );
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
