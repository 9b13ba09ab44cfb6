import { request } from 'node:http';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, newContext } from '../support/browser';

/** The bytes of the body as they cross the wire, without decoding them. */
function fetchRaw(
  url: string,
  acceptEncoding: string | undefined,
): Promise<{ bytes: number; encoding?: string; vary?: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        agent: false,
        headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
      },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () =>
          resolve({
            bytes,
            encoding: res.headers['content-encoding'],
            vary: res.headers['vary'],
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * What the sign-in page costs to load: every file Chromium fetches for
 * /login, fetched again plain, gzip and brotli, summed as sent. Prints the
 * figures the README's Performance section quotes.
 */
describe('the sign-in page is sent compressed', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());

  it('loads, and every script, style and the page itself come compressed', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('response', (response) => {
      if (response.request().method() === 'GET') urls.push(response.url());
    });
    await page.goto('/login', { waitUntil: 'networkidle' });
    await page.getByTestId('login-email').waitFor({ state: 'visible' });
    await context.close();

    // The page's own files; its API calls (the session check) are not the app.
    const files = urls.filter(
      (url) =>
        new URL(url).origin === new URL(baseUrl()).origin &&
        !new URL(url).pathname.startsWith('/api/'),
    );
    expect(files.some((url) => url.endsWith('.js'))).toBe(true);
    const totals = { plain: 0, gzip: 0, br: 0, jsBr: 0 };
    for (const url of files) {
      const plain = await fetchRaw(url, undefined);
      const gzip = await fetchRaw(url, 'gzip');
      const br = await fetchRaw(url, 'br, gzip');
      expect(plain.encoding).toBeUndefined();
      if (/\.(js|css)$|\/login$/.test(url)) {
        expect(br.encoding).toBe('br');
        expect(gzip.encoding).toBe('gzip');
        expect(br.vary).toMatch(/accept-encoding/i);
      }
      totals.plain += plain.bytes;
      totals.gzip += gzip.bytes;
      totals.br += br.bytes;
      if (url.endsWith('.js')) totals.jsBr += br.bytes;
    }
    expect(totals.br).toBeLessThan(totals.plain / 3);
    const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
    console.log(
      `/login on ${baseUrl()}: ${files.length} files; plain ${kB(totals.plain)}, gzip ${kB(totals.gzip)}, brotli ${kB(totals.br)} (of which JavaScript ${kB(totals.jsBr)})`,
    );
  });
});
