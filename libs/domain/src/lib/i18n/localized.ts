/** A language the product speaks. Dutch is the default. */
export type Language = 'nl' | 'en';

/** Every supported language, Dutch first (the default). */
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

/** A text in every supported language. */
export type Localized = { nl: string; en: string };

/**
 * Formats a number for running text: Dutch uses a decimal comma (72,5),
 * English a point (72.5). No thousands separators: scores stay below 1000.
 */
export function formatNumber(value: number, language: Language): string {
  const text = String(value);
  return language === 'nl' ? text.replace('.', ',') : text;
}

/**
 * Joins words as a sentence list: "a, b en c" / "a, b and c".
 * An empty list gives an empty string.
 */
export function joinList(words: readonly string[], language: Language): string {
  if (words.length <= 1) {
    return words.join('');
  }
  const conjunction = language === 'nl' ? ' en ' : ' and ';
  return words.slice(0, -1).join(', ') + conjunction + words.slice(-1).join('');
}

/** Builds a {@link Localized} by calling `build` once per language. */
export function localize(build: (language: Language) => string): Localized {
  return { nl: build('nl'), en: build('en') };
}
