import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Debian's Chromium; downloaded browsers are not used. */
export function chromiumPath(): string {
  const configured = process.env['CHROMIUM_PATH'];
  const found = configured ?? CANDIDATES.find((path) => existsSync(path));
  if (!found || !existsSync(found)) {
    throw new Error(
      'Chromium not found: install it with `apt-get install chromium` (or run with E2E=skip to leave the browser tests out).',
    );
  }
  return found;
}
