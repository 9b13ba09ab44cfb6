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

/**
 * Without SMTP_URL (how these journeys start the product) mail is kept, not
 * sent: the practitioner sends an intake by e-mail and the owner reads it
 * under Instellingen -> E-mail.
 */
describe('mail without SMTP: kept in the outbox', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await (await newContext(browser)).newPage();
    await signIn(page);
    await page.waitForURL(/\/vandaag/);
  });
  afterAll(() => browser?.close());

  it('sends an intake by e-mail from the dialog and shows it unsent, link and all', async () => {
    const email = `mila-${Date.now()}@example.nl`;
    const client = await apiCall<{ id: string }>(page, 'POST', '/api/clients', {
      firstName: 'Mila',
      lastName: `Post ${Date.now()}`,
      dateOfBirth: '1984-05-06',
      email,
    });
    await page.goto(`/clienten/${client.json.id}`);
    await page.getByTestId('intake-send').first().click();
    await page.getByTestId('intake-send-email').click();
    await screenshot(page, 'mail-1-send-dialog');
    await expectAccessible(page, 'mail-1-send-dialog');
    await page.getByTestId('intake-create').click();
    await waitForText(
      page.getByTestId('intake-email-queued'),
      new RegExp(`per e-mail naar ${email}`),
    );
    const link = (await page.getByTestId('intake-link').textContent())?.trim();
    await page.keyboard.press('Escape');

    // The client page tells the truth about the mail.
    await page.reload();
    await waitForText(
      page.getByTestId('invitation-delivery'),
      /Wordt niet verzonden: geen SMTP ingesteld/,
    );

    await page.goto('/instellingen/e-mail');
    await waitForText(
      page.getByTestId('outbox-no-smtp'),
      /wordt niet verzonden: geen SMTP ingesteld/,
    );
    const message = page
      .getByTestId('outbox-message')
      .filter({ hasText: `Aan ${email}` })
      .filter({ hasText: 'Uitnodiging intake' });
    await waitForText(
      message.getByTestId('outbox-status'),
      /Wordt niet verzonden/,
    );
    await message.locator('summary').click();
    await waitForText(message.getByTestId('outbox-body'), /Hallo Mila,/);
    expect(await message.getByTestId('outbox-body').textContent()).toContain(
      link,
    );
    await screenshot(page, 'mail-2-outbox');
    await expectAccessible(page, 'mail-2-outbox');
  });
});
