/**
 * FHIR JSON has no empty elements: an array, object or string is either
 * filled or left out (and null is never a value). Applied to the finished
 * bundle, so no builder has to remember it.
 */
export function pruneEmpty<T>(value: T): T {
  return prune(value) as T;
}

// Plain loops: the practice export builds a bundle per client.
function prune(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return /\S/.test(value) ? value : undefined;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      const kept = prune(item);
      if (kept !== undefined) items.push(kept);
    }
    return items.length ? items : undefined;
  }
  let kept: Record<string, unknown> | undefined;
  for (const key in value) {
    const child = prune((value as Record<string, unknown>)[key]);
    if (child !== undefined) (kept ??= {})[key] = child;
  }
  return kept;
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
