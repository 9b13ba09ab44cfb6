/**
 * FHIR JSON has no empty elements: an array, object or string is either
 * filled or left out (and null is never a value). Applied to the finished
 * bundle, so no builder has to remember it.
 */
export function pruneEmpty<T>(value: T): T {
  return prune(value) as T;
}

function prune(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, prune(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** Where a JSON value holds an empty array, object or string (for tests and the import's check). */
export function emptyElements(value: unknown, path = '$'): string[] {
  if (value === '' || (typeof value === 'string' && value.trim() === ''))
    return [path];
  if (Array.isArray(value))
    return value.length
      ? value.flatMap((v, i) => emptyElements(v, `${path}[${i}]`))
      : [path];
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length
      ? entries.flatMap(([k, v]) =>
          v === null ? [`${path}.${k}`] : emptyElements(v, `${path}.${k}`),
        )
      : [path];
  }
  return [];
}
