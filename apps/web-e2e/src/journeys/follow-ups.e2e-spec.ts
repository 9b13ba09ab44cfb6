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

/** Opens a demo client's page through the client list. */
async function openClient(page: Page, name: string): Promise<string> {
  const { json } = await apiCall<{
    items: { id: string; displayName: string }[];
  }>(page, 'GET', `/api/clients?search=${encodeURIComponent(name)}`);
  const client = json.items[0];
  if (!client) throw new Error(`no demo client ${name}`);
  await page.goto(`/clienten/${client.id}`);
  await page.getByTestId('follow-up-next').waitFor();
  return client.id;
}

describe('follow-up intakes on a schedule', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('plans "every 6 weeks" with the keyboard only, shows the next one, and stops it', async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page);
    await page.waitForURL(/\/vandaag/);
    const clientId = await openClient(page, 'Jan van der Berg');
    await apiCall(
      page,
      'DELETE',
      `/api/clients/${clientId}/follow-up-schedule`,
    );
    await page.reload();
    await waitForText(page.getByTestId('follow-up-next'), 'Geen vervolgmeting');

    await page.getByTestId('follow-up-edit').focus();
    await page.keyboard.press('Enter');
    const weeks = page.getByTestId('follow-up-weeks');
    await weeks.waitFor();
    await screenshot(page, 'follow-up-dialog');
    await expectAccessible(page, 'follow-up-dialog');
    await weeks.fill('');
    await weeks.focus();
    await page.keyboard.type('6');
    await page.keyboard.press('Enter');
    await waitForText(
      page.getByTestId('follow-up-next'),
      /^Volgende vervolgmeting: \w+dag \d{1,2} \w+/,
    );
    await waitForText(
      page.getByTestId('follow-up-rule'),
      'Elke 6 weken · 08:00 · per e-mail',
    );
    await screenshot(page, 'follow-up-client-page');
    await expectAccessible(page, 'follow-up-client-page');

    await page.getByTestId('follow-up-stop').focus();
    await page.keyboard.press('Enter');
    await waitForText(page.getByTestId('follow-up-next'), 'Geen vervolgmeting');
  });

  it('fits a phone: plans a date at 360×740', async () => {
    const page = await (
      await newContext(browser, { width: 360, height: 740 })
    ).newPage();
    await signIn(page);
    await page.waitForURL(/\/vandaag/);
    const clientId = await openClient(page, 'Jan van der Berg');
    await page.getByTestId('follow-up-edit').click();
    await page.getByTestId('follow-up-mode-date').locator('input').check();
    await page.getByTestId('follow-up-date').fill('04-01-2099');
    await screenshot(page, 'follow-up-dialog-phone');
    await page.getByTestId('follow-up-save').click();
    await waitForText(
      page.getByTestId('follow-up-next'),
      'Volgende vervolgmeting: zondag 4 januari 2099',
    );
    await screenshot(page, 'follow-up-client-page-phone');
    const width = await page.evaluate(
      () => document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(360);
    await apiCall(
      page,
      'DELETE',
      `/api/clients/${clientId}/follow-up-schedule`,
    );
  });
});
