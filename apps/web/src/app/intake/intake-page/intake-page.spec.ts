import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { IntakeOpenState } from '@herstelkompas/contracts';
import {
  HERSTELKOMPAS_INTAKE_V1,
  URGENT_CLIENT_INSTRUCTION,
  detectRedFlags,
} from '@herstelkompas/domain';
import { buildIntakeState, settle } from '../../../testing/intake';
import { IntakeStore } from '../intake-store';
import { IntakePage } from './intake-page';

const TOKEN = 'tok-123';
const URL = `/api/intake/${TOKEN}`;
const NOT_CONSENTED: Partial<IntakeOpenState> = {
  consent: {
    given: false,
    privacyStatementVersion: null,
    currentVersion: '2026-11',
    legalBasis: 'care_provider',
    privacyStatementUrl: null,
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

    // Welcome: the six domains with their names, and no reassurance
    // before the health questions.
    expect(el().textContent).toContain('Hallo José');
    expect(el().textContent).not.toMatch(/niet kapot|alarm|sterk en veilig/);
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
    // Nothing answered yet: no "Opgeslagen" for an empty form.
    expect(byTestId('intake-save-state')?.textContent?.trim()).toBe('');
  });

  it('asks once, inline, whether to skip a domain with too few answers, and names it on the review', async () => {
    await answerLoad(buildIntakeState({ step: 'nutrition' }));
    await click('intake-next');
    const ask = byTestId('intake-skip-ask');
    expect(ask?.textContent).toContain('voeding niet meewegen');
    expect(document.activeElement?.id).toBe('skip-question');
    await click('intake-skip-fill');
    expect(byTestId('intake-skip-ask')).toBeNull();
    // Asked once: the second time it goes on.
    await click('intake-next');
    await flushDraft();
    expect(byTestId('intake-step-title')?.textContent).toContain('Slaap');
    await click('intake-next');
    await click('intake-skip-yes');
    await flushDraft();

    // The review says in plain words which domains will have no score.
    const store = fixture.debugElement.injector.get(IntakeStore);
    store.goToStep(HERSTELKOMPAS_INTAKE_V1.steps.length - 1);
    await render();
    await flushDraft();
    await click('intake-next');
    await flushDraft();
    const summary = byTestId('intake-review-unscored')?.textContent ?? '';
    expect(summary).toMatch(
      /Bij stress, .*, slaap en immuunsysteem is te weinig ingevuld/,
    );
    expect(byTestId('intake-review')?.textContent).toContain(
      'te weinig antwoorden om mee te wegen',
    );
  });

  it('asks gently when average pain is above worst pain, without holding the client', async () => {
    await answerLoad(buildIntakeState({ step: 'pain' }));
    await click('scale-PIJN3-4');
    await click('scale-PIJN2-7');
    expect(byTestId('intake-pain-check')?.textContent).toContain(
      'Je gemiddelde pijn (7) is hoger dan je ergste pijn (4)',
    );
    await click('scale-PIJN3-8');
    expect(byTestId('intake-pain-check')).toBeNull();
  });

  it('shows the one friendly page for a link that does not work', async () => {
    await answerLoad({ statusCode: 404, code: 'intake_unavailable' }, 404);
    expect(byTestId('intake-unavailable')?.textContent).toContain(
      'Deze link werkt niet (meer)',
    );
  });

  it('shows how to reach the practice on a link it sent that no longer works', async () => {
    await answerLoad(
      {
        statusCode: 423,
        code: 'intake_locked',
        practice: {
          name: 'Praktijk De Linde',
          phone: '030 - 123 45 67',
          email: 'info@delinde.nl',
        },
      },
      423,
    );
    const contact = byTestId('intake-practice-contact');
    expect(byTestId('intake-locked')?.contains(contact)).toBe(true);
    expect(contact?.textContent).toContain('Contact met Praktijk De Linde');
    const links = Array.from(contact?.querySelectorAll('a') ?? []).map((a) =>
      a.getAttribute('href'),
    );
    expect(links).toEqual(['tel:0301234567', 'mailto:info@delinde.nl']);
  });

  it('shows no contact for a link the API knows nothing about', async () => {
    await answerLoad({ statusCode: 404, code: 'intake_unavailable' }, 404);
    expect(byTestId('intake-unavailable')).not.toBeNull();
    expect(byTestId('intake-practice-contact')).toBeNull();
  });

  it.each([
    ['care_provider', 'WGBO', null],
    [
      'explicit_consent',
      'toestemming altijd intrekken',
      'https://delinde.nl/privacy',
    ],
  ] as const)(
    'words the retention by the legal basis (%s) and links the privacy statement when there is one',
    async (legalBasis, words, url) => {
      await answerLoad(
        buildIntakeState({
          consent: {
            ...(NOT_CONSENTED.consent as IntakeOpenState['consent']),
            legalBasis,
            privacyStatementUrl: url,
          },
        }),
      );
      await click('intake-start');
      const howLong = byTestId('intake-consent-how-long')?.textContent ?? '';
      expect(howLong).toContain(words);
      if (legalBasis === 'explicit_consent')
        expect(howLong).not.toContain('WGBO');
      const link = byTestId<HTMLAnchorElement>('intake-privacy-statement');
      expect(link?.getAttribute('href') ?? null).toBe(url);
      if (link) {
        expect(link.textContent).toContain('Privacyverklaring versie 2026-11');
        expect(link.rel).toContain('noopener');
      }
    },
  );

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

  const RED_FLAG_STEP = HERSTELKOMPAS_INTAKE_V1.steps.find(
    (step) => step.kind === 'red_flags',
  )?.id as string;
  const CAUDA = HERSTELKOMPAS_INTAKE_V1.items.find((item) =>
    item.id.startsWith('RF-CAUDA'),
  )?.id as string;
  const allNo = () =>
    Object.fromEntries(
      HERSTELKOMPAS_INTAKE_V1.items
        .filter((item) => item.module === 'red_flags')
        .map((item) => [item.id, false]),
    );
  const flushDraft = async () => {
    http.expectOne(`${URL}/draft`).flush({ savedAt: new Date().toISOString() });
    await render();
  };

  it('shows the urgent instruction at once under the question, then on top of every later screen', async () => {
    const { [CAUDA]: _cauda, ...others } = allNo();
    await answerLoad(
      buildIntakeState({ step: RED_FLAG_STEP, answers: others }),
    );
    expect(byTestId('intake-urgent')).toBeNull();

    await click(`yes-${CAUDA}`);
    const urgent = byTestId('intake-urgent');
    expect(urgent?.getAttribute('role')).toBe('alert');
    expect(urgent?.previousElementSibling).toBe(byTestId(`item-${CAUDA}`));
    // The cluster's own words, as libs/domain gives them.
    const [flag] = detectRedFlags(HERSTELKOMPAS_INTAKE_V1, { [CAUDA]: true });
    expect(urgent?.textContent).toContain(flag?.clientInstruction?.nl);
    expect(byTestId('intake-urgent-112')?.getAttribute('href')).toBe('tel:112');

    // "Nee" after all: the instruction goes.
    await click(`no-${CAUDA}`);
    expect(byTestId('intake-urgent')).toBeNull();
    await click(`yes-${CAUDA}`);

    await click('intake-next');
    await flushDraft();
    const onTop = byTestId('intake-urgent');
    expect(onTop?.getAttribute('role')).toBe('region');
    const title = byTestId('intake-step-title') as Node;
    expect(
      (onTop as HTMLElement).compareDocumentPosition(title) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(byTestId('intake-reassurance')).toBeNull();
  });

  it('checks the required questions of a step before going on', async () => {
    await answerLoad(buildIntakeState({ step: RED_FLAG_STEP }));
    const title = byTestId('intake-step-title')?.textContent;
    await click('intake-next');
    http.expectNone(`${URL}/draft`);
    expect(byTestId('intake-step-title')?.textContent).toBe(title);
    const required = HERSTELKOMPAS_INTAKE_V1.items.filter(
      (item) => item.module === 'red_flags',
    );
    expect(el().textContent).toContain(
      `Bij ${required.length} vragen op deze pagina is nog iets nodig`,
    );
    expect(document.activeElement).toBe(byTestId(`yes-${required[0]?.id}`));
    // Optional questions may stay empty: a domain step goes on.
    await click('intake-back');
    await flushDraft();
    expect(byTestId('intake-step-title')?.textContent).not.toBe(title);
  });

  it('reassures once after the red-flag questions, only when all are "nee"', async () => {
    const index = HERSTELKOMPAS_INTAKE_V1.steps.findIndex(
      (step) => step.kind === 'red_flags',
    );
    const next = HERSTELKOMPAS_INTAKE_V1.steps[index + 1]?.id as string;
    await answerLoad(buildIntakeState({ step: next, answers: allNo() }));
    expect(byTestId('intake-reassurance')?.textContent).toContain(
      'Bij de meeste mensen met langdurige rugpijn',
    );
    await click('intake-back');
    await flushDraft();
    expect(byTestId('intake-reassurance')).toBeNull();
    const gp = HERSTELKOMPAS_INTAKE_V1.items.find(
      (item) =>
        item.module === 'red_flags' &&
        item.redFlag?.urgency === 'gp_review' &&
        !item.redFlag.raiseWhen,
    )?.id as string;
    await click(`yes-${gp}`);
    expect(byTestId('intake-urgent')).toBeNull();
    await click('intake-next');
    await flushDraft();
    expect(byTestId('intake-reassurance')).toBeNull();
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
      {
        assessmentId: 'a-1',
        urgentInstruction: URGENT_CLIENT_INSTRUCTION,
        urgentInstructions: [URGENT_CLIENT_INSTRUCTION],
      },
      { status: 201, statusText: 'Created' },
    );
    await render();

    const urgent = byTestId('intake-urgent');
    expect(urgent?.querySelector('p')?.textContent?.trim()).toBe(
      URGENT_CLIENT_INSTRUCTION.nl,
    );
    expect(document.activeElement).toBe(urgent?.querySelector('h1'));
    const thanks = byTestId('intake-thanks');
    expect(thanks?.firstElementChild).toBe(urgent);
    // No "next appointment" and no "close this window" with an urgent flag.
    expect(thanks?.textContent).not.toMatch(/volgende afspraak|sluiten/);
  });

  it('says the practitioner gets in touch after a flag for the GP', async () => {
    const gp = HERSTELKOMPAS_INTAKE_V1.items.find(
      (item) =>
        item.module === 'red_flags' &&
        item.redFlag?.urgency === 'gp_review' &&
        !item.redFlag.raiseWhen,
    )?.id as string;
    const answers = { PIJN1: 5, PIJN2: 5, PIJN3: 7, ...allNo(), [gp]: true };
    await answerLoad(buildIntakeState({ step: 'preference', answers }));
    await click('intake-next');
    await flushDraft();
    expect(byTestId('intake-review-note')?.textContent).toContain(
      'Je behandelaar neemt contact met je op.',
    );
    expect(byTestId('intake-review-note')?.textContent).not.toContain(
      'volgende afspraak',
    );
  });
});
