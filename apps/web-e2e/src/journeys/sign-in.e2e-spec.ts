import type { Browser } from 'playwright-core';
import { expectAccessible } from '../support/accessibility';
import {
  DEMO,
  launch,
  newContext,
  screenshot,
  signIn,
  waitForText,
} from '../support/browser';

describe('signing in', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('signs in with the demo account, sees the shell, switches language and signs out', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL(/\/login/);
    await screenshot(page, 'sign-in');

    await signIn(page);
    await page.waitForURL(/\/vandaag/);
    await waitForText(page.getByTestId('shell-user-name'), 'Sanne de Vries');
    await page.getByTestId('page-title').waitFor();
    await waitForText(page.getByTestId('nav-clients'), 'Cliënten');
    await screenshot(page, 'shell-nl');

    await page.getByTestId('lang-switch').first().click();
    await waitForText(page.getByTestId('nav-clients'), 'Clients');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await screenshot(page, 'shell-en');
    await expectAccessible(page, 'shell-en');

    // The choice persists: a reload keeps English.
    await page.reload();
    await waitForText(page.getByTestId('nav-clients'), 'Clients');
    await page.getByTestId('lang-switch').first().click();
    await waitForText(page.getByTestId('nav-clients'), 'Cliënten');

    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').waitFor();
    await expectAccessible(page, 'user-menu');
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    const me = await page.request.get('/api/auth/me');
    expect(me.status()).toBe(401);
    await context.close();
  });

  it('opens in English from the first paint for a browser that chose English', async () => {
    const context = await newContext(browser);
    // Every text the app root shows, in order, from before the app runs.
    await context.addInitScript(() => {
      localStorage.setItem('hk.lang', 'en');
      const seen: string[] = [];
      Object.assign(window, { seenTexts: seen });
      new MutationObserver(() => {
        const text = document.querySelector('hk-root')?.textContent?.trim();
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    const page = await context.newPage();
    await page.goto('/login');
    await waitForText(page.getByTestId('login-submit'), 'Sign in');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const seen = await page.evaluate(
      () => (window as unknown as { seenTexts: string[] }).seenTexts,
    );
    expect(seen.length).toBeGreaterThan(0);
    // Not one frame of the Dutch sign-in page.
    expect(seen.filter((text) => text.includes('Inloggen'))).toEqual([]);
    await context.close();
  });

  it('shows the Dutch error for a wrong password and keeps what was typed', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, DEMO.email, 'dit-is-niet-het-wachtwoord');
    await waitForText(
      page.getByTestId('login-error'),
      'Het e-mailadres of wachtwoord klopt niet.',
    );
    expect(await page.getByTestId('login-email').inputValue()).toBe(DEMO.email);
    await screenshot(page, 'sign-in-wrong-password');
    await expectAccessible(page, 'sign-in-wrong-password');
    await context.close();
  });

  it('works on a 360 px wide phone', async () => {
    const context = await newContext(browser, { width: 360, height: 740 });
    const page = await context.newPage();
    await signIn(page);
    await page.waitForURL(/\/vandaag/);
    await page.getByTestId('page-title').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'shell-phone');
    await context.close();
  });
});
