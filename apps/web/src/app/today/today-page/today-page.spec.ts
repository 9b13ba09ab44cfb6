import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  HomeNewMessages,
  Appointment,
  HomeView,
  PractitionerRole,
} from '@herstelkompas/contracts';
import { buildAppointment } from '../../../testing/build-appointment';
import { buildUser, settle } from '../../../testing/build-user';
import { byTestId } from '../../../testing/dom';
import { AuthStore } from '../../core/auth/auth-store';
import { TodayPage, daypart } from './today-page';

function home(overrides: Partial<HomeView> = {}): HomeView {
  return {
    openRedFlags: [
      {
        clientId: 'c-2',
        displayName: 'Fatima El Amrani',
        count: 1,
        mostUrgent: 'gp_review',
      },
    ],
    intakesToReview: [],
    unsignedNotes: [],
    undeliveredMail: [],
    dueForFollowUp: [],
    noImprovement: [
      { clientId: 'c-3', displayName: 'Kees Jansen', focusDomains: ['sleep'] },
    ],
    checkInWorsening: [],
    checkInSilence: [],
    followUpWeeks: 6,
    practice: null,
    ...overrides,
  };
}

describe('daypart', () => {
  it.each([
    [8, 'morning'],
    [12, 'afternoon'],
    [18, 'evening'],
  ])('greets at %i h with good %s', (hour, part) => {
    expect(daypart(hour)).toBe(part);
  });
});

describe('TodayPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url = '/vandaag', role: PractitionerRole = 'owner') {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'vandaag', component: TodayPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(AuthStore).loadSession();
    http.expectOne('/api/auth/me').flush(buildUser({ role }));
    await session;
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, TodayPage);
    await settle();
    http
      .match((r) => r.url === '/api/appointments')
      .forEach((r) => r.flush(appointments));
    http
      .match((r) => r.url === '/api/home/new-messages')
      .forEach((r) => r.flush(newMessages));
  }

  let newMessages: HomeNewMessages = { clients: [] };
  beforeEach(() => (newMessages = { clients: [] }));

  let appointments: Appointment[] = [];
  beforeEach(() => (appointments = []));

  async function stable(): Promise<void> {
    await settle();
    harness.fixture.detectChanges();
    await settle();
  }

  afterEach(() => http.verify());

  it('shows each section with its count, or a calm line when empty', async () => {
    await open();
    http.expectOne('/api/home?followUpWeeks=6').flush(home());
    await stable();

    expect(byTestId('today-red-flags-count')?.textContent?.trim()).toBe('1');
    expect(byTestId('today-red-flags')?.textContent).toContain(
      'Overleg met de huisarts',
    );
    expect(byTestId('today-intakes')?.textContent).toContain(
      'Geen nieuwe ingevulde intakes.',
    );
    expect(byTestId('today-no-improvement')?.textContent).toContain(
      'Overweeg een andere aanpak of een verwijzing',
    );
    expect(byTestId('today-no-improvement')?.textContent).toContain('Slaap');
    expect(byTestId('today-practice')).toBeNull();
  });

  it('lists check-in worsening with what got worse, and portal clients without a check-in, each linking to the client', async () => {
    await open();
    http.expectOne('/api/home?followUpWeeks=6').flush(
      home({
        checkInWorsening: [
          {
            clientId: 'c-4',
            displayName: 'Jan van der Berg',
            checkInId: 'k-1',
            submittedAt: '2026-12-05T09:00:00Z',
            worsened: [
              { what: 'pain', from: 4, to: 7 },
              { what: 'sleep', from: 4, to: 6 },
            ],
          },
        ],
        checkInSilence: [
          { clientId: 'c-5', displayName: 'Noor Bakker', lastCheckInAt: null },
        ],
      }),
    );
    await stable();
    const worse = byTestId('today-check-in-worsening');
    const text = (worse?.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Pijn 4 → 7');
    expect(text).toContain('Slaap 4 → 6');
    expect(worse?.querySelector('a')?.getAttribute('href')).toBe(
      '/clienten/c-4',
    );
    const silent = byTestId('today-check-in-silence');
    expect(silent?.textContent).toContain('Nog nooit een check-in');
    expect(silent?.querySelector('a')?.getAttribute('href')).toBe(
      '/clienten/c-5',
    );
  });

  it('lists clients with new portal messages, newest first, each linking to their messages', async () => {
    newMessages = {
      clients: [
        {
          clientId: 'c-9',
          displayName: 'Anna de Vries',
          unread: 2,
          latestAt: '2026-11-25T13:45:00Z',
        },
        {
          clientId: 'c-3',
          displayName: 'Jan Bakker',
          unread: 1,
          latestAt: '2026-11-24T08:00:00Z',
        },
      ],
    };
    await open();
    http.expectOne('/api/home?followUpWeeks=6').flush(home());
    await stable();
    const card = byTestId('today-new-messages');
    expect(byTestId('today-new-messages-count')?.textContent?.trim()).toBe('2');
    const links = Array.from(card?.querySelectorAll('a') ?? []).map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Anna de Vries', '/clienten/c-9/berichten'],
      ['Jan Bakker', '/clienten/c-3/berichten'],
    ]);
    expect(card?.textContent).toContain('2 nieuwe berichten');
    expect(card?.textContent).toContain('1 nieuw bericht');
  });

  it('says the date in words, as "zondag 6 december"', async () => {
    // Only the date is fixed; Angular's own timers keep running.
    jest.useFakeTimers({
      now: new Date('2026-12-06T08:30:00Z'),
      doNotFake: [
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'setImmediate',
        'clearImmediate',
        'nextTick',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'performance',
        'hrtime',
      ],
    });
    try {
      await open();
      http.expectOne('/api/home?followUpWeeks=6').flush(home());
      await stable();
      expect(document.querySelector('hk-page-header')?.textContent).toContain(
        'Het is zondag 6 december.',
      );
    } finally {
      jest.useRealTimers();
    }
  });

  it('lets empty sections step back and makes open red flags stand out', async () => {
    await open();
    http.expectOne('/api/home?followUpWeeks=6').flush(home());
    await stable();

    const redFlags = byTestId('today-red-flags');
    expect(redFlags?.classList).toContain('urgent');
    expect(redFlags?.classList).not.toContain('quiet');
    const intakes = byTestId('today-intakes');
    expect(intakes?.classList).toContain('quiet');
    // The context line is for sections with something in them.
    expect(intakes?.textContent).not.toContain('Ingevuld na het laatste');
    expect(byTestId('today-no-improvement')?.classList).not.toContain('quiet');
  });

  it('lets the red-flag section step back too when there are none', async () => {
    await open();
    http
      .expectOne('/api/home?followUpWeeks=6')
      .flush(home({ openRedFlags: [] }));
    await stable();
    const redFlags = byTestId('today-red-flags');
    expect(redFlags?.classList).toContain('quiet');
    expect(redFlags?.classList).not.toContain('urgent');
  });

  it('reads the follow-up weeks from the URL', async () => {
    await open('/vandaag?followUpWeeks=12');
    http.expectOne('/api/home?followUpWeeks=12').flush(home());
    await stable();
    expect(byTestId('today-follow-up')?.textContent).toContain(
      'in de afgelopen 12 weken',
    );
  });

  it('gives the owner the practice at a glance', async () => {
    await open();
    http.expectOne('/api/home?followUpWeeks=6').flush(
      home({
        practice: {
          byStatus: {
            intake_pending: 2,
            active: 7,
            paused: 1,
            completed: 1,
            archived: 1,
          },
          focusDomainCounts: {
            stress: 1,
            breathing: 2,
            movement: 0,
            nutrition: 0,
            sleep: 1,
            immune: 0,
          },
        },
      }),
    );
    await stable();
    const practice = byTestId('today-practice')?.textContent ?? '';
    expect(practice).toContain('Wacht op intake');
    expect(practice).toContain('Ademhaling');
    // One of a kind is singular, none and many plural.
    const links = Array.from(
      byTestId('today-practice')?.querySelectorAll('a') ?? [],
    ).map((a) => a.getAttribute('aria-label'));
    expect(links).toContain('Actief: 7 cliënten, toon de lijst');
    expect(links).toContain('Gepauzeerd: 1 cliënt, toon de lijst');
    expect(
      byTestId('practice-focus')?.querySelectorAll('hk-score-bar'),
    ).toHaveLength(6);
  });

  it("starts with today's appointments, each with Sessie starten prefilled from the appointment", async () => {
    appointments = [
      buildAppointment({ id: 'a-1', start: '2026-12-07T09:00:00.000Z' }),
      buildAppointment({ id: 'a-2', status: 'cancelled' }),
    ];
    await open();
    http.expectOne('/api/home?followUpWeeks=6').flush(home());
    await stable();

    const first = document.querySelector('.sections')?.firstElementChild;
    expect(first?.tagName.toLowerCase()).toBe('hk-today-appointments');
    expect(byTestId('today-appointments-count')?.textContent?.trim()).toBe('1');
    const start = byTestId<HTMLAnchorElement>('start-session');
    expect(start?.textContent).toContain('Sessie starten');
    const href = decodeURIComponent(start?.getAttribute('href') ?? '');
    expect(href).toContain('/clienten/c-1/sessies?');
    expect(href).toContain('sessie=nieuw');
    expect(href).toContain('start=2026-12-07T09:00:00.000Z');
    expect(href).toContain('soort=coaching');
    expect(href).toContain('duur=45');
  });
});
