import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { IntakeState } from '@herstelkompas/contracts';
import {
  HERSTELKOMPAS_INTAKE_V1,
  URGENT_CLIENT_INSTRUCTION,
} from '@herstelkompas/domain';
import { buildIntakeState, settle } from '../../../testing/intake';
import { IntakePage } from './intake-page';

const TOKEN = 'tok-123';
const URL = `/api/intake/${TOKEN}`;
const NOT_CONSENTED: Partial<IntakeState> = {
  consent: {
    given: false,
    privacyStatementVersion: null,
    currentVersion: '2026-11',
  },
};

describe('IntakePage', () => {
  let fixture: ComponentFixture<IntakePage>;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    window.scrollTo = jest.fn();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(IntakePage);
    fixture.componentRef.setInput('token', TOKEN);
  });

  afterEach(() => {
    http.verify();
    fixture.destroy();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    el().querySelector<T>(`[data-testid="${id}"]`);

  async function render(): Promise<void> {
    await settle();
    await fixture.whenStable();
  }

  async function answerLoad(body: object, status = 200): Promise<void> {
    await fixture.whenStable();
    const request = http.expectOne(URL);
    if (status === 200) request.flush(body);
    else request.flush(body, { status, statusText: 'x' });
    await render();
  }

  async function click(id: string): Promise<void> {
    byTestId(id)?.click();
    await render();
  }

  it('walks from the date-of-birth check to the first question', async () => {
    await answerLoad(
      {
        statusCode: 401,
        code: 'intake_verify_required',
        language: 'nl',
        practiceName: 'Praktijk De Linde',
      },
      401,
    );
    expect(el().textContent).toContain('Praktijk De Linde');

    const dob = byTestId<HTMLInputElement>('intake-dob');
    expect(dob?.getAttribute('inputmode')).toBe('numeric');
    (dob as HTMLInputElement).value = '23-04-1978';
    dob?.dispatchEvent(new Event('input'));
    await click('intake-verify');
    const verify = http.expectOne(`${URL}/verify`);
    expect(verify.request.body).toEqual({ dateOfBirth: '1978-04-23' });
    verify.flush(null);
    await render();
    await answerLoad(buildIntakeState(NOT_CONSENTED));

    // Welcome: the six domains with their names, and the key message.
    expect(el().textContent).toContain('Hallo José');
    expect(el().textContent).toContain(
      'Je rug is niet kapot; je alarmsysteem staat scherp.',
    );
    for (const name of [
      'Stress',
      'Ademhaling',
      'Beweging',
      'Voeding',
      'Slaap',
      'Immuunsysteem',
    ]) {
      expect(el().textContent).toContain(name);
    }
    await click('intake-start');

    // Consent: no tick, no questions.
    await click('intake-consent-accept');
    http.expectNone(`${URL}/consent`);
    expect(el().textContent).toContain('Zet een vinkje');
    byTestId('intake-consent-check')?.click();
    await click('intake-consent-accept');
    const consent = http.expectOne(`${URL}/consent`);
    expect(consent.request.body).toEqual({
      privacyStatementVersion: '2026-11',
    });
    consent.flush(null, { status: 204, statusText: 'No Content' });
    await render();
    http.expectOne(`${URL}/draft`).flush({ savedAt: new Date().toISOString() });
    await render();

    const title = byTestId('intake-step-title');
    expect(title?.textContent?.trim()).toBe('Stress en spanning');
    expect(byTestId('intake-progress')?.textContent?.trim()).toBe(
      'Stap 1 van 11',
    );
    expect(document.activeElement).toBe(title);
    expect(byTestId('intake-save-state')?.textContent).toContain('Opgeslagen');
  });

  it('shows the one friendly page for a link that does not work', async () => {
    await answerLoad({ statusCode: 404, code: 'intake_unavailable' }, 404);
    expect(byTestId('intake-unavailable')?.textContent).toContain(
      'Deze link werkt niet (meer)',
    );
  });

  it('shows a follow-up question only while its condition holds', async () => {
    await answerLoad(buildIntakeState({ step: 'immune' }));
    expect(byTestId('item-IMM2')).toBeNull();
    await click('choice-IMM1-2');
    expect(byTestId('item-IMM2')).not.toBeNull();
    await click('choice-IMM1-0');
    expect(byTestId('item-IMM2')).toBeNull();

    await click('intake-back');
    http.expectOne(`${URL}/draft`).flush({ savedAt: new Date().toISOString() });
    await render();
  });

  it('lets a question be declined and answered again', async () => {
    await answerLoad(buildIntakeState({ step: 'stress' }));
    expect(byTestId('item-STR6')?.textContent).toContain('113');

    await click('decline-STR6');
    expect(byTestId('decline-STR6')?.getAttribute('aria-pressed')).toBe('true');
    expect(byTestId('item-STR6')?.textContent).toContain(
      'Je hebt gekozen om dit niet te zeggen.',
    );

    await click('scale-STR6-4');
    expect(byTestId('decline-STR6')?.getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(byTestId('scale-STR6-4')?.getAttribute('aria-checked')).toBe('true');
    // No decline where the item does not allow it (a red flag).
    expect(byTestId('decline-RF-CAUDA')).toBeNull();
  });

  it('sends once on a double click, then shows the urgent instruction first, in the exact words', async () => {
    const answers: Record<string, number | boolean> = {
      PIJN1: 5,
      PIJN2: 5,
      PIJN3: 7,
    };
    for (const item of HERSTELKOMPAS_INTAKE_V1.items) {
      if (item.module === 'red_flags')
        answers[item.id] = item.id === 'RF-CAUDA';
    }
    await answerLoad(buildIntakeState({ step: 'preference', answers }));
    await click('intake-next');
    http.expectOne(`${URL}/draft`).flush({ savedAt: new Date().toISOString() });
    await render();
    expect(byTestId('intake-review')?.textContent).toContain(
      '13 van 13 ingevuld',
    );

    byTestId('intake-submit')?.click();
    byTestId('intake-submit')?.click();
    await render();
    expect(byTestId('intake-submit')?.getAttribute('aria-disabled')).toBe(
      'true',
    );
    const submit = http.expectOne(`${URL}/submit`);
    submit.flush(
      { assessmentId: 'a-1', urgentInstruction: URGENT_CLIENT_INSTRUCTION },
      { status: 201, statusText: 'Created' },
    );
    await render();

    const urgent = byTestId('intake-urgent');
    expect(urgent?.getAttribute('role')).toBe('alert');
    expect(urgent?.querySelector('p')?.textContent?.trim()).toBe(
      URGENT_CLIENT_INSTRUCTION.nl,
    );
    const thanks = byTestId('intake-thanks');
    expect(thanks?.firstElementChild).toBe(urgent);
    expect(thanks?.textContent).toContain(
      'Sanne de Vries bekijkt je antwoorden',
    );
  });
});
