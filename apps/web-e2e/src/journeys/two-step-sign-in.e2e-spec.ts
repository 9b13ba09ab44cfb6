import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible } from '../support/accessibility';
import { apiCall } from '../support/api';
import {
  launch,
  newContext,
  screenshot,
  signIn,
  waitForText,
} from '../support/browser';

const PASSWORD = 'een lang wachtwoord 2026';

/** The code an authenticator app would show `stepsAhead` periods from now. */
function codeFor(secret: string, stepsAhead = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + stepsAhead * 30_000,
  });
}

/** A new colleague in the demo practice, invited by the owner through the API. */
async function newColleague(
  page: Page,
): Promise<{ email: string; setPasswordPath: string }> {
  const email = `mfa-${Date.now()}@herstelkompas.nl`;
  const invited = await apiCall<{ setPasswordUrl: string }>(
    page,
    'POST',
    '/api/practitioners',
    { email, displayName: 'Noor Jansen', role: 'practitioner' },
  );
  expect(invited.status).toBe(201);
  return {
    email,
    setPasswordPath: new URL(invited.json.setPasswordUrl).pathname,
  };
}

/**
 * Chooses a password on the invitation's page as the colleague would: the
 * strength shows in words while typing, a guessable one is refused.
 */
async function setPassword(page: Page, path: string): Promise<void> {
  await page.goto(path);
  const strength = page.getByTestId('password-strength');
  await page.getByTestId('set-password').fill('wachtwoord123');
  await waitForText(strength, 'Zwak');
  await waitForText(strength, 'wordt geweigerd');
  await page.getByTestId('set-password-repeat').fill('wachtwoord123');
  await screenshot(page, 'set-password-weak');
  await expectAccessible(page, 'set-password-weak');
  await page.getByTestId('set-password-submit').click();
  await waitForText(
    page.getByTestId('field-error-password'),
    'te makkelijk te raden',
  );
  await page.getByTestId('set-password').fill(PASSWORD);
  await page.getByTestId('set-password-repeat').fill(PASSWORD);
  await waitForText(strength, 'Sterk');
  await screenshot(page, 'set-password-strong');
  await expectAccessible(page, 'set-password-strong');
  await page.getByTestId('set-password-submit').click();
  await page.waitForURL(/\/login/);
}

/** Enrolment starts with the password again; a wrong one is refused under the field. */
async function confirmPassword(page: Page, password: string): Promise<void> {
  await page.getByTestId('mfa-password-step').waitFor();
  await page.getByTestId('mfa-current-password').fill(`${password}x`);
  await page.getByTestId('mfa-password-continue').click();
  await waitForText(page.locator('mat-error'), 'klopt niet');
  await screenshot(page, 'security-enrol-password');
  await expectAccessible(page, 'security-enrol-password');
  await page.getByTestId('mfa-current-password').fill(password);
  await page.getByTestId('mfa-password-continue').click();
}

describe('two-step sign-in', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('sets up an authenticator app, signs out, and signs in with a code', async () => {
    const owner = await (await newContext(browser)).newPage();
    await signIn(owner);
    await owner.waitForURL(/\/vandaag/);
    await owner.goto('/instellingen/beveiliging');
    await waitForText(
      owner.getByTestId('mfa-demo'),
      'Demopraktijk: tweestapsverificatie is hier niet verplicht',
    );
    await owner.getByTestId('practice-mfa-toggle').waitFor();
    await screenshot(owner, 'security-owner-demo');
    await expectAccessible(owner, 'security-owner-demo');
    const { email, setPasswordPath } = await newColleague(owner);

    const context = await newContext(browser);
    const page = await context.newPage();
    await setPassword(page, setPasswordPath);
    await signIn(page, email, PASSWORD);
    await page.waitForURL(/\/vandaag/);
    await page.goto('/instellingen/beveiliging');
    await waitForText(page.getByTestId('mfa-state'), 'Uit');
    await page.getByTestId('mfa-enable').click();
    await confirmPassword(page, PASSWORD);
    await page.getByTestId('mfa-qr').waitFor();
    const secret = (
      (await page.getByTestId('mfa-secret').textContent()) ?? ''
    ).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await screenshot(page, 'security-enrol-scan');
    await expectAccessible(page, 'security-enrol-scan');

    // A wrong code first: the error sits under the field, in Dutch.
    await page.getByTestId('mfa-confirm-code').fill('000000');
    await page.getByTestId('mfa-confirm').click();
    await waitForText(page.locator('mat-error'), 'Deze code klopt niet');
    await page.getByTestId('mfa-confirm-code').fill(codeFor(secret));
    await page.getByTestId('mfa-confirm').click();
    await page.getByTestId('recovery-codes').waitFor();
    expect(await page.getByTestId('recovery-codes').locator('li').count()).toBe(
      10,
    );
    await screenshot(page, 'security-recovery-codes');
    await expectAccessible(page, 'security-recovery-codes');
    await page.getByTestId('recovery-codes-saved').click();
    await waitForText(page.getByTestId('mfa-state'), 'Aan');
    await screenshot(page, 'security-mfa-on');
    await expectAccessible(page, 'security-mfa-on');

    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);

    await signIn(page, email, PASSWORD);
    const code = page.getByTestId('login-code');
    await code.waitFor();
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    await waitForText(page.getByTestId('page-title'), 'Tweestapsverificatie');
    await screenshot(page, 'sign-in-code-step');
    await expectAccessible(page, 'sign-in-code-step');
    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, 'sign-in-code-step-phone');
    // The enrolment used this period's code; the app's next one is accepted (drift +1).
    await code.fill(codeFor(secret, 1));
    await code.press('Enter');
    await page.waitForURL(/\/vandaag/);
    await page.getByTestId('page-title').waitFor();
    await context.close();
  });

  it('shows the second step and the security page on a 360 px wide phone', async () => {
    const context = await newContext(browser, { width: 360, height: 740 });
    const page = await context.newPage();
    await signIn(page);
    await page.waitForURL(/\/vandaag/);
    await page.goto('/instellingen/beveiliging');
    await page.getByTestId('mfa-state').waitFor();
    await page.getByTestId('mfa-enable').click();
    await page.getByTestId('mfa-password-step').waitFor();
    await screenshot(page, 'security-enrol-password-phone');
    await page.getByTestId('mfa-current-password').fill('herstel-demo-2026');
    await page.getByTestId('mfa-password-continue').click();
    await page.getByTestId('mfa-qr').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'security-enrol-phone');
    await context.close();
  });
});
