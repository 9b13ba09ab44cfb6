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
 * Every visible piece of text rendered under `min` px, as "size text". SVG
 * text counts at the size it is drawn (its font size times the drawing's
 * scale), since a chart shrinks with its column.
 */
function smallText(page: Page, min: number): Promise<string[]> {
  return page.evaluate((least) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(
      document.body,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('.cdk-visually-hidden, hk-icon')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width < 1 || box.height < 1 || style.visibility === 'hidden')
        continue;
      const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
      const size =
        parseFloat(style.fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
      if (size < least - 0.05) found.push(`${size.toFixed(1)}px "${text}"`);
    }
    return found;
  }, min);
}

describe('the client dashboard', () => {
  let browser: Browser;
  let page: Page;
  let janId: string;

  beforeAll(async () => {
    browser = await launch();
    page = await (await newContext(browser)).newPage();
    await signIn(page);
    await page.waitForURL(/\/vandaag/);
    const jan = await apiCall<{ items: { id: string }[] }>(
      page,
      'GET',
      '/api/clients?search=jan%20van%20der%20berg',
    );
    janId = jan.json.items[0]?.id as string;
  });
  afterAll(() => browser?.close());

  it('says the date on Vandaag in words, as "zondag 6 december"', async () => {
    await page.goto('/vandaag');
    const words = new Intl.DateTimeFormat('nl-NL', {
      timeZone: 'Europe/Amsterdam',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    }).format(new Date());
    await waitForText(page.locator('hk-page-header'), `Het is ${words}.`);
  });

  it('reads the radar and the ranking of a demo client', async () => {
    await page.goto(`/clienten/${janId}`);
    await page.getByTestId('radar').waitFor();
    await page.getByTestId('ranking').waitFor();
    expect(await page.getByTestId('domain-card').count()).toBe(6);
    await screenshot(page, 'dashboard-overview');
  });

  it('draws no visible text under 12 px on Vandaag, the overview and Prioriteiten, on a desktop and a phone', async () => {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 360, height: 740 },
    ]) {
      const sized = await (await newContext(browser, size)).newPage();
      await signIn(sized);
      await sized.waitForURL(/\/vandaag/);
      await sized.getByTestId('today-notes').waitFor();
      await sized.getByTestId('practice-focus').locator('li').first().waitFor();
      expect(await smallText(sized, 12)).toEqual([]);
      await sized.goto(`/clienten/${janId}`);
      await sized.getByTestId('radar').waitFor();
      await sized.getByTestId('trend-svg').first().waitFor();
      expect(await smallText(sized, 12)).toEqual([]);
      await sized.goto(`/clienten/${janId}/prioriteiten`);
      await sized.getByTestId('priority-board').waitFor();
      expect(await smallText(sized, 12)).toEqual([]);
      await sized.context().close();
    }
  });

  it('on a phone shows the computed order before the board, and nothing covers the hint under Toelichting', async () => {
    const phone = await (
      await newContext(browser, { width: 360, height: 740 })
    ).newPage();
    await signIn(phone);
    await phone.waitForURL(/\/vandaag/);
    await phone.goto(`/clienten/${janId}/prioriteiten`);
    await phone.getByTestId('priority-board').waitFor();
    const computed = await phone.locator('hk-computed-ranking').boundingBox();
    const board = await phone.locator('form.chosen').boundingBox();
    expect(computed && board).toBeTruthy();
    expect((computed?.y ?? 0) + (computed?.height ?? 0)).toBeLessThanOrEqual(
      board?.y ?? 0,
    );
    const hint = await phone.locator('form.chosen mat-hint').boundingBox();
    const save = await phone.getByTestId('priority-save').boundingBox();
    if (!hint || !save) throw new Error('hint or save button not visible');
    const overlaps =
      hint.x < save.x + save.width &&
      save.x < hint.x + hint.width &&
      hint.y < save.y + save.height &&
      save.y < hint.y + hint.height;
    expect(overlaps).toBe(false);
    await phone.getByTestId('priority-save').scrollIntoViewIfNeeded();
    await screenshot(phone, 'dashboard-priority-phone');
    await expectAccessible(phone, 'dashboard-priority-phone');
    await phone.context().close();
  });

  it('reorders by drag and by keyboard, sets focus and reason, saves, and keeps the decision and its history', async () => {
    await page.goto(`/clienten/${janId}/prioriteiten`);
    await page.getByTestId('priority-board').waitFor();
    const order = async () =>
      page
        .locator('[data-testid^="priority-item-"]')
        .evaluateAll((els) =>
          els.map((e) =>
            e.getAttribute('data-testid')?.replace('priority-item-', ''),
          ),
        );
    const before = await order();
    const last = before[before.length - 1] as string;

    // The whole list in view first: below the client header the last
    // domain starts under the fold, where a mouse cannot press it.
    await page
      .getByTestId(`priority-item-${last}`)
      .evaluate((el) => el.scrollIntoView({ block: 'end' }));
    // Drag the last domain to the top, in small mouse steps as a hand would:
    // the CDK starts a drag only after the pointer has moved a little.
    const from = await page
      .getByTestId(`priority-item-${last}`)
      .locator('.handle')
      .boundingBox();
    const to = await page
      .getByTestId(`priority-item-${before[0]}`)
      .boundingBox();
    if (!from || !to) throw new Error('priority items are not visible');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) {
      await page.mouse.move(
        from.x + from.width / 2,
        from.y + from.height / 2 + ((to.y - from.y - 5) * i) / 20,
      );
    }
    await page.mouse.up();
    await page.waitForFunction(
      (d) =>
        document
          .querySelector('[data-testid^="priority-item-"]')
          ?.getAttribute('data-testid') === `priority-item-${d}`,
      last,
    );
    // And one more step by keyboard: the (new) third moves up one place.
    const afterDrag = await order();
    await page.getByTestId(`move-up-${afterDrag[2]}`).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (d) =>
        document
          .querySelectorAll('[data-testid^="priority-item-"]')[1]
          ?.getAttribute('data-testid') === `priority-item-${d}`,
      afterDrag[2],
    );
    const afterKeys = await order();
    expect(afterKeys[1]).toBe(afterDrag[2]);
    await screenshot(page, 'dashboard-priority-reordered');
    await expectAccessible(page, 'dashboard-priority-reordered');

    await page.getByTestId(`focus-${last}`).click();
    await page.getByTestId('reason-code').selectOption('CLINICAL_JUDGEMENT');
    await page
      .getByTestId('reason-text')
      .fill('Slaap eerst: de cliënt is uitgeput, dat remt alles.');
    await page.getByTestId('priority-save').click();
    await page.getByTestId('priority-history').waitFor();

    await page.reload();
    await page.getByTestId('priority-history').waitFor();
    await waitForText(page.getByTestId('priority-history'), /Slaap eerst/);
    const view = await apiCall<{
      decision: { order: string[]; focusDomains: string[] };
      history: unknown[];
    }>(page, 'GET', `/api/clients/${janId}/priority`);
    expect(view.json.decision.order).toEqual(afterKeys);
    expect(view.json.decision.focusDomains).toContain(last);
    expect(view.json.history.length).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'dashboard-priority-saved');
    await expectAccessible(page, 'dashboard-priority-saved');
  });

  it('formats a note with the toolbar, previews it, saves it as a draft and shows it formatted', async () => {
    await page.goto(`/clienten/${janId}/sessies`);
    await page.getByTestId('note-new').click();
    await page.getByTestId('note-editor').waitFor();
    const text = page.getByTestId('note-text');
    await text.fill('Besproken\nslaap\nademhaling\nwandelen');
    // The heading button on the first line, by keyboard.
    await text.evaluate((el: HTMLTextAreaElement) =>
      el.setSelectionRange(0, 0),
    );
    await page.getByRole('button', { name: 'Kopje' }).focus();
    await page.keyboard.press('Enter');
    // The three topics as a list, then one of them bold.
    await text.evaluate((el: HTMLTextAreaElement) =>
      el.setSelectionRange(13, el.value.length),
    );
    await page.getByRole('button', { name: 'Opsomming' }).click();
    await text.evaluate((el: HTMLTextAreaElement) => {
      const at = el.value.indexOf('slaap');
      el.setSelectionRange(at, at + 'slaap'.length);
    });
    await page.getByRole('button', { name: 'Vet' }).click();
    expect(await text.inputValue()).toBe(
      '## Besproken\n- **slaap**\n- ademhaling\n- wandelen',
    );

    await page.getByTestId('note-preview-toggle').click();
    const preview = page.getByTestId('note-preview');
    await preview.locator('h3').waitFor();
    expect(await preview.locator('h3').textContent()).toContain('Besproken');
    expect(await preview.locator('li strong').textContent()).toBe('slaap');
    await screenshot(page, 'dashboard-note-preview');
    await page.getByTestId('note-preview-toggle').click();

    // Ondertekenen is not the only way out: the draft is saved and closed.
    await page.getByTestId('note-save-draft').click();
    await waitForText(page.locator('body'), /Concept opgeslagen/);
    const card = page
      .getByTestId('note-card')
      .filter({ hasText: 'ademhaling' })
      .first();
    await card.locator('li strong').waitFor();
    expect(await card.locator('h3').first().textContent()).toContain(
      'Besproken',
    );
    expect(await card.textContent()).not.toContain('**');
    await screenshot(page, 'dashboard-note-formatted');
  });

  it('writes a draft note, signs it, cannot edit it, and adds an addendum', async () => {
    await page.goto(`/clienten/${janId}/sessies`);
    await page.getByTestId('note-new').click();
    await page.getByTestId('note-editor').waitFor();
    await page
      .getByTestId('note-editor')
      .locator('textarea')
      .first()
      .fill('## Gesprek\n- **ademhaling** geoefend\n- slaapritueel besproken');
    await waitForText(page.getByTestId('note-save-state'), /Opgeslagen/);
    await screenshot(page, 'dashboard-note-draft');
    await expectAccessible(page, 'dashboard-note-draft');
    await page.getByTestId('note-sign').click();
    await page.getByTestId('confirm-ok').click();
    await waitForText(page.locator('body'), /ondertekend/i);

    const notes = await apiCall<
      { id: string; status: string; version: number }[]
    >(page, 'GET', `/api/clients/${janId}/session-notes`);
    const signed = notes.json.find((n) => n.status === 'signed') as {
      id: string;
    };
    const refused = await apiCall<{ code: string }>(
      page,
      'PATCH',
      `/api/session-notes/${signed.id}`,
      { text: 'wijzigen' },
    );
    expect(refused.status).toBe(409);

    await page.getByTestId('note-addendum').first().click();
    await page
      .getByTestId('addendum-text')
      .fill('Aanvulling: huiswerk ook in het weekend.');
    await page.getByTestId('addendum-save').click();
    await waitForText(
      page.locator('body'),
      'Aanvulling: huiswerk ook in het weekend.',
    );
    await screenshot(page, 'dashboard-note-addendum');
    await expectAccessible(page, 'dashboard-note-addendum');
  });

  it('adds a goal', async () => {
    await page.goto(`/clienten/${janId}/doelen`);
    await page.getByTestId('goal-new').click();
    await page.getByTestId('goal-domain').selectOption('sleep');
    await page
      .getByTestId('goal-description')
      .fill('Vijf avonden per week voor 23:00 naar bed');
    await page.getByTestId('goal-save').click();
    await waitForText(
      page.locator('body'),
      'Vijf avonden per week voor 23:00 naar bed',
    );
    await screenshot(page, 'dashboard-goal');
    await expectAccessible(page, 'dashboard-goal');
  });
});
