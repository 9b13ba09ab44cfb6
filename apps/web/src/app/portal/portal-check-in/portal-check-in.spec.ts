import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { CheckIn, PortalCheckIns } from '@herstelkompas/contracts';
import { Blank } from '../../../testing/blank';
import { settle } from '../../../testing/build-user';
import { answersOf, PortalCheckInPage, requestOf } from './portal-check-in';

const VIEW: PortalCheckIns = {
  current: null,
  week: '2027-W05',
  redFlagScreen: false,
  today: null,
  homework: [],
};

const SENT: CheckIn = {
  id: 'k-1',
  week: '2027-W05',
  status: 'submitted',
  painNow: 4,
  domains: {
    stress: 5,
    breathing: 4,
    movement: 6,
    nutrition: 3,
    sleep: 5,
    immune: 2,
  },
  movementSafety: 6,
  homeworkDone: [],
  homeworkDoneItems: [],
  note: null,
  redFlagsYes: [],
  urgentInstruction: null,
  submittedAt: '2027-02-01T09:00:00Z',
  updatedAt: '2027-02-01T09:00:00Z',
};

describe('check-in request', () => {
  it('leaves unanswered values out of a draft', () => {
    const answers = { ...answersOf(null), painNow: 3, sleep: 7 };
    expect(requestOf(answers, 'draft', { note: null })).toEqual({
      status: 'draft',
      painNow: 3,
      domains: { sleep: 7 },
      note: null,
    });
  });

  it('fills the form from a saved check-in and asks to replace with replace: true', () => {
    const body = requestOf(answersOf(SENT), 'submitted', {}, true);
    expect(body).toMatchObject({
      painNow: 4,
      movementSafety: 6,
      domains: SENT.domains,
      replace: true,
    });
  });
});

describe('PortalCheckInPage', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await TestBed.inject(Router).navigateByUrl('/portaal/check-in');
  });

  async function render(view: PortalCheckIns) {
    const fixture = TestBed.createComponent(PortalCheckInPage);
    fixture.detectChanges();
    http.expectOne('/api/portal/check-ins').flush(view);
    await settle();
    await fixture.whenStable();
    fixture.detectChanges();
    return { fixture, page: fixture.nativeElement as HTMLElement };
  }

  const choose = (page: HTMLElement, name: string, value: string) => {
    const input = page.querySelector<HTMLInputElement>(
      `input[name="${name}"][value="${value}"]`,
    ) as HTMLInputElement;
    input.click();
  };

  it('asks eight 0-10 questions with the ends named, and no homework block when there is none', async () => {
    const { page } = await render(VIEW);
    const form = page.querySelector(
      '[data-testid="check-in-form"]',
    ) as HTMLElement;
    expect(form.querySelectorAll('fieldset')).toHaveLength(8);
    expect(form.textContent).toContain('Hoe veilig voelt bewegen?');
    expect(form.textContent).toContain('10 = volkomen veilig');
    expect(form.textContent).toContain('hier betekent een hoger getal');
    expect(page.querySelector('[data-testid="check-in-homework"]')).toBeNull();
    expect(page.querySelector('[data-testid="check-in-red-flags"]')).toBeNull();
  });

  it('says what is missing instead of sending an incomplete check-in', async () => {
    const { fixture, page } = await render(VIEW);
    (
      page.querySelector('[data-testid="check-in-send"]') as HTMLElement
    ).click();
    fixture.detectChanges();
    expect(
      page.querySelector('[data-testid="check-in-error"]')?.textContent,
    ).toContain('Kies bij elke vraag een getal');
    http.expectNone('/api/portal/check-ins');
  });

  it('shows the urgent instruction the moment a red-flag question is answered yes', async () => {
    const { fixture, page } = await render({ ...VIEW, redFlagScreen: true });
    expect(page.querySelector('[data-testid="check-in-urgent"]')).toBeNull();
    const yes = page.querySelector<HTMLInputElement>(
      '[data-testid="red-flag-RF-NEURO"] input',
    ) as HTMLInputElement;
    yes.click();
    fixture.detectChanges();
    expect(
      page.querySelector('[data-testid="check-in-urgent"]')?.textContent,
    ).toContain('Bel nu je huisarts');
  });

  it('puts the urgent instruction right under the question answered yes, as an alert, until that answer changes', async () => {
    const { fixture, page } = await render({ ...VIEW, redFlagScreen: true });
    const [yes, no] = Array.from(
      page.querySelectorAll<HTMLInputElement>(
        '[data-testid="red-flag-RF-NEURO"] input',
      ),
    ) as [HTMLInputElement, HTMLInputElement];
    yes.click();
    fixture.detectChanges();
    const question = page.querySelector(
      '[data-testid="red-flag-RF-NEURO"]',
    ) as HTMLElement;
    const urgent = question.nextElementSibling as HTMLElement;
    expect(urgent.dataset['testid']).toBe('check-in-urgent');
    expect(urgent.getAttribute('role')).toBe('alert');
    expect(
      page.querySelectorAll('[data-testid="check-in-urgent"]'),
    ).toHaveLength(1);
    // Another yes further down leaves it where it is.
    (
      page.querySelector(
        '[data-testid="red-flag-RF-SUDDEN"] input',
      ) as HTMLInputElement
    ).click();
    fixture.detectChanges();
    expect(question.nextElementSibling?.getAttribute('data-testid')).toBe(
      'check-in-urgent',
    );
    // Taking the first yes back moves it to the answer that still calls for it.
    no.click();
    fixture.detectChanges();
    expect(question.nextElementSibling?.getAttribute('data-testid')).not.toBe(
      'check-in-urgent',
    );
    expect(
      page
        .querySelector('[data-testid="red-flag-RF-SUDDEN"]')
        ?.nextElementSibling?.getAttribute('data-testid'),
    ).toBe('check-in-urgent');
  });

  it("asks before replacing this week's sent check-in, then sends with replace", async () => {
    const { fixture, page } = await render({ ...VIEW, current: SENT });
    expect(
      page.querySelector('[data-testid="check-in-status"]')?.textContent,
    ).toContain('is verstuurd op 01-02-2027');
    choose(page, 'painNow', '7');
    fixture.detectChanges();
    (
      page.querySelector('[data-testid="check-in-send"]') as HTMLElement
    ).click();
    fixture.detectChanges();
    http.expectNone('/api/portal/check-ins');
    (
      page.querySelector('[data-testid="check-in-replace-yes"]') as HTMLElement
    ).click();
    const request = http.expectOne('/api/portal/check-ins');
    expect(request.request.body).toMatchObject({
      status: 'submitted',
      painNow: 7,
      replace: true,
    });
    expect(request.request.headers.has('X-Portal-XSRF')).toBe(true);
    request.flush({ ...SENT, painNow: 7 });
    await settle();
    fixture.detectChanges();
    expect(page.querySelector('[data-testid="check-in-done"]')).not.toBeNull();
  });

  it('asks which homework was done, sends the ticked ids, and refreshes the list when the week changed', async () => {
    const walk = { id: 'h-1', title: 'Wandelen', domain: 'movement' as const };
    const breathe = {
      id: 'h-2',
      title: 'Buikademhaling',
      domain: 'breathing' as const,
    };
    const draft: CheckIn = {
      ...SENT,
      status: 'draft',
      submittedAt: null,
      homeworkDone: ['h-1'],
      homeworkDoneItems: [walk],
    };
    const { fixture, page } = await render({
      ...VIEW,
      current: draft,
      homework: [walk, breathe],
    });
    const block = page.querySelector(
      '[data-testid="check-in-homework"]',
    ) as HTMLElement;
    expect(block.textContent).toContain('Welk huiswerk heb je gedaan?');
    const box = (id: string) =>
      page.querySelector<HTMLInputElement>(
        `[data-testid="check-in-homework-${id}"]`,
      ) as HTMLInputElement;
    expect(box('h-1').checked).toBe(true);
    expect(box('h-2').checked).toBe(false);
    box('h-2').click();
    fixture.detectChanges();
    (
      page.querySelector('[data-testid="check-in-send"]') as HTMLElement
    ).click();
    const request = http.expectOne(
      (r) => r.method === 'POST' && r.url === '/api/portal/check-ins',
    );
    expect(request.request.body.homeworkDone).toEqual(['h-1', 'h-2']);
    request.flush(
      {
        code: 'validation',
        details: [{ field: 'homeworkDone', code: 'check_in_homework_unknown' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    http
      .expectOne((r) => r.method === 'GET' && r.url === '/api/portal/check-ins')
      .flush({ ...VIEW, current: draft, homework: [breathe] });
    await settle();
    fixture.detectChanges();
    expect(
      page.querySelector('[data-testid="check-in-error"]')?.textContent,
    ).toContain('Je huiswerk van deze week is net veranderd');
    expect(
      page.querySelector('[data-testid="check-in-homework-h-1"]'),
    ).toBeNull();
    expect(box('h-2').checked).toBe(true);
  });
});
