/**
 * The router matches a request on its percent-decoded path, so every
 * decision about a path (is it the API, what to cache, what to keep out of
 * the log) must be made on the decoded path too: `/%61pi/clients` is
 * `/api/clients`.
 */
export function decodedPath(url: string): string {
  const path = url.split('?')[0] ?? '';
  try {
    return decodeURIComponent(path);
  } catch {
    // Malformed escapes: the router does not decode them either.
    return path;
  }
}

/** The API's paths, in any letter case (what a cache or a log must treat as API). */
export function isApiPath(path: string): boolean {
  return /^\/api(\/|$)/i.test(path);
}

/**
 * API paths hold only ids and tokens, which never need escaping: an
 * escaped character there is someone trying the router, not a client.
 */
export function hasEscapes(url: string): boolean {
  return (url.split('?')[0] ?? '').includes('%');
}
