import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { chromiumPath } from './chromium';

export const SCREENSHOT_DIR = resolve(
  __dirname,
  '../../../../test-output/screenshots',
);

export const DEMO = {
  email: 'demo@herstelkompas.nl',
  password: 'herstel-demo-2026',
} as const;

export function baseUrl(): string {
  const url = process.env['E2E_BASE_URL'];
  if (!url)
    throw new Error(
      'E2E_BASE_URL is not set: run through apps/web-e2e/jest.config.ts',
    );
  return url;
}

/**
 * The run's Chromium (started once by the global setup): each test file
 * connects to it and gets browser contexts of its own, instead of starting
 * and stopping a Chromium per file. Closing a connected browser closes that
 * file's contexts and the connection; the Chromium stays for the next file.
 */
export async function launch(): Promise<Browser> {
  const endpoint = process.env['E2E_BROWSER_WS'];
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch(launchOptions());
}

export function launchOptions() {
  return {
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

/** A fresh browser profile: Dutch, Amsterdam time, desktop size unless told. */
export function newContext(
  browser: Browser,
  options: { width?: number; height?: number; locale?: string } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseUrl(),
    locale: options.locale ?? 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({
    path: join(SCREENSHOT_DIR, `${name}.png`),
    fullPage: true,
  });
}

export async function signIn(
  page: Page,
  email: string = DEMO.email,
  password: string = DEMO.password,
): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Waits until `locator` shows `text` (playwright-core has no expect of its own). */
export async function waitForText(
  locator: Locator,
  text: string | RegExp,
  timeout = 10000,
): Promise<void> {
  await locator
    .filter({ hasText: text })
    .first()
    .waitFor({ state: 'visible', timeout });
}
