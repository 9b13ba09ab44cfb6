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
const DOB = { iso: '1984-05-17', typed: '17-05-1984' };

async function bothSizes(page: Page, name: string): Promise<void> {
  for (const [size, label] of [
    [PHONE, 'phone'],
    [DESKTOP, 'desktop'],
  ] as const) {
    await page.setViewportSize(size);
    // The navigation drawer changes mode with the width: let it settle.
    await page.waitForTimeout(500);
    await screenshot(page, `${name}-${label}`);
  }
}

describe('the practice shapes the portal and sees its use', () => {
  let browser: Browser;
  let practitioner: Page;

  beforeAll(async () => {
    browser = await launch();
    practitioner = await (await newContext(browser, DESKTOP)).newPage();
    await signIn(practitioner);
    await practitioner.waitForURL(/\/vandaag/);
  });
  afterAll(async () => {
    // Leave the demo practice as it was for the other journeys.
    if (practitioner) {
      await apiCall(
        practitioner,
        'PUT',
        '/api/practice/lessons/builtin/scans',
        { hidden: false },
      );
      const { json } = await apiCall<{ own: { id: string }[] }>(
        practitioner,
        'GET',
        '/api/practice/lessons',
      );
      for (const own of json.own)
        await apiCall(
          practitioner,
          'DELETE',
          `/api/practice/lessons/${own.id}`,
        );
    }
    await browser?.close();
  });

  it('hides a lesson and adds one; the client sees the new one, not the hidden one, and reads it; the practitioner sees it read and the message on Vandaag', async () => {
    // Instellingen → Portaal: hide "Een scan vertelt niet alles", write a lesson.
    await practitioner.goto('/instellingen/portaal');
    await practitioner.getByTestId('portal-settings-builtin').waitFor();
    await bothSizes(practitioner, 'portal-practice-1-settings');
    await expectAccessible(practitioner, 'portal settings');
    await practitioner
      .getByTestId('lesson-toggle-scans')
      .locator('button')
      .click();
    await waitForText(
      practitioner.getByTestId('portal-settings-notice'),
      'is verborgen voor je cliënten',
    );
    await practitioner.getByTestId('lesson-add').click();
    await practitioner.getByTestId('lesson-title').fill('Slapen met pijn');
    await practitioner.getByTestId('lesson-minutes').fill('4');
    await practitioner
      .getByTestId('lesson-body')
      .fill(
        'Een **rustige** avond helpt je lijf om te schakelen.\n\n## Drie dingen\n\n- schermen uit\n- licht zacht\n- elke dag hetzelfde opstaan\n\n<b>geen HTML</b>',
      );
    await waitForText(
      practitioner.getByTestId('lesson-preview'),
      'Drie dingen',
    );
    expect(
      await practitioner
        .getByTestId('lesson-preview')
        .locator('strong')
        .first()
        .textContent(),
    ).toBe('rustige');
    // The typed HTML is shown as text, never as an element.
    await waitForText(
      practitioner.getByTestId('lesson-preview'),
      '<b>geen HTML</b>',
    );
    await bothSizes(practitioner, 'portal-practice-2-lesson-form');
    await practitioner.setViewportSize(DESKTOP);
    await expectAccessible(practitioner, 'portal settings lesson form');
    await practitioner.getByTestId('lesson-save').click();
    await waitForText(
      practitioner.getByTestId('portal-settings-own'),
      'Slapen met pijn',
    );

    // A new client, invited to the portal.
    const created = await apiCall<{ id: string }>(
      practitioner,
      'POST',
      '/api/clients',
      {
        firstName: 'Lotte',
        lastName: 'Portaalmans',
        dateOfBirth: DOB.iso,
        email: 'lotte.portaal@example.nl',
      },
    );
    expect(created.status).toBe(201);
    const clientId = created.json.id;
    const invitation = await apiCall<{ url: string }>(
      practitioner,
      'POST',
      `/api/clients/${clientId}/portal-invitations`,
      { send: 'link' },
    );
    const path = new URL(invitation.json.url).pathname;

    // The client's phone: the lessons hold the new one and not the hidden one.
    const page = await (await newContext(browser, PHONE)).newPage();
    await page.goto(path);
    await page.getByTestId('portal-dob').fill(DOB.typed);
    await page.getByTestId('portal-verify').click();
    await page.waitForURL(/\/portaal$/);
    await page.goto('/portaal/lessen');
    await waitForText(page.getByTestId('portal-lessons'), 'Slapen met pijn');
    expect(
      await page.getByTestId('portal-lessons').textContent(),
    ).not.toContain('Een scan vertelt niet alles');
    await page.getByRole('link', { name: /Slapen met pijn/ }).click();
    await waitForText(page.getByTestId('portal-lesson'), 'Drie dingen');
    // The Markdown is drawn once its lexer has loaded (its own chunk).
    await page.getByTestId('portal-lesson').locator('li').nth(2).waitFor();
    expect(await page.getByTestId('portal-lesson').locator('li').count()).toBe(
      3,
    );
    await bothSizes(page, 'portal-practice-3-client-lesson');
    await page.setViewportSize(PHONE);
    await expectAccessible(page, 'portal practice lesson');
    await page.getByTestId('portal-mark-read').click();
    await page.getByTestId('portal-lesson-read').waitFor();
    // And a message to the practice.
    await page.goto('/portaal/berichten');
    await page
      .getByTestId('portal-message-text')
      .fill('Dank voor de les over slapen!');
    await page.getByTestId('portal-message-send').click();
    await waitForText(page.getByTestId('portal-messages'), 'Dank voor de les');

    // The practitioner: Vandaag shows the new message, the client page the portal.
    await practitioner.goto('/vandaag');
    await waitForText(
      practitioner.getByTestId('today-new-messages'),
      'Lotte Portaalmans',
    );
    await bothSizes(practitioner, 'portal-practice-4-today');
    await practitioner.setViewportSize(DESKTOP);
    await expectAccessible(practitioner, 'today with new messages');
    await practitioner.goto(`/clienten/${clientId}`);
    await waitForText(
      practitioner.getByTestId('client-portal-lessons'),
      '1 van 6 lessen gelezen',
    );
    await waitForText(
      practitioner.getByTestId('client-portal-status'),
      'Actief in het portaal',
    );
    await waitForText(
      practitioner.getByTestId('client-portal-unread'),
      '1 ongelezen bericht',
    );
    await practitioner
      .getByTestId('client-portal-lessons')
      .scrollIntoViewIfNeeded();
    await bothSizes(practitioner, 'portal-practice-5-client-block');
    await practitioner.setViewportSize(DESKTOP);
    await expectAccessible(practitioner, 'client page portal block');
    await practitioner.getByTestId('client-portal-open-messages').click();
    await waitForText(
      practitioner.getByTestId('client-messages'),
      'Dank voor de les over slapen!',
    );
    // Read now: Vandaag lets it go.
    await practitioner.goto('/vandaag');
    await practitioner.getByTestId('today-new-messages-count').waitFor();
    await practitioner.waitForFunction(
      () =>
        !document
          .querySelector('[data-testid="today-new-messages"]')
          ?.textContent?.includes('Lotte Portaalmans'),
    );
  });
});
