import { readFileSync } from 'node:fs';
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

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a script tag: the CSP allows no inline script.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
  });
}

/**
 * The client page on a first day: one main action that follows the state,
 * the rare and sensitive actions under "Meer acties", where the intake
 * stands, and a timeline whose entries open their item.
 */
describe('the client page header, intake state and timeline', () => {
  let browser: Browser;
  let page: Page;
  let clientId: string;

  beforeAll(async () => {
    browser = await launch();
    page = await (await newContext(browser)).newPage();
    await signIn(page);
    await page.waitForURL(/\/vandaag/);
    const client = await apiCall<{ id: string }>(page, 'POST', '/api/clients', {
      firstName: 'Floor',
      lastName: `Kopregel ${Date.now()}`,
      dateOfBirth: '1979-02-14',
      email: `floor-${Date.now()}@example.nl`,
    });
    clientId = client.json.id;
  });
  afterAll(() => browser?.close());

  it('shows the tabs within the first screen of a phone, and the active tab in view', async () => {
    const phone = await (
      await newContext(browser, { width: 360, height: 740 })
    ).newPage();
    await signIn(phone);
    await phone.waitForURL(/\/vandaag/);
    await phone.goto(`/clienten/${clientId}`);
    await waitForText(phone.getByTestId('intake-state'), /Nog geen intake/);
    const tabs = await phone.locator('nav[mat-tab-nav-bar]').boundingBox();
    expect(tabs).not.toBeNull();
    expect((tabs?.y ?? 9999) + (tabs?.height ?? 0)).toBeLessThanOrEqual(740);
    await screenshot(phone, 'client-page-phone');

    // Opened straight on a tab that lies beyond the narrow tab bar.
    await phone.goto(`/clienten/${clientId}/tijdlijn`);
    await phone.getByTestId('timeline').waitFor();
    // Mat's tab bar scrolls the active tab into view on a narrow screen.
    await phone.waitForFunction(() => {
      const tab = document.querySelector('[data-testid="tab-timeline"]');
      const bar = tab?.closest('.mat-mdc-tab-link-container');
      const box = tab?.getBoundingClientRect();
      const view = bar?.getBoundingClientRect();
      const middle = box ? (box.left + box.right) / 2 : -1;
      return !!view && middle > view.left && middle < view.right;
    });
    await screenshot(phone, 'client-timeline-phone');
    await phone.context().close();
  });

  it('has one main action and keeps export, archive and erase under "Meer acties", by keyboard too', async () => {
    await page.goto(`/clienten/${clientId}`);
    await waitForText(page.getByTestId('intake-state'), /Nog geen intake/);
    const filled = page.locator('.header .actions .mat-mdc-unelevated-button');
    expect(await filled.count()).toBe(1);
    expect(await filled.getAttribute('data-testid')).toBe('intake-send');
    for (const hidden of ['record-export', 'client-archive', 'client-erase'])
      expect(await page.getByTestId(hidden).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'client-page-desktop');
    await expectAccessible(page, 'client-page-desktop');

    await page.getByTestId('client-more').focus();
    await page.keyboard.press('Enter');
    const menu = page.locator('.mat-mdc-menu-panel');
    await menu.waitFor();
    const items = await menu
      .locator('[mat-menu-item]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid')));
    expect(items).toEqual([
      'client-share',
      'record-export',
      'client-archive',
      'client-erase',
    ]);
    await page.keyboard.press('ArrowDown');
    expect(
      await page.evaluate(() =>
        document.activeElement?.getAttribute('data-testid'),
      ),
    ).toBe('record-export');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'client-page-more-menu');
    await expectAccessible(page, 'client-page-more-menu');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(
      await page.evaluate(() =>
        document.activeElement?.getAttribute('data-testid'),
      ),
    ).toBe('client-more');
  });

  it('after sending a link says so, makes a note the main action and puts it on the timeline', async () => {
    await page.goto(`/clienten/${clientId}`);
    await page.getByTestId('intake-send').click();
    await page.getByTestId('intake-send-link').click();
    await page.getByTestId('intake-create').click();
    await page.getByTestId('intake-link').waitFor();
    await page.keyboard.press('Escape');

    await waitForText(
      page.getByTestId('intake-state'),
      /Eerste intake als link gemaakt op \d\d-\d\d-\d{4} · nog niet geopend · verloopt op \d\d-\d\d-\d{4}/,
    );
    await page.getByTestId('intake-state-resend').waitFor();
    await page.getByTestId('client-note-new').waitFor();
    expect(await page.locator('body').textContent()).not.toContain(
      'stuur een intake',
    );
    await screenshot(page, 'client-page-link-sent');
    await expectAccessible(page, 'client-page-link-sent');

    await page.getByTestId('tab-timeline').click();
    const sent = page
      .getByTestId('timeline-event')
      .and(page.locator('[data-kind="invitation"]'));
    await waitForText(sent, /Intake als link gemaakt/);
    await sent.getByTestId('timeline-open').click();
    await page.waitForURL(new RegExp(`/clienten/${clientId}$`));
  });

  it('edits a goal, and the timeline opens it with an excerpt', async () => {
    const goal = await apiCall<{ id: string }>(
      page,
      'POST',
      `/api/clients/${clientId}/goals`,
      { domain: 'sleep', description: 'Beter doorslapen' },
    );
    await page.goto(`/clienten/${clientId}/doelen`);
    await page.getByTestId('goal-edit').click();
    await page
      .getByTestId('goal-description')
      .fill('Zes uur achter elkaar slapen');
    await screenshot(page, 'goal-edit-dialog');
    await expectAccessible(page, 'goal-edit-dialog');
    await page.getByTestId('goal-save').click();
    await waitForText(page.getByTestId('goal-card'), /Zes uur achter elkaar/);

    await page.getByTestId('tab-timeline').click();
    const entry = page
      .getByTestId('timeline-event')
      .and(page.locator('[data-kind="goal"]'));
    await waitForText(
      entry.getByTestId('timeline-excerpt'),
      'Zes uur achter elkaar slapen',
    );
    await screenshot(page, 'client-timeline-desktop');
    await expectAccessible(page, 'client-timeline-desktop');
    await entry.getByTestId('timeline-open').click();
    await page.waitForURL(/\/doelen\?doel=/);
    await page.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-goal-id') === id,
      goal.json.id,
    );

    // The same screens on a phone, for the eye.
    const phone = await (
      await newContext(browser, { width: 360, height: 740 })
    ).newPage();
    await signIn(phone);
    await phone.waitForURL(/\/vandaag/);
    await phone.goto(`/clienten/${clientId}`);
    await waitForText(phone.getByTestId('intake-state'), /als link gemaakt/);
    // With the longer intake line and a second row of actions too.
    const tabs = await phone.locator('nav[mat-tab-nav-bar]').boundingBox();
    expect((tabs?.y ?? 9999) + (tabs?.height ?? 0)).toBeLessThanOrEqual(740);
    await screenshot(phone, 'client-page-phone-link-sent');
    await phone.getByTestId('client-more').click();
    await phone.locator('.mat-mdc-menu-panel').waitFor();
    await screenshot(phone, 'client-page-phone-more-menu');
    await phone.keyboard.press('Escape');
    await phone.goto(`/clienten/${clientId}/doelen`);
    await phone.getByTestId('goal-edit').click();
    await phone.getByTestId('goal-description').waitFor();
    await screenshot(phone, 'goal-edit-dialog-phone');
    await phone.context().close();
  });
});
