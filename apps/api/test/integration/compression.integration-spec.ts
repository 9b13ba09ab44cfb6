import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { buildClientRecord } from '../support/client-record';
import {
  buildClient,
  buildPractice,
  createTestApp,
  type Session,
  signIn,
  type TestApp,
} from '../support/test-app';

/** What a browser gets back once it has undone the Content-Encoding. */
function decoded(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip') return gunzipSync(body);
  return body;
}

const ACCEPT: [string, Record<string, string>, string | undefined][] = [
  ['br', { 'accept-encoding': 'gzip, deflate, br' }, 'br'],
  ['gzip', { 'accept-encoding': 'gzip' }, 'gzip'],
  ['nothing', {}, undefined],
  ['identity only', { 'accept-encoding': 'identity' }, undefined],
];

describe('compressed answers', () => {
  let buildDir: string;
  let webRoot: string;
  let t: TestApp;
  let owner: Session;
  let indexHtml: Buffer;
  let mainJs: Buffer;

  beforeAll(async () => {
    // A small built web app, precompressed by the same script as the build.
    buildDir = mkdtempSync(join(tmpdir(), 'hk-web-'));
    webRoot = join(buildDir, 'browser');
    mkdirSync(webRoot);
    indexHtml = Buffer.from(
      `<!doctype html><html lang="nl"><head><title>Herstelkompas</title>${'<link rel="modulepreload" href="/chunk-ABCD1234.js">'.repeat(40)}<script src="/main-ABCD1234.js" type="module"></script></head><body><hk-root></hk-root></body></html>`,
    );
    mainJs = Buffer.from(
      Array.from(
        { length: 400 },
        (_, i) => `export const domain${i} = 'stress, ademhaling, slaap';`,
      ).join('\n'),
    );
    writeFileSync(join(webRoot, 'index.html'), indexHtml);
    writeFileSync(join(webRoot, 'main-ABCD1234.js'), mainJs);
    writeFileSync(join(webRoot, 'favicon.png'), Buffer.alloc(2048, 7));
    // Written by tools/route-preloads.mjs beside the served folder.
    writeFileSync(
      join(buildDir, 'route-preloads.json'),
      JSON.stringify({
        clienten: ['chunk-SHELL001.js', 'chunk-LIST0001.js'],
        // Only chunk file names are ever written into the page.
        login: ['"><script>alert(1)</script>', '../secret.js'],
      }),
    );
    execFileSync(process.execPath, [
      join(__dirname, '../../../../tools/precompress.mjs'),
      webRoot,
    ]);

    t = await createTestApp({}, { webRoot });
    const practice = await buildPractice(t.dataSource);
    owner = await signIn(t.app, practice.owner.email);
    for (let i = 0; i < 12; i++)
      await buildClient(t.app, owner, { lastName: `Compressie ${i}` });
  });
  afterAll(async () => {
    await t.close();
    rmSync(buildDir, { recursive: true, force: true });
  });

  it('the build writes .br and .gz beside compressible files only', () => {
    for (const file of ['index.html', 'main-ABCD1234.js']) {
      expect(existsSync(join(webRoot, `${file}.br`))).toBe(true);
      expect(existsSync(join(webRoot, `${file}.gz`))).toBe(true);
    }
    expect(existsSync(join(webRoot, 'favicon.png.br'))).toBe(false);
    expect(
      brotliDecompressSync(readFileSync(join(webRoot, 'index.html.br'))),
    ).toEqual(indexHtml);
  });

  describe.each(ACCEPT)(
    'when the client accepts %s',
    (_what, headers, want) => {
      const get = (url: string, extra: Record<string, string> = {}) =>
        t.app.inject({ method: 'GET', url, headers: { ...headers, ...extra } });

      it.each([
        ['/', 'index.html'],
        ['/onbekend/123', 'the app-route fallback'],
        ['/login', 'a path whose listed preloads are not chunk names'],
      ])('%s (%s) is the app shell, encoded so', async (url) => {
        const response = await get(url);
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-encoding']).toBe(want);
        expect(response.headers['vary']).toMatch(/accept-encoding/i);
        expect(response.headers['content-type']).toMatch(/^text\/html/);
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.headers['content-security-policy']).toContain(
          "script-src 'self'",
        );
        expect(
          decoded(response.rawPayload, response.headers['content-encoding']),
        ).toEqual(indexHtml);
      });

      it("a page's own chunks are listed as modulepreloads in the shell", async () => {
        const response = await get('/clienten/123');
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-encoding']).toBe(want);
        expect(response.headers['vary']).toMatch(/accept-encoding/i);
        expect(response.headers['cache-control']).toBe('no-store');
        expect(
          decoded(
            response.rawPayload,
            response.headers['content-encoding'],
          ).toString(),
        ).toBe(
          indexHtml
            .toString()
            .replace(
              '</body>',
              '<link rel="modulepreload" href="/chunk-SHELL001.js">' +
                '<link rel="modulepreload" href="/chunk-LIST0001.js"></body>',
            ),
        );
      });

      it('a hashed JavaScript chunk keeps its type and year-long caching', async () => {
        const response = await get('/main-ABCD1234.js');
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-encoding']).toBe(want);
        expect(response.headers['vary']).toMatch(/accept-encoding/i);
        expect(response.headers['content-type']).toMatch(
          /^(text|application)\/javascript/,
        );
        expect(response.headers['cache-control']).toBe(
          'public, max-age=31536000, immutable',
        );
        expect(
          decoded(response.rawPayload, response.headers['content-encoding']),
        ).toEqual(mainJs);
      });

      it('a large JSON answer of the API is compressed, a small one not', async () => {
        const response = await get('/api/clients?pageSize=50', {
          cookie: owner.cookie,
        });
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toMatch(/^application\/json/);
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.headers['content-encoding']).toBe(want);
        if (want) expect(response.headers['vary']).toMatch(/accept-encoding/i);
        const body = decoded(
          response.rawPayload,
          response.headers['content-encoding'],
        );
        expect(body.length).toBeGreaterThan(1024);
        expect(JSON.parse(body.toString('utf8')).items).toHaveLength(12);

        const small = await get('/api/health');
        expect(small.statusCode).toBe(200);
        expect(small.headers['content-encoding']).toBeUndefined();
        expect(small.json()).toBeTruthy();
      });
    },
  );

  it('PDF reports and ZIP exports are sent as they are', async () => {
    const record = await buildClientRecord(t, owner);
    const headers = { ...owner.headers, 'accept-encoding': 'br, gzip' };
    const pdf = await t.app.inject({
      method: 'POST',
      url: `/api/clients/${record.clientId}/reports/progress.pdf`,
      headers,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-encoding']).toBeUndefined();
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const zip = await t.app.inject({
      method: 'GET',
      url: `/api/clients/${record.clientId}/export`,
      headers: { cookie: owner.cookie, 'accept-encoding': 'br, gzip' },
    });
    expect(zip.statusCode).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(zip.headers['content-encoding']).toBeUndefined();
    expect(zip.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('a compressed request body is not unpacked: only JSON as sent is read', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: {
        ...owner.headers,
        'content-type': 'application/json',
        'content-encoding': 'gzip',
      },
      payload: gzipSync(JSON.stringify({ firstName: 'Gz', lastName: 'Test' })),
    });
    expect(response.statusCode).toBe(400);
  });
});
