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

describe('client portal, on a phone', () => {
  let browser: Browser;
  let practitioner: Page;

  beforeAll(async () => {
    browser = await launch();
    practitioner = await (await newContext(browser)).newPage();
    await signIn(practitioner);
    await practitioner.waitForURL(/\/vandaag/);
  });
  afterAll(() => browser?.close());

  it('the practitioner invites; the client opens the link, confirms the date of birth, sees Mijn kompas and reads a lesson', async () => {
    // A demo client with an intake, invited from the client page.
    const list = await apiCall<{ items: ListedClient[] }>(
      practitioner,
      'GET',
      '/api/clients?pageSize=50',
    );
    const scored = list.json.items.find((c) => c.latestScores !== null);
    expect(scored).toBeDefined();
    const detail = await apiCall<{ dateOfBirth: string }>(
      practitioner,
      'GET',
      `/api/clients/${scored?.id}`,
    );
    const [year, month, day] = detail.json.dateOfBirth.split('-');
    await practitioner.goto(`/clienten/${scored?.id}`);
    await practitioner.getByTestId('portal-invite').click();
    await practitioner.getByTestId('portal-invite-link').click();
    const url = (
      await practitioner.getByTestId('portal-invite-url').textContent()
    )?.trim() as string;
    expect(url).toMatch(/\/portaal\/link\/[\w-]{43}$/);
    await screenshot(practitioner, 'portal-0-invite-dialog');
    await expectAccessible(practitioner, 'portal invitation dialog');
    const path = new URL(url).pathname;

    // The client's phone: the link, the date of birth, Mijn kompas.
    const phone = await newContext(browser, PHONE);
    const page = await phone.newPage();
    await page.goto(path);
    await page.getByTestId('portal-dob').waitFor();
    await waitForText(
      page.getByTestId('portal-emergency'),
      'Bij spoed: bel 112 of je huisarts.',
    );
    await bothSizes(page, 'portal-1-landing');
    await expectAccessible(page, 'portal landing');
    await page.getByTestId('portal-dob').fill('01-01-1901');
    await page.getByTestId('portal-verify').click();
    await waitForText(page.getByTestId('portal-error'), /klopt niet/);
    await page.getByTestId('portal-dob').fill(`${day}-${month}-${year}`);
    await page.getByTestId('portal-verify').click();
    await page.waitForURL(/\/portaal$/);
    await page.getByTestId('portal-greeting').waitFor();
    await page.getByTestId('portal-domains').waitFor();
    await bothSizes(page, 'portal-2-mijn-kompas');
    await expectAccessible(page, 'portal home');

    // Lessons: the list, the first lesson, marked read.
    await page.getByTestId('portal-to-lessons').click();
    await page.getByTestId('portal-lessons').waitFor();
    await bothSizes(page, 'portal-3-lessons');
    await expectAccessible(page, 'portal lessons');
    await page.getByTestId('portal-lessons').getByRole('link').first().click();
    await waitForText(
      page.getByTestId('portal-lesson'),
      'Pijn is een alarm, geen schademeter',
    );
    await bothSizes(page, 'portal-4-lesson');
    await expectAccessible(page, 'portal lesson');
    await page.getByTestId('portal-mark-read').click();
    await page.getByTestId('portal-lesson-read').waitFor();
    await page.goto('/portaal/lessen');
    await waitForText(page.getByTestId('portal-lessons'), 'Gelezen');

    // Messages: the client writes from the phone; the practitioner reads it on the client page.
    await page.getByTestId('portal-to-messages').click();
    await waitForText(
      page.getByTestId('portal-messages-standing'),
      'Bij spoed: bel 112 of je huisarts. Berichten worden niet direct gelezen.',
    );
    await page
      .getByTestId('portal-message-text')
      .fill('Mag ik de ademoefening ook liggend doen?');
    await page.getByTestId('portal-message-send').click();
    await waitForText(
      page.getByTestId('portal-messages'),
      'Mag ik de ademoefening ook liggend doen?',
    );
    await bothSizes(page, 'portal-4b-messages');
    await expectAccessible(page, 'portal messages');
    await practitioner.goto(`/clienten/${scored?.id}`);
    await waitForText(
      practitioner.getByTestId('tab-messages-unread'),
      '(1 nieuw)',
    );
    await practitioner.getByTestId('tab-messages').click();
    await waitForText(
      practitioner.getByTestId('client-messages'),
      'Mag ik de ademoefening ook liggend doen?',
    );
    await practitioner.getByTestId('client-message-text').fill('Ja, dat mag.');
    await practitioner.getByTestId('client-message-send').click();
    await waitForText(
      practitioner.getByTestId('client-messages'),
      'Ja, dat mag.',
    );
    await practitioner.getByTestId('tab-messages-unread').waitFor({
      state: 'detached',
    });
    await screenshot(practitioner, 'portal-4c-client-messages-desktop');
    // The same tab as a practitioner's phone opens it.
    const practitionerPhone = await practitioner.context().newPage();
    await practitionerPhone.setViewportSize(PHONE);
    await practitionerPhone.goto(`/clienten/${scored?.id}/berichten`);
    await waitForText(
      practitionerPhone.getByTestId('client-messages'),
      'Ja, dat mag.',
    );
    await screenshot(practitionerPhone, 'portal-4c-client-messages-phone');
    await practitionerPhone.close();
    await expectAccessible(practitioner, 'client page messages');
    await page.reload();
    await waitForText(page.getByTestId('portal-messages'), 'Ja, dat mag.');

    // The used link now says whom to contact, calmly.
    const other = await (await newContext(browser, PHONE)).newPage();
    await other.goto(path);
    await other.getByTestId('portal-unavailable').waitFor();
    await waitForText(other.locator('body'), 'Deze link werkt niet meer');
    await bothSizes(other, 'portal-5-used-link');
    await expectAccessible(other, 'portal used link');

    // Signing out closes the portal; the sign-in page asks for a new link.
    await page.getByTestId('portal-sign-out').click();
    await page.waitForURL(/\/portaal\/inloggen/);
    await bothSizes(page, 'portal-6-sign-in');
    await expectAccessible(page, 'portal sign-in');
  });
});
