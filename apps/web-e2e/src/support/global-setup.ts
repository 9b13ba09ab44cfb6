import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserServer, chromium } from 'playwright-core';
import { launchOptions } from './browser';
import { chromiumPath } from './chromium';

declare global {
  var __HK_E2E_API__: ChildProcess | undefined;
  var __HK_E2E_BROWSER__: BrowserServer | undefined;
}

const ROOT = resolve(__dirname, '../../../..');

/**
 * One product process for the whole e2e run (fresh DATA_DIR, demo practice,
 * free port) and one Chromium, which the test files connect to.
 */
export default async function globalSetup(): Promise<void> {
  chromiumPath();
  for (const file of [
    'dist/apps/api/main.js',
    'dist/apps/web/browser/index.html',
  ]) {
    if (!existsSync(join(ROOT, file)))
      throw new Error(`${file} is missing: build first (npm run build)`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'hk-e2e-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'dist/apps/api/main.js')], {
    env: {
      PATH: process.env['PATH'] ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  globalThis.__HK_E2E_API__ = child;
  const base = `http://127.0.0.1:${port}`;
  // Chromium starts while the product starts (a failure shows at the await).
  const browser = chromium.launchServer(launchOptions()).then((server) => {
    globalThis.__HK_E2E_BROWSER__ = server;
    process.env['E2E_BROWSER_WS'] = server.wsEndpoint();
  });
  browser.catch(() => undefined);
  const until = Date.now() + 60000;
  while (Date.now() < until) {
    if (child.exitCode !== null)
      throw new Error(`the product exited during start:\n${output}`);
    const ok = await healthy(`${base}/api/health`);
    if (ok) {
      process.env['E2E_BASE_URL'] = base;
      await browser;
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  await browser.catch(() => undefined);
  throw new Error(`the product did not become healthy within 60 s:\n${output}`);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        resolvePort(typeof address === 'object' && address ? address.port : 0),
      );
    });
  });
}

/** A plain request without keep-alive: a pooled socket would keep jest from exiting. */
function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = get(url, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.setTimeout(2000, () => request.destroy());
  });
}
