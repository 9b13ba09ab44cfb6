/** A person's name as typed: the tussenvoegsel belongs to the last name. */
export interface PersonName {
  readonly firstName: string;
  /** E.g. "van der Berg", kept as typed. */
  readonly lastName: string;
}

/**
 * Words that start a Dutch (or Flemish, German, French, Italian) surname
 * without being sorted on: "van der Berg" sorts under B. Matched
 * case-insensitively, so "Van der Berg" too; combinations such as "van de",
 * "in 't" or "op de" are sequences of these words.
 */
export const TUSSENVOEGSELS: ReadonlySet<string> = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  "'s",
  'te',
  'ten',
  'ter',
  'in',
  'op',
  'aan',
  'bij',
  'uit',
  'voor',
  'onder',
  'over',
  'tot',
  'la',
  'le',
  'les',
  'du',
  'des',
  "d'",
  "l'",
  'di',
  'da',
  'del',
  'dos',
  'von',
  'vom',
  'zu',
  'zum',
  'zur',
]);

const words = (text: string): string[] =>
  text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');

// Typographic apostrophes (’t) are what phones type; match them as '.
const normalise = (word: string): string =>
  word.toLowerCase().replace(/[\u2018\u2019`]/g, "'");

/**
 * The full name as shown: "Jan van der Berg". Tussenvoegsels stay as typed;
 * extra spaces are removed.
 */
export function formatPersonName({ firstName, lastName }: PersonName): string {
  return [...words(firstName), ...words(lastName)].join(' ');
}

/** Splits "van der Berg" into its tussenvoegsel and the part sorted on. */
export function splitLastName(lastName: string): {
  tussenvoegsel: string;
  surname: string;
} {
  const parts = words(lastName);
  // The last word is always the surname, even when it looks like "de".
  const start = parts.findIndex(
    (word, index) =>
      index === parts.length - 1 || !TUSSENVOEGSELS.has(normalise(word)),
  );
  const count = Math.max(0, start);
  return {
    tussenvoegsel: parts.slice(0, count).join(' '),
    surname: parts.slice(count).join(' '),
  };
}

/**
 * The name as Dutch lists sort it: on the surname without tussenvoegsel,
 * which moves to the end: "Berg, Jan van der". Compare keys with
 * `localeCompare(other, 'nl', { sensitivity: 'base' })` or use
 * {@link comparePersonNames}.
 */
export function nameSortKey(name: PersonName): string {
  const { tussenvoegsel, surname } = splitLastName(name.lastName);
  const rest = [...words(name.firstName), tussenvoegsel]
    .filter((part) => part !== '')
    .join(' ');
  return [surname, rest].filter((part) => part !== '').join(', ');
}

const collator = new Intl.Collator('nl', {
  sensitivity: 'base',
  numeric: true,
});

/** Orders names as a Dutch list does (see {@link nameSortKey}). */
export function comparePersonNames(a: PersonName, b: PersonName): number {
  return collator.compare(nameSortKey(a), nameSortKey(b));
}
