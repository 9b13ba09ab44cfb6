import type { InstrumentDefinition } from '@herstelkompas/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible } from '../support/accessibility';
import { apiCall } from '../support/api';
import {
  launch,
  newContext,
  screenshot,
  signIn,
  waitForText,
} from '../support/browser';
import { answerStep } from '../support/intake-filler';

const PHONE = { width: 360, height: 740 };
const PHONE_SCREENS = [
  'today',
  'clients',
  'client-overview',
  'report-preview',
  'team',
];

/**
 * Every screen of the app under the real Content-Security-Policy: the page
 * reports each blocked script, style, image or connection, and the walk
 * expects none. A screen whose styles were blocked would still "work", so
 * the walk also checks that the global stylesheet applied.
 */
describe('Content-Security-Policy: every screen, zero violations', () => {
  let browser: Browser;
  const violations: string[] = [];
  const walked: string[] = [];

  /** A context whose pages report CSP violations, from the first byte on. */
  async function watchedContext(
    options: { width?: number; height?: number } = {},
  ): Promise<BrowserContext> {
    const context = await newContext(browser, options);
    await context.exposeFunction('__hkCspViolation', (text: string) =>
      violations.push(text),
    );
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (
          window as unknown as { __hkCspViolation(t: string): void }
        ).__hkCspViolation(
          `${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    context.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text()))
        violations.push(`console: ${message.text()}`);
    });
    return context;
  }

  /** Opens a screen by its address (a deep link, as a reload would) and waits for it. */
  async function visit(page: Page, path: string, name: string): Promise<void> {
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("base-uri 'none'");
    await page.locator('router-outlet + *').first().waitFor();
    // styles.scss sets the body margin to 0: the stylesheet loaded and applied.
    expect(
      await page.evaluate(() => getComputedStyle(document.body).marginTop),
    ).toBe('0px');
    walked.push(name);
  }

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('walks the practitioner screens as the demo owner, desktop and phone', async () => {
    for (const size of [{}, PHONE]) {
      const phone = size === PHONE;
      const context = await watchedContext(size);
      const page = await context.newPage();
      await visit(page, '/login', phone ? 'login (phone)' : 'login');
      await signIn(page);
      await page.waitForURL(/\/vandaag/, { waitUntil: 'networkidle' });
      const jan = await apiCall<{ items: { id: string }[] }>(
        page,
        'GET',
        '/api/clients?search=jan%20van%20der%20berg',
      );
      const id = jan.json.items[0]?.id as string;
      // CSP does not depend on the width: the phone pass covers the screens
      // whose layout changes most, for the screenshots.
      const screens: [string, string][] = [
        ['/vandaag', 'today'],
        ['/clienten', 'clients'],
        ['/clienten/nieuw', 'client-new'],
        [`/clienten/${id}`, 'client-overview'],
        [`/clienten/${id}/bewerken`, 'client-edit'],
        [`/clienten/${id}/prioriteiten`, 'client-priority'],
        [`/clienten/${id}/sessies`, 'client-sessions'],
        [`/clienten/${id}/doelen`, 'client-goals'],
        [`/clienten/${id}/tijdlijn`, 'client-timeline'],
        [`/clienten/${id}/logboek`, 'client-access-log'],
        [`/clienten/${id}/rapportage`, 'report-preview'],
        ['/intakes', 'intakes'],
        ['/rapportages', 'reports'],
        ['/team', 'team'],
        ['/instellingen', 'settings'],
        ['/bestaat-niet', 'not-found'],
      ];
      for (const [path, name] of screens) {
        if (phone && !PHONE_SCREENS.includes(name)) continue;
        await visit(page, path, phone ? `${name} (phone)` : name);
        // Accessibility is checked at both sizes in the desktop pass.
        if (!phone) await expectAccessible(page, name);
        if (['client-overview', 'report-preview', 'team'].includes(name))
          await screenshot(page, `csp-${name}${phone ? '-phone' : ''}`);
      }
      // A client sub-page reloaded in place still loads the app and its data.
      await visit(page, `/clienten/${id}/tijdlijn`, 'client-timeline');
      await page.reload({ waitUntil: 'networkidle' });
      await waitForText(page.locator('main'), /Jan/);
      expect(new URL(page.url()).pathname).toBe(`/clienten/${id}/tijdlijn`);
      walked.pop();
      if (!phone) {
        await visit(
          page,
          '/wachtwoord-instellen/ongeldige-link',
          'set-password',
        );
        await expectAccessible(page, 'set-password (invalid link)');
      }
      await context.close();
    }
    // Each screen is also checked for accessibility at two sizes.
  }, 240000);

  it('walks the client intake by link on a phone: check, welcome, consent, questions, review, thanks', async () => {
    const owner = await (await newContext(browser)).newPage();
    await signIn(owner);
    await owner.waitForURL(/\/vandaag/);
    const client = await apiCall<{ id: string }>(
      owner,
      'POST',
      '/api/clients',
      {
        firstName: 'Noor',
        lastName: `CSP ${Date.now()}`,
        dateOfBirth: '1984-06-09',
        email: `noor-${Date.now()}@example.nl`,
      },
    );
    const link = await apiCall<{ url: string }>(
      owner,
      'POST',
      `/api/clients/${client.json.id}/intake-invitations`,
      { variant: 'baseline' },
    );
    const path = new URL(link.json.url).pathname;

    const context = await watchedContext(PHONE);
    const page = await context.newPage();
    await visit(page, path, 'intake check');
    await expectAccessible(page, 'intake check');
    await page.getByTestId('intake-dob').fill('09-06-1984');
    await page.getByTestId('intake-verify').click();
    await page.getByTestId('intake-start').waitFor();
    walked.push('intake welcome');
    await expectAccessible(page, 'intake welcome');
    await page.getByTestId('intake-start').click();
    await page.getByTestId('intake-consent-check').waitFor();
    walked.push('intake consent');
    await expectAccessible(page, 'intake consent');
    await page.getByTestId('intake-consent-check').click();
    await page.getByTestId('intake-consent-accept').click();
    await page.getByTestId('intake-step-title').waitFor();
    const definition = (await (await page.request.get(`/api${path}`)).json())
      .instrument as InstrumentDefinition;
    for (const step of definition.steps) {
      await waitForText(page.getByTestId('intake-step-title'), step.title.nl);
      await expectAccessible(page, `intake step ${step.id}`);
      await answerStep(page, definition, step.id);
      await page.getByTestId('intake-next').click();
    }
    walked.push(`intake questions (${definition.steps.length} steps)`);
    await page.getByTestId('intake-review').waitFor();
    walked.push('intake review');
    await expectAccessible(page, 'intake review');
    await page.getByTestId('intake-submit').click();
    await page.getByTestId('intake-thanks').waitFor();
    walked.push('intake thanks');
    await expectAccessible(page, 'intake thanks');
    await screenshot(page, 'csp-intake-thanks-phone');
    await visit(
      page,
      '/intake/geen-geldige-link-000000000000000000000',
      'intake unavailable',
    );
    await expectAccessible(page, 'intake unavailable');
    await context.close();
    await owner.context().close();
  }, 180000);

  it('counts zero CSP violations over all screens (and would see one)', async () => {
    console.log(
      `screens walked: ${walked.length}, CSP violations: ${violations.length}\n` +
        walked.join(', '),
    );
    expect(violations).toEqual([]);
    expect(walked.length).toBeGreaterThanOrEqual(25);

    // The listener works: an inline script is blocked and reported.
    const context = await watchedContext();
    const page = await context.newPage();
    await page.goto('/login', { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
    });
    // The report arrives through the exposed function; give it a moment.
    for (let i = 0; i < 50 && !violations.length; i++)
      await page.waitForTimeout(100);
    expect(await page.evaluate(() => '__ran' in window)).toBe(false);
    expect(violations.some((v) => v.includes('script-src'))).toBe(true);
    await context.close();
  });
});
