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

/** The clock in Amsterdam, a few minutes ahead: a start the API accepts today. */
function soonInAmsterdam(): { date: string; time: string } {
  const soon = new Date(Date.now() + 10 * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(soon)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts['day']}-${parts['month']}-${parts['year']}`,
    time: `${parts['hour']}:${parts['minute']}`,
  };
}

describe('the agenda', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    page = await (await newContext(browser)).newPage();
    await signIn(page);
    await page.waitForURL(/\/vandaag/);
  });
  afterAll(() => browser?.close());

  it('books an appointment on the Agenda page and starts its session from Vandaag', async () => {
    await page.getByTestId('nav-agenda').click();
    await page.waitForURL(/\/agenda/);
    await page.getByTestId('agenda-view-day').click();
    await page.getByTestId('agenda-new').click();

    // Late in the evening "soon" may already be tomorrow; the agenda still
    // books it, and Vandaag is then checked against that day's appointments.
    const { date, time } = soonInAmsterdam();
    await page.getByTestId('book-client').fill('Jan van der');
    await page
      .getByTestId('book-client-option')
      .filter({ hasText: 'Jan van der Berg' })
      .first()
      .click();
    await page.getByTestId('book-date').fill(date);
    await page.getByTestId('book-time').fill(time);
    await page.getByTestId('book-duration').fill('30');
    await page.getByTestId('book-type').selectOption('intake');
    await page.getByTestId('book-location').fill('Praktijk, kamer 2');
    await page.getByTestId('book-save').click();
    // A run before this one may have booked the same minute: confirm the overlap.
    const overlap = page.getByTestId('book-overlap');
    const saved = page.getByText(/Afspraak gemaakt op/);
    await Promise.race([
      overlap.waitFor({ timeout: 10000 }),
      saved.waitFor({ timeout: 10000 }),
    ]);
    if (await overlap.isVisible()) {
      await screenshot(page, 'agenda-overlap-warning');
      await expectAccessible(page, 'agenda-overlap-warning');
      await page.getByTestId('book-save').click();
    }
    await saved.waitFor();

    const iso = `${date.slice(6)}-${date.slice(3, 5)}-${date.slice(0, 2)}`;
    await page.goto(`/agenda?weergave=dag&datum=${iso}`);
    const day = page.getByTestId(`agenda-day-${iso}`);
    await waitForText(day, /Jan van der Berg/);
    await waitForText(day, new RegExp(`${time}–`));
    await screenshot(page, 'agenda-day');
    await expectAccessible(page, 'agenda-day');
    await page.goto('/agenda');
    await page.getByTestId('agenda-period').waitFor();
    await screenshot(page, 'agenda-week');
    await expectAccessible(page, 'agenda-week');

    const list = await apiCall<{ id: string; start: string }[]>(
      page,
      'GET',
      `/api/appointments?from=${iso}&to=${iso}`,
    );
    expect(list.status).toBe(200);

    await page.getByTestId('nav-today').click();
    await page.waitForURL(/\/vandaag/);
    const today = page.getByTestId('today-appointments');
    const amsterdamToday = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Amsterdam',
    }).format(new Date());
    if (iso !== amsterdamToday) return;
    await waitForText(today, /Jan van der Berg/);
    await screenshot(page, 'vandaag-appointments');
    await expectAccessible(page, 'vandaag-appointments');
    const row = today
      .getByTestId('appointment')
      .filter({ hasText: `${time}–` })
      .first();
    await row.getByTestId('start-session').click();
    await page.waitForURL(/\/sessies\?/);
    await page.getByTestId('note-editor').waitFor();
    expect(await page.getByTestId('note-date').inputValue()).toBe(date);
    expect(await page.getByTestId('note-time').inputValue()).toBe(time);
    expect(await page.getByTestId('note-duration').inputValue()).toBe('30');
    const type = await page
      .getByTestId('note-type')
      .evaluate((select) =>
        (select as HTMLSelectElement).selectedOptions[0]?.textContent?.trim(),
      );
    expect(type).toBe('Intake');
    await screenshot(page, 'agenda-session-started');
    await expectAccessible(page, 'agenda-session-started');
  });

  it('shows the next appointment on the client page, and works on a phone', async () => {
    const jan = await apiCall<{ items: { id: string }[] }>(
      page,
      'GET',
      '/api/clients?search=jan%20van%20der%20berg',
    );
    const janId = jan.json.items[0]?.id as string;
    await page.goto(`/clienten/${janId}`);
    await waitForText(
      page.getByTestId('client-next-appointment'),
      /Intake|Geen afspraak/,
    );
    await screenshot(page, 'client-appointments');
    await expectAccessible(page, 'client-appointments');

    const phone = await (
      await newContext(browser, { width: 360, height: 740 })
    ).newPage();
    await signIn(phone);
    await phone.waitForURL(/\/vandaag/);
    await phone.getByTestId('today-appointments-count').waitFor();
    await phone.getByTestId('today-red-flags-count').waitFor();
    await screenshot(phone, 'vandaag-phone');
    await phone.goto('/agenda');
    await phone.locator('[data-testid^="agenda-day-"]').first().waitFor();
    await phone.getByTestId('agenda-whose').waitFor();
    await phone.getByTestId('feed-state').waitFor();
    await screenshot(phone, 'agenda-phone');
    await phone.getByTestId('agenda-new').click();
    await phone.getByTestId('book-client').waitFor();
    // Let the dialog finish opening before the picture.
    await phone.waitForTimeout(600);
    await screenshot(phone, 'agenda-book-phone');
    await expectAccessible(phone, 'agenda-book-phone');
    await phone.goto(`/clienten/${janId}`);
    await phone.getByTestId('client-next-appointment').waitFor();
    await screenshot(phone, 'client-appointments-phone');
  });

  it('moves an appointment from the Agenda with the keyboard, warns about an overlap, and cancels it only after a confirm; the same on a phone', async () => {
    const jan = await apiCall<{ items: { id: string }[] }>(
      page,
      'GET',
      '/api/clients?search=jan%20van%20der%20berg',
    );
    const clientId = jan.json.items[0]?.id as string;
    // Two appointments a week ahead: the second is moved onto the first.
    const day = new Date(Date.now() + 7 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const book = (start: string) =>
      apiCall<{ id: string }>(page, 'POST', '/api/appointments', {
        clientId,
        start: `${day}T${start}`,
        durationMinutes: 45,
        type: 'coaching',
        allowOverlap: true,
      });
    expect((await book('09:00')).status).toBe(201);
    expect((await book('13:00')).status).toBe(201);

    await page.goto(`/agenda?weergave=dag&datum=${day}`);
    const list = page.getByTestId(`agenda-day-${day}`);
    await waitForText(list, /13:00–13:45/);
    const row = list
      .getByTestId('appointment')
      .filter({ hasText: '13:00–13:45' })
      .first();
    await row.getByTestId('appointment-actions').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('appointment-edit').waitFor();
    // The menu moves focus to its first item once it has opened: Enter
    // before that would land on the trigger again.
    await page.waitForFunction(
      () =>
        document.activeElement?.getAttribute('data-testid') ===
        'appointment-edit',
    );
    await page.keyboard.press('Enter');
    const time = page.getByTestId('book-time');
    await time.waitFor();
    expect(await time.inputValue()).toBe('13:00');
    await time.fill('09:15');
    await page.getByTestId('book-location').fill('Praktijk, kamer 3');
    await page.getByTestId('book-save').press('Enter');
    await page.getByTestId('book-overlap').waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'agenda-move-overlap');
    await page.getByTestId('book-save').click();
    await page.getByText('De afspraak is gewijzigd.').waitFor();
    await waitForText(list, /09:15–10:00/);

    const moved = list
      .getByTestId('appointment')
      .filter({ hasText: '09:15–10:00' })
      .first();
    await moved.getByTestId('appointment-actions').click();
    await page.getByTestId('appointment-cancel').click();
    const keep = page.getByRole('button', { name: 'Afspraak houden' });
    await keep.waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'agenda-cancel-confirm');
    await keep.click();
    await expect(moved.textContent()).resolves.not.toMatch(/Geannuleerd/);
    await moved.getByTestId('appointment-actions').click();
    await page.getByTestId('appointment-cancel').click();
    await page.getByRole('button', { name: 'Afspraak annuleren' }).click();
    await waitForText(moved, /Geannuleerd/);

    const phone = await (
      await newContext(browser, { width: 360, height: 740 })
    ).newPage();
    await signIn(phone);
    await phone.waitForURL(/\/vandaag/);
    await phone.goto(`/agenda?weergave=dag&datum=${day}`);
    const phoneRow = phone
      .getByTestId(`agenda-day-${day}`)
      .getByTestId('appointment')
      .filter({ hasText: '09:00–09:45' })
      .first();
    await phoneRow.getByTestId('appointment-actions').click();
    await phone.getByTestId('appointment-edit').click();
    await phone.getByTestId('book-time').waitFor();
    await phone.waitForTimeout(600);
    await screenshot(phone, 'agenda-move-phone');
    await phone.getByTestId('book-duration').fill('60');
    await phone.getByTestId('book-save').click();
    await phone.getByText('De afspraak is gewijzigd.').waitFor();
    const longer = phone
      .getByTestId(`agenda-day-${day}`)
      .getByTestId('appointment')
      .filter({ hasText: '09:00–10:00' })
      .first();
    await longer.getByTestId('appointment-actions').click();
    await phone.getByTestId('appointment-cancel').click();
    await phone.getByRole('button', { name: 'Afspraak houden' }).waitFor();
    await phone.waitForTimeout(300);
    await screenshot(phone, 'agenda-cancel-confirm-phone');
    await phone.getByRole('button', { name: 'Afspraak houden' }).click();

    // What the client was sent is in the outbox, with the invitation attached.
    await page.goto('/instellingen/e-mail');
    const cancelled = page
      .getByTestId('outbox-message')
      .filter({ hasText: 'Afspraak geannuleerd' })
      .first();
    await waitForText(cancelled, /Bijlage: afspraak\.ics/);
    await page.getByTestId('outbox-appointment-reminder').waitFor();
    await screenshot(page, 'outbox-appointment-mail');
    await phone.goto('/instellingen/e-mail');
    await phone.getByTestId('outbox-appointment-reminder').waitFor();
    await phone.getByTestId('outbox-message').first().waitFor();
    await screenshot(phone, 'outbox-appointment-mail-phone');
  });
});
