import type { InstrumentDefinition } from '@herstelkompas/domain';
import { Browser, Page } from 'playwright-core';
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
    await page.getByTestId('intake-dob').fill('14-02-1986');
    await page.getByTestId('intake-verify').click();
    await page.getByTestId('intake-start').click();
    await screenshot(page, 'intake-3-consent');
    await page.getByTestId('intake-consent-check').click();
    await page.getByTestId('intake-consent-accept').click();
    await page.getByTestId('intake-step-title').waitFor();
    const definition = await definitionOf(page, path);
    const half = Math.ceil(definition.steps.length / 2);
    // v2 asks the red-flag screen first; wherever it is, RF-NIGHT is "yes".
    const flagsFor = (i: number) =>
      definition.steps[i]?.kind === 'red_flags' ? ['RF-NIGHT'] : [];
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
  });

  it('tells the client at once to contact the GP after an urgent red flag', async () => {
    const { path } = await newLink('1986-02-14');
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await openAndVerify(page, path);
    await page.getByTestId('intake-start').click();
    await page.getByTestId('intake-consent-check').click();
    await page.getByTestId('intake-consent-accept').click();
    await page.getByTestId('intake-step-title').waitFor();
    const definition = await definitionOf(page, path);
    for (const step of definition.steps) {
      await answerStep(
        page,
        definition,
        step.id,
        step.kind === 'red_flags' ? ['RF-CAUDA-BLADDER'] : [],
      );
      await page.getByTestId('intake-next').click();
    }
    await page.getByTestId('intake-review').waitFor();
    await page.getByTestId('intake-submit').click();
    await waitForText(page.getByTestId('intake-urgent'), /huisarts/, 20000);
    await screenshot(page, 'intake-urgent-instruction');
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
