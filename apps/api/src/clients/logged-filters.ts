/** Typed by the user: a name, an email, a free label. */
const TYPED = ['search', 'tag'] as const;

/**
 * What the access log keeps of a search of the client list: the chosen
 * filters, and only that words were typed, never the words. A typed name
 * would stay in the append-only log after the client is erased.
 */
export function loggedFilters(query: object): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    kept[key] = (TYPED as readonly string[]).includes(key) ? true : value;
  }
  return kept;
}
