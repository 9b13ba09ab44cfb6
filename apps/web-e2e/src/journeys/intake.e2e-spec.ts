import type { InstrumentDefinition } from '@herstelkompas/domain';
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
import { answerStep } from '../support/intake-filler';

const PHONE = { width: 360, height: 740 };

describe('intake by link, on a phone', () => {
  let browser: Browser;
  let practitioner: Page;

  beforeAll(async () => {
    browser = await launch();
    practitioner = await (await newContext(browser)).newPage();
    await signIn(practitioner);
    await practitioner.waitForURL(/\/vandaag/);
  });
  afterAll(() => browser?.close());

  /** A new client with a fresh link, made through the API like the "Intake versturen" button does. */
  async function newLink(
    dateOfBirth: string,
  ): Promise<{ clientId: string; path: string }> {
    const client = await apiCall<{ id: string }>(
      practitioner,
      'POST',
      '/api/clients',
      {
        firstName: 'Eva',
        lastName: `Intake ${Date.now()}`,
        dateOfBirth,
        email: `eva-${Date.now()}@example.nl`,
      },
    );
    const invitation = await apiCall<{ url: string }>(
      practitioner,
      'POST',
      `/api/clients/${client.json.id}/intake-invitations`,
      { variant: 'baseline' },
    );
    return {
      clientId: client.json.id,
      path: new URL(invitation.json.url).pathname,
    };
  }

  async function openAndVerify(page: Page, path: string): Promise<void> {
    await page.goto(path);
    await page.getByTestId('intake-dob').fill('14-02-1986');
    await page.getByTestId('intake-verify').click();
  }

  async function definitionOf(
    page: Page,
    path: string,
  ): Promise<InstrumentDefinition> {
    const state = await page.request.get(`/api${path}`);
    return (await state.json()).instrument as InstrumentDefinition;
  }

  /** A red-flag question for the GP, not urgent and not raised by another answer. */
  function forTheGp(definition: InstrumentDefinition): string {
    return definition.items.find(
      (item) =>
        item.module === 'red_flags' &&
        item.redFlag?.urgency === 'gp_review' &&
        !item.redFlag.raiseWhen,
    )?.id as string;
  }

  it('resumes on another device, submits once, and shows the practitioner scores, ranking and a red flag', async () => {
    const { clientId, path } = await newLink('1986-02-14');

    // First device: check, welcome, consent, half the steps.
    const first = await newContext(browser, PHONE);
    let page = await first.newPage();
    await page.goto(path);
    await page.getByTestId('intake-dob').waitFor();
    await screenshot(page, 'intake-1-gate');
    await page.getByTestId('intake-dob').fill('01-01-1990');
    await page.getByTestId('intake-verify').click();
    await waitForText(page.getByTestId('intake-error'), /klopt niet/);
    await screenshot(page, 'intake-2-wrong-date');
    await expectAccessible(page, 'intake-2-wrong-date');
    await page.getByTestId('intake-dob').fill('14-02-1986');
    await page.getByTestId('intake-verify').click();
    await page.getByTestId('intake-start').click();
    await screenshot(page, 'intake-3-consent');
    await page.getByTestId('intake-consent-check').click();
    await page.getByTestId('intake-consent-accept').click();
    await page.getByTestId('intake-step-title').waitFor();
    const definition = await definitionOf(page, path);
    const half = Math.ceil(definition.steps.length / 2);
    // v2 asks the red-flag screen first; wherever it is, one question for
    // the GP is "yes".
    const flagsFor = (i: number) =>
      definition.steps[i]?.kind === 'red_flags' ? [forTheGp(definition)] : [];
    for (let i = 0; i < half; i++) {
      await answerStep(
        page,
        definition,
        definition.steps[i]?.id as string,
        flagsFor(i),
      );
      if (i === 0) await screenshot(page, 'intake-4-first-step');
      await page.getByTestId('intake-next').click();
    }
    await waitForText(page.getByTestId('intake-save-state'), /Opgeslagen/);
    await screenshot(page, 'intake-5-halfway');
    await first.close();

    // Second device: the same link resumes where the client was, with the answers.
    const second = await newContext(browser, PHONE);
    page = await second.newPage();
    await openAndVerify(page, path);
    await page.getByTestId('intake-step-title').waitFor();
    await waitForText(
      page.getByTestId('intake-step-title'),
      definition.steps[half]?.title.nl as string,
    );
    const saved = await (await page.request.get(`/api${path}`)).json();
    expect(Object.keys(saved.answers).length).toBeGreaterThan(10);
    await screenshot(page, 'intake-6-resumed');
    for (let i = half; i < definition.steps.length; i++) {
      const step = definition.steps[i];
      await answerStep(page, definition, step?.id as string, flagsFor(i));
      await page.getByTestId('intake-next').click();
    }
    await page.getByTestId('intake-review').waitFor();
    await screenshot(page, 'intake-7-review');
    // A double tap sends once; a repeat would answer the same assessment anyway.
    await page.getByTestId('intake-submit').dblclick();
    await page.getByTestId('intake-thanks').waitFor();
    await screenshot(page, 'intake-8-thanks');
    await second.close();

    const assessments = await apiCall<{ items: unknown[] }>(
      practitioner,
      'GET',
      `/api/clients/${clientId}/assessments`,
    );
    expect(assessments.json.items).toHaveLength(1);

    // The practitioner sees the scores, the ranking and the red flag.
    await practitioner.goto(`/clienten/${clientId}`);
    await practitioner.getByTestId('red-flag-banner').waitFor();
    await practitioner.getByTestId('domain-card').first().waitFor();
    await practitioner.getByTestId('ranking').waitFor();
    await screenshot(practitioner, 'intake-9-practitioner-view');
    await expectAccessible(practitioner, 'intake-9-practitioner-view');
  });

  it('tells the client at once to contact the GP after an urgent red flag, and again when the sent link is reopened', async () => {
    const { path } = await newLink('1986-02-14');
    const context = await newContext(browser, PHONE);
    let page = await context.newPage();
    await openAndVerify(page, path);
    await page.getByTestId('intake-start').click();
    await page.getByTestId('intake-consent-check').click();
    await page.getByTestId('intake-consent-accept').click();
    await page.getByTestId('intake-step-title').waitFor();
    const definition = await definitionOf(page, path);
    // The first cauda equina question, however the instrument splits them.
    const cauda = definition.items.find((item) =>
      item.id.startsWith('RF-CAUDA'),
    )?.id as string;
    expect(cauda).toBeDefined();
    let answered = false;
    for (const step of definition.steps) {
      if (step.itemIds.includes(cauda)) {
        answered = true;
        await page.getByTestId(`yes-${cauda}`).click();
        // At once, next to the question, before anything else is asked.
        const urgent = page.getByTestId('intake-urgent');
        await waitForText(urgent, /huisarts/);
        expect(await urgent.getAttribute('role')).toBe('alert');
        const box = await urgent.boundingBox();
        expect(box && box.y >= 0 && box.y < PHONE.height - 80).toBe(true);
        expect(
          await page.getByTestId('intake-urgent-112').getAttribute('href'),
        ).toBe('tel:112');
        await screenshot(page, 'intake-urgent-at-once');
        await expectAccessible(page, 'intake-urgent-at-once');
      }
      await answerStep(
        page,
        definition,
        step.id,
        step.kind === 'red_flags' ? [cauda] : [],
      );
      await page.getByTestId('intake-next').click();
      // From then on it stands on top of every screen.
      if (answered) await page.getByTestId('intake-urgent').first().waitFor();
    }
    await page.getByTestId('intake-review').waitFor();
    expect(
      await page.getByTestId('intake-review-note').textContent(),
    ).not.toMatch(/volgende afspraak/);
    await page.getByTestId('intake-submit').click();
    await waitForText(page.getByTestId('intake-urgent'), /huisarts/, 20000);
    expect(await page.getByTestId('intake-thanks').textContent()).not.toMatch(
      /volgende afspraak|venster/,
    );
    await screenshot(page, 'intake-urgent-instruction');
    await expectAccessible(page, 'intake-urgent-instruction');
    await context.close();

    // Reopened later on another phone: a neutral thank-you, no name, and
    // the instruction still there.
    const later = await newContext(browser, PHONE);
    page = await later.newPage();
    await openAndVerify(page, path);
    await waitForText(page.getByTestId('intake-urgent'), /huisarts/);
    const thanks = await page.getByTestId('intake-thanks').textContent();
    expect(thanks).not.toContain('Eva');
    await screenshot(page, 'intake-urgent-reopened');
    await expectAccessible(page, 'intake-urgent-reopened');
    await later.close();
  });

  it("goes one step back with the phone's back button, and stays on the step after a reload", async () => {
    const { path } = await newLink('1986-02-14');
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await openAndVerify(page, path);
    await page.getByTestId('intake-start').click();
    await page.getByTestId('intake-consent-check').click();
    await page.getByTestId('intake-consent-accept').click();
    const title = page.getByTestId('intake-step-title');
    await title.waitFor();
    // Nothing answered yet: no "Opgeslagen".
    expect(
      (await page.getByTestId('intake-save-state').textContent())?.trim(),
    ).toBe('');
    const definition = await definitionOf(page, path);
    const [first, second, third] = definition.steps;
    if (!first || !second || !third) throw new Error('too few steps');
    await answerStep(page, definition, first.id);
    await page.getByTestId('intake-next').click();
    await waitForText(title, second.title.nl);
    await answerStep(page, definition, second.id);
    await page.getByTestId('intake-next').click();
    await waitForText(title, third.title.nl);
    expect(new URL(page.url()).searchParams.get('stap')).toBe(third.id);

    await page.goBack();
    await waitForText(title, second.title.nl);
    await page.goBack();
    await waitForText(title, first.title.nl);
    await page.goForward();
    await waitForText(title, second.title.nl);
    await page.reload();
    await waitForText(title, second.title.nl);
    // The form's own "Vorige" walks the same entries back.
    await page.getByTestId('intake-back').click();
    await waitForText(title, first.title.nl);
    await page.goForward();
    await waitForText(title, second.title.nl);
    await context.close();
  });

  it('gives a friendly page for a link that does not work', async () => {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto('/intake/dit-is-geen-geldige-link-0000000000000000000');
    await page.getByTestId('intake-unavailable').waitFor();
    expect(await page.getByTestId('intake-dob').count()).toBe(0);
    await screenshot(page, 'intake-unavailable');
    await context.close();
  });
});
