import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { en } from './en';
import { I18n, LANGUAGE_STORAGE_KEY } from './i18n';
import { nl } from './nl';

/** Every dotted key path in a nested text object. */
function keyPaths(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key}`]
      : keyPaths(value as object, `${prefix}${key}.`),
  );
}

function textAt(texts: object, path: string): string {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node as Record<string, unknown>)[key],
      texts,
    ) as string;
}

describe('I18n', () => {
  beforeEach(() => localStorage.clear());

  function create(): I18n {
    return TestBed.inject(I18n);
  }

  it('speaks Dutch when nothing was chosen before', () => {
    const i18n = create();
    expect(i18n.language()).toBe('nl');
    expect(i18n.t('login.submit')).toBe('Inloggen');
  });

  it('keeps showing Dutch until the English texts are loaded, and a later choice wins', async () => {
    const i18n = create();
    const english = i18n.use('en');
    // The first English in this file: not loaded yet, Dutch stays on screen.
    expect(i18n.language()).toBe('nl');
    const dutch = i18n.use('nl');
    expect(i18n.language()).toBe('nl');
    expect(i18n.t('login.submit')).toBe('Inloggen');
    await Promise.all([english, dutch]);
    expect(i18n.language()).toBe('nl');
    await i18n.use('en');
    expect(i18n.t('login.submit')).toBe('Sign in');
  });

  it('restores the language stored under hk.lang before the app renders', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    const i18n = create();
    await i18n.ready();
    expect(i18n.language()).toBe('en');
    expect(i18n.t('login.submit')).toBe('Sign in');
  });

  it('ignores a stored value that is not a language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingon');
    expect(create().language()).toBe('nl');
  });

  it('switches language, stores only the language code and updates <html lang>', async () => {
    const i18n = create();
    await i18n.use('en');
    TestBed.tick();

    expect(i18n.t('nav.clients')).toBe('Clients');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(localStorage.length).toBe(1);
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('en');

    i18n.use('nl');
    TestBed.tick();
    expect(i18n.t('nav.clients')).toBe('Cliënten');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('nl');
  });

  it('fills in {params} and leaves unknown ones visible', () => {
    const i18n = create();
    expect(i18n.t('today.greeting.afternoon', { name: 'Sanne' })).toBe(
      'Goedemiddag, Sanne',
    );
    expect(i18n.t('today.greeting.afternoon')).toBe('Goedemiddag, {name}');
    expect(i18n.t('login.errors.lockedUntil', { time: '14:05' })).toBe(
      'Te veel mislukte pogingen. Probeer het opnieuw om 14:05.',
    );
  });

  it('picks the plural form for {count} in both languages, with a wording for none', async () => {
    const i18n = create();
    const clients = (count: number) =>
      i18n.t('today.practice.clients', { count });
    expect([0, 1, 2, 21].map(clients)).toEqual([
      '0 cliënten',
      '1 cliënt',
      '2 cliënten',
      '21 cliënten',
    ]);
    const flags = (count: number) => i18n.t('clients.redFlags', { count });
    expect(flags(0)).toBe('Geen open rode vlaggen');
    expect(flags(1)).toBe('1 open rode vlag');
    expect(flags(3)).toBe('3 open rode vlaggen');

    await i18n.use('en');
    expect([0, 1, 2].map(clients)).toEqual([
      '0 clients',
      '1 client',
      '2 clients',
    ]);
    expect(i18n.t('security.mfa.codesLeft', { count: 1 })).toBe(
      '1 unused recovery code left.',
    );
  });

  it('returns an unknown key unchanged instead of failing', () => {
    expect(create().translate('nav.nothingHere')).toBe('nav.nothingHere');
  });
});

describe('the English texts', () => {
  const nlKeys = keyPaths(nl).sort();
  const enKeys = keyPaths(en).sort();

  it('have exactly the keys of the Dutch texts', () => {
    expect(enKeys).toEqual(nlKeys);
  });

  it.each(nlKeys)('translate %s, keeping its {params}', (key) => {
    const params = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    expect(textAt(en, key).trim()).not.toBe('');
    expect(params(textAt(en, key))).toEqual(params(textAt(nl, key)));
  });
});
