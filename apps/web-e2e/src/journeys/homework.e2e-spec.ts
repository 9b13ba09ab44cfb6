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

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

interface ListedClient {
  id: string;
  firstName: string;
  latestScores: Record<string, number | null> | null;
}

/** The same screen at both sizes the product is looked at. */
async function bothSizes(page: Page, name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
}

describe('homework, on a phone', () => {
  let browser: Browser;
  let practitioner: Page;

  beforeAll(async () => {
    browser = await launch();
    practitioner = await (await newContext(browser, PHONE)).newPage();
    await signIn(practitioner);
    await practitioner.waitForURL(/\/vandaag/);
  });
  afterAll(() => browser?.close());

  it('the practitioner assigns the breathing exercise; the client runs the pacer and ticks it off; the practitioner sees it', async () => {
    const list = await apiCall<{ items: ListedClient[] }>(
      practitioner,
      'GET',
      '/api/clients?pageSize=50',
    );
    // Not Jan: the demo already gave him this exercise.
    const client = list.json.items.find(
      (c) => c.latestScores !== null && c.firstName !== 'Jan',
    );
    expect(client).toBeDefined();
    const id = client?.id as string;
    const detail = await apiCall<{ dateOfBirth: string }>(
      practitioner,
      'GET',
      `/api/clients/${id}`,
    );
    const [year, month, day] = detail.json.dateOfBirth.split('-');

    // The practitioner assigns from the library: slow breathing, daily.
    await practitioner.goto(`/clienten/${id}/huiswerk`);
    await practitioner.getByTestId('homework-assign').click();
    await practitioner.getByTestId('homework-assign-form').waitFor();
    await bothSizes(practitioner, 'homework-1-assign');
    await expectAccessible(practitioner, 'homework assign form');
    await practitioner.getByTestId('homework-daily').click();
    await practitioner.getByTestId('homework-save').click();
    await waitForText(
      practitioner.getByTestId('client-homework'),
      'Rustig ademen met een langere uitademing',
    );

    // The client signs in with an invitation link on the phone.
    const invite = await apiCall<{ url: string }>(
      practitioner,
      'POST',
      `/api/clients/${id}/portal-invitations`,
      { send: 'link' },
    );
    const phone = await newContext(browser, PHONE);
    const page = await phone.newPage();
    await page.goto(new URL(invite.json.url).pathname);
    await page.getByTestId('portal-dob').fill(`${day}-${month}-${year}`);
    await page.getByTestId('portal-verify').click();
    await page.waitForURL(/\/portaal$/);
    await page.getByTestId('portal-home-to-homework').waitFor();

    // Huiswerk: this week's list.
    await page.getByTestId('portal-home-to-homework').click();
    await waitForText(
      page.getByTestId('portal-homework'),
      'Rustig ademen met een langere uitademing',
    );
    await bothSizes(page, 'homework-2-portal-list');
    await expectAccessible(page, 'portal homework');

    // The exercise with the pacer: start, then pause by keyboard.
    await page
      .locator('[data-homework="slow-breathing"]')
      .getByTestId('homework-open')
      .click();
    await page.getByTestId('breath-pacer').waitFor();
    await page.getByTestId('pacer-toggle').click();
    await waitForText(page.getByTestId('pacer-phase'), 'Adem in…');
    await waitForText(page.getByTestId('pacer-phase'), 'Adem uit…');
    await bothSizes(page, 'homework-3-exercise-pacer');
    await expectAccessible(page, 'portal exercise with pacer');
    await page.getByTestId('pacer-toggle').focus();
    await page.keyboard.press('Space');
    await waitForText(page.getByTestId('pacer-phase'), 'Gepauzeerd');

    // With reduced motion asked for, the circle stands still; words and count change.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    await page.getByTestId('pacer-toggle').click();
    await waitForText(page.getByTestId('pacer-phase'), 'Adem in…');
    const still = await page.getByTestId('pacer-circle').evaluate((el) => {
      const style = getComputedStyle(el);
      return {
        transition: style.transitionDuration,
        transform: style.transform,
      };
    });
    // No animation: no transition worth the name (the theme may leave a trace of one).
    expect(parseFloat(still.transition)).toBeLessThan(0.01);
    await waitForText(page.getByTestId('pacer-phase'), 'Adem uit…');
    const later = await page
      .getByTestId('pacer-circle')
      .evaluate((el) => getComputedStyle(el).transform);
    expect(later).toBe(still.transform);
    await waitForText(page.getByTestId('pacer-count'), /Tel \d/);
    await screenshot(page, 'homework-4-pacer-reduced-motion-phone');
    await page.keyboard.press('Enter');

    // Tick it off with a note.
    await page.getByTestId('homework-note').fill('Rustiger na vijf minuten.');
    await page.getByTestId('homework-tick').click();
    await page.getByTestId('homework-done-today').waitFor();
    await bothSizes(page, 'homework-5-ticked');
    await expectAccessible(page, 'portal exercise ticked off');

    // The practitioner sees it on the client page.
    await practitioner.goto(`/clienten/${id}/huiswerk`);
    await waitForText(
      practitioner.getByTestId('homework-adherence'),
      /1 van \d keer deze week/,
    );
    await waitForText(
      practitioner.getByTestId('homework-client-notes'),
      'Rustiger na vijf minuten.',
    );
    await bothSizes(practitioner, 'homework-6-practitioner-adherence');
    await expectAccessible(practitioner, 'client homework tab');
  });
});
