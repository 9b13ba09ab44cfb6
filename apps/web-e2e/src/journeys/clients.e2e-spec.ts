import type { Browser } from 'playwright-core';
import { expectAccessible } from '../support/accessibility';
import { apiCall } from '../support/api';
import {
  launch,
  newContext,
  screenshot,
  signIn,
  waitForText,
} from '../support/browser';

describe('the client list and record', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  it('creates a client, finds it without accents, edits, archives and restores it; a colleague does not see it', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page);
    await page.waitForURL(/\/vandaag/);
    await page.getByTestId('nav-clients').click();
    await page.waitForURL(/\/clienten/);
    await page.getByTestId('client-row').first().waitFor();
    await screenshot(page, 'clients-list');

    await page.getByTestId('client-new').click();
    await page.getByTestId('client-form').waitFor();
    await page.getByTestId('client-save').click();
    await page.getByTestId('field-error-firstName').waitFor();
    await screenshot(page, 'client-form-errors');
    await expectAccessible(page, 'client-form-errors');

    await page.getByTestId('field-firstName').fill('Zoë');
    await page.getByTestId('field-lastName').fill('de Vré-Ångström');
    await page.getByTestId('field-dateOfBirth').fill('07-03-1982');
    await page.getByTestId('field-email').fill('zoe.devre@example.nl');
    // A label as a chip: the chip grid is checked for accessibility too.
    await page.getByTestId('field-tags').fill('nekklachten');
    await page.getByTestId('field-tags').press('Enter');
    await waitForText(page.getByTestId('client-form'), 'nekklachten');
    await screenshot(page, 'client-form-filled');
    await expectAccessible(page, 'client-form-filled');
    await page.getByTestId('client-save').click();
    await waitForText(
      page.getByTestId('client-header-name'),
      'Zoë de Vré-Ångström',
    );
    const clientUrl = page.url();
    await screenshot(page, 'client-page');
    await expectAccessible(page, 'client-page');

    // Search a part of the name, without accents and in other case.
    await page.getByTestId('nav-clients').click();
    await page.getByTestId('client-search').fill('vre-angs');
    await page.waitForURL(/search=vre-angs/);
    await waitForText(page.getByTestId('client-row'), 'Vré-Ångström');
    expect(await page.getByTestId('client-row').count()).toBe(1);
    await screenshot(page, 'clients-search');
    await expectAccessible(page, 'clients-search');

    // Edit.
    await page.getByTestId('client-row').first().click();
    await page.getByTestId('client-edit').click();
    await page.getByTestId('field-phone').fill('06-12345678');
    await page.getByTestId('client-save').click();
    await waitForText(page.locator('body'), '06-12345678');

    // Archive (under "Meer acties") and restore (then the main action).
    await page.getByTestId('client-more').click();
    await page.getByTestId('client-archive').click();
    await page.getByTestId('confirm-ok').waitFor();
    await expectAccessible(page, 'confirm-archive-dialog');
    await page.getByTestId('confirm-ok').click();
    await waitForText(page.getByTestId('client-status'), /Gearchiveerd/i);
    await page.getByTestId('client-restore').click();
    await page.getByTestId('confirm-ok').click();
    await waitForText(
      page.getByTestId('client-status'),
      /Intake open|Wacht op intake|intake/i,
    );
    await screenshot(page, 'client-restored');
    await expectAccessible(page, 'client-restored');

    // The colleague (not responsible, nothing shared) does not see it.
    const colleague = await newContext(browser);
    const other = await colleague.newPage();
    await signIn(other, 'thomas@herstelkompas.nl');
    await other.waitForURL(/\/vandaag/);
    const list = await apiCall<{ items: { displayName: string }[] }>(
      other,
      'GET',
      '/api/clients?search=vre&pageSize=100',
    );
    expect(list.json.items.map((c) => c.displayName)).not.toContain(
      'Zoë de Vré-Ångström',
    );
    await other.goto(clientUrl);
    await waitForText(
      other.locator('body'),
      /niet gevonden|bestaat niet|geen toegang/i,
    );
    await screenshot(other, 'client-not-visible-to-colleague');
    await expectAccessible(other, 'client-not-visible-to-colleague');

    // A page for the owner only says so, at the address typed, with a way back.
    await other.goto('/team');
    await waitForText(other.getByTestId('forbidden'), /Geen toegang/);
    await expectAccessible(other, 'forbidden');
    expect(new URL(other.url()).pathname).toBe('/team');
    await other
      .getByTestId('forbidden')
      .getByRole('link', { name: 'Naar Vandaag' })
      .click();
    await other.waitForURL(/\/vandaag/);
    await colleague.close();
    await context.close();
  });
});
