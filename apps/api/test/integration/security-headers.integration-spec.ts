import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import type { RuntimeConfig } from '../../src/config/config.module';
import { createApp } from '../../src/create-app';
import { createDataSource } from '../../src/database/data-source';
import { testConfig } from '../support/test-app';

/** The app with a small built web app beside it, as `npm start` serves it. */
async function appWithWeb(
  overrides: Partial<RuntimeConfig>,
  webRoot: string,
): Promise<{ app: NestFastifyApplication; dataSource: DataSource }> {
  const dataSource = createDataSource(
    process.env['HK_TEST_DATABASE_URL'] as string,
  );
  await dataSource.initialize();
  const app = await createApp({
    config: testConfig(overrides),
    dataSource,
    logger: pino({ level: 'silent' }),
    webRoot,
  });
  return { app, dataSource };
}

const REQUESTS: [string, string][] = [
  ['an API answer', '/api/health'],
  ['an API error', '/api/clients'],
  ['an unknown API path', '/api/nothing-here'],
  ['index.html', '/'],
  [
    'a reloaded deep link',
    '/clienten/0b6c7a4e-2d7b-4a3c-9a55-2f1d8e9b0c11/tijdlijn',
  ],
  ['a built script', '/main-ABCD1234.js'],
];

describe('security headers on every response', () => {
  let webRoot: string;
  let plain: NestFastifyApplication;
  let proxied: NestFastifyApplication;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'hk-web-'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><html><head><script src="/main-ABCD1234.js" type="module"></script></head><body><hk-root></hk-root></body></html>',
    );
    writeFileSync(join(webRoot, 'main-ABCD1234.js'), 'export {};');
    plain = (await appWithWeb({}, webRoot)).app;
    proxied = (await appWithWeb({ trustProxy: 1 }, webRoot)).app;
  });
  afterAll(async () => {
    await plain.close();
    await proxied.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it.each(REQUESTS)(
    'sends CSP, nosniff and Referrer-Policy on %s',
    async (_what, url) => {
      const response = await plain.inject({ method: 'GET', url });
      const csp = String(response.headers['content-security-policy']);
      for (const directive of [
        "script-src 'self'",
        "script-src-attr 'none'",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
      ])
        expect(csp).toContain(directive);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    },
  );

  it.each(REQUESTS.slice(0, 5))(
    'never lets %s be stored',
    async (_what, url) => {
      const response = await plain.inject({ method: 'GET', url });
      expect(response.headers['cache-control']).toBe('no-store');
    },
  );

  it('serves the app for a reloaded deep link, with absolute asset URLs and no <base>', async () => {
    const response = await plain.inject({
      method: 'GET',
      url: '/clienten/0b6c7a4e-2d7b-4a3c-9a55-2f1d8e9b0c11/tijdlijn',
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('src="/main-ABCD1234.js"');
    expect(response.body).not.toContain('<base');
  });

  it('lets fingerprinted build files be cached for a year', async () => {
    const response = await plain.inject({
      method: 'GET',
      url: '/main-ABCD1234.js',
    });
    expect(response.headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('sends no HSTS over plain HTTP, and ignores X-Forwarded-Proto without a trusted proxy', async () => {
    for (const headers of [{}, { 'x-forwarded-proto': 'https' }]) {
      const response = await plain.inject({
        method: 'GET',
        url: '/api/health',
        headers,
      });
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('sends HSTS when a trusted proxy says the request came over HTTPS', async () => {
    const https = await proxied.inject({
      method: 'GET',
      url: '/',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(https.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    const http = await proxied.inject({
      method: 'GET',
      url: '/',
      headers: { 'x-forwarded-proto': 'http' },
    });
    expect(http.headers['strict-transport-security']).toBeUndefined();
  });
});
