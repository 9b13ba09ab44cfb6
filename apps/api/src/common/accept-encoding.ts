export type ContentEncoding = 'br' | 'gzip';

/**
 * The encoding to answer with, from those `available` (best first), as the
 * Accept-Encoding header allows: q=0 refuses one, `*` stands for the rest.
 * Undefined means the plain body.
 */
export function preferredEncoding(
  header: string | string[] | undefined,
  available: readonly ContentEncoding[],
): ContentEncoding | undefined {
  if (header === undefined) return undefined;
  const weights = new Map<string, number>();
  for (const part of [header].flat().join(',').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params
      .map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param))
      .find(Boolean);
    weights.set(name, q ? Number(q[1]) : 1);
  }
  let best: ContentEncoding | undefined;
  let bestWeight = 0;
  for (const encoding of available) {
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
}
